/**
 * The one syntax tree of the formula language, and its one validation. Every formula — a built-in
 * model's equation, a user series, a program's factor, a parameter expression, an outcome — is
 * parsed by mathjs (parse only, hardened-math.ts) and checked here against a whitelist: numbers,
 * names, + - * / ^ %, unary minus, comparisons, and/or/not, a ? b : c, parentheses and calls of
 * named functions. Assignments, function definitions, property access, indexing, objects, arrays,
 * units, and strings outside the quoted-name arguments of a few functions are refused with the
 * character position. The back ends (closures, generated kernel, explain, docs) walk this tree.
 */
import type {MathNode} from 'mathjs';
import {ExpressionError} from '../errors/expression-error.js';
import {PRECOMPILED} from './formula-cache.generated.js';
import {parseExpression} from './hardened-math.js';

/**
 * Formulas parsed so far, when a caller collects them (the generator of formula-cache.generated.ts);
 * while collecting, every formula is parsed afresh.
 */
let collected: Set<string> | undefined;
export function collectFormulas(into: Set<string> | undefined): void {
	collected = into;
}

const precompiled = new Map<string, Ast>(PRECOMPILED as ReadonlyArray<readonly [string, Ast]>);

export type Ast =
	| {readonly k: 'num'; readonly v: number}
	| {readonly k: 'ref'; readonly name: string; readonly at: number}
	| {readonly k: 'str'; readonly v: string; readonly at: number}
	| {readonly k: 'unary'; readonly op: 'neg' | 'not' | 'plus'; readonly a: Ast}
	| {readonly k: 'bin'; readonly op: BinaryOp; readonly a: Ast; readonly b: Ast}
	| {readonly k: 'if'; readonly c: Ast; readonly a: Ast; readonly b: Ast}
	| {readonly k: 'call'; readonly fn: string; readonly args: readonly Ast[]; readonly at: number};

export type BinaryOp = 'add' | 'subtract' | 'multiply' | 'divide' | 'pow' | 'mod' | 'smaller' | 'larger' | 'smallerEq' | 'largerEq' | 'equal' | 'unequal' | 'and' | 'or';

const BINARY: ReadonlySet<string> = new Set<BinaryOp>(['add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal', 'and', 'or']);

/** The operator's symbol as people write it (docs, explain). */
export const OPERATOR_TEXT: Readonly<Record<BinaryOp, string>> = {
	add: '+',
	subtract: '−',
	multiply: '×',
	divide: '/',
	pow: '^',
	mod: '%',
	smaller: '<',
	larger: '>',
	smallerEq: '≤',
	largerEq: '≥',
	equal: '=',
	unequal: '≠',
	and: 'and',
	or: 'or',
};

export const FORBIDDEN_FUNCTIONS = new Set(['import', 'createUnit', 'evaluate', 'parse', 'compile', 'simplify', 'derivative', 'resolve', 'chain', 'reviver']);

interface ParseLimits {
	readonly maxLength?: number;
	readonly maxDepth?: number;
}

/** Parse and validate; throws ExpressionError with the 1-based character column of the problem. */
export function parseFormula(text: string, limits: ParseLimits = {}): Ast {
	const maxLength = limits.maxLength ?? 2000;
	const maxDepth = limits.maxDepth ?? 40;
	const maxTreeDepth = Math.max(maxDepth, 200);
	if (text.length > maxLength) {
		throw new ExpressionError(`is ${text.length} characters long; at most ${maxLength} are allowed`, 1, 'split it into named custom parameters (parameters.custom) and combine them');
	}
	// Parenthesis depth is checked before parsing: mathjs overflows the stack near 250 levels.
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '(' || c === '[' || c === '{') depth++;
		if (c === ')' || c === ']' || c === '}') depth--;
		if (depth > maxDepth) throw new ExpressionError(`nests brackets deeper than ${maxDepth} levels`, i + 1, 'simplify it, or split it into named custom parameters (parameters.custom)');
	}
	collected?.add(text);
	// The formulas of the models and of the shipped scenarios were parsed and checked at build time
	// (the same whitelist below): a run of those loads no parser at all.
	const known = collected ? undefined : precompiled.get(text);
	if (known) return known;
	let root: MathNode;
	try {
		root = parseExpression(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const match = /\(char (\d+)\)/.exec(message);
		const column = match ? Number(match[1]) : 1;
		throw new ExpressionError(`does not parse: ${message.replace(/\s*\(char \d+\)/, '')} at character ${column}`, column, 'write it in mathjs syntax, e.g. "0.35 + 0.02 * (year - 2017)"; text must not be quoted inside it');
	}
	const position = (token: string): number => {
		const i = text.indexOf(token);
		return i >= 0 ? i + 1 : 1;
	};
	const walk = (node: MathNode, level: number): Ast => {
		// A sum of n terms is a tree n levels deep, so operations get a wider limit than brackets.
		if (level > maxTreeDepth) throw new ExpressionError(`chains more than ${maxTreeDepth} operations`, 1, 'split it into named custom parameters (parameters.custom)');
		const n = node as MathNode & Record<string, unknown>;
		switch (node.type) {
			case 'ConstantNode': {
				const value = n['value'];
				if (typeof value === 'string') return {k: 'str', v: value, at: position(JSON.stringify(value).slice(1, -1))};
				if (typeof value !== 'number' || !Number.isFinite(value)) {
					throw new ExpressionError(`contains the constant ${String(value)}; only finite numbers are allowed`, 1, 'write numbers like 0.35 or 1e8, without quotes inside the expression');
				}
				return {k: 'num', v: value};
			}
			case 'SymbolNode':
				return {k: 'ref', name: n['name'] as string, at: position(n['name'] as string)};
			case 'ParenthesisNode':
				return walk(n['content'] as MathNode, level + 1);
			case 'OperatorNode': {
				const fn = n['fn'] as string;
				const args = (n['args'] as MathNode[]).map((a) => walk(a, level + 1));
				if (args.length === 1 && (fn === 'unaryMinus' || fn === 'unaryPlus' || fn === 'not')) {
					return {k: 'unary', op: fn === 'unaryMinus' ? 'neg' : fn === 'not' ? 'not' : 'plus', a: args[0]!};
				}
				if (BINARY.has(fn) && args.length === 2) return {k: 'bin', op: fn as BinaryOp, a: args[0]!, b: args[1]!};
				throw new ExpressionError(`uses the operator "${String(n['op'])}", which is not allowed`, position(String(n['op'])), 'use + - * / ^ %, comparisons, and, or, not, or a ? b : c');
			}
			case 'ConditionalNode':
				return {k: 'if', c: walk(n['condition'] as MathNode, level + 1), a: walk(n['trueExpr'] as MathNode, level + 1), b: walk(n['falseExpr'] as MathNode, level + 1)};
			case 'FunctionNode': {
				const fnNode = n['fn'] as MathNode & Record<string, unknown>;
				const name = fnNode.type === 'SymbolNode' ? (fnNode['name'] as string) : '';
				if (!name) throw new ExpressionError('calls something that is not a named function', 1, 'call an allowed function by name, e.g. max(a, b)');
				if (FORBIDDEN_FUNCTIONS.has(name)) throw new ExpressionError(`calls ${name}(), which is forbidden in scenario expressions`, position(name), 'expressions cannot run code or define things: use arithmetic and the allowed functions');
				return {k: 'call', fn: name, args: (n['args'] as MathNode[]).map((a) => walk(a, level + 1)), at: position(name)};
			}
			default:
				throw new ExpressionError(forbiddenNodeMessage(node.type), 1, 'a scenario expression is a formula, not a program: use numbers, names, operators and the allowed functions');
		}
	};
	return walk(root, 0);
}

function forbiddenNodeMessage(type: string): string {
	switch (type) {
		case 'AssignmentNode':
			return 'contains an assignment (=), which is not allowed';
		case 'FunctionAssignmentNode':
			return 'defines a function, which is not allowed';
		case 'AccessorNode':
		case 'IndexNode':
			return 'reads a property or an index (a.b, a[1]), which is not allowed';
		case 'ObjectNode':
		case 'ArrayNode':
		case 'RangeNode':
			return 'contains an object, a list or a range, which is not allowed';
		case 'RelationalNode':
			return 'chains comparisons (a < b < c), which is not allowed';
		case 'BlockNode':
			return 'contains several statements (; or a new line), which is not allowed';
		default:
			return `contains a ${type}, which is not allowed`;
	}
}

/** Every name the tree reads (not function names, not quoted strings). */
export function namesOf(ast: Ast, out = new Set<string>()): Set<string> {
	switch (ast.k) {
		case 'ref':
			out.add(ast.name);
			break;
		case 'unary':
			namesOf(ast.a, out);
			break;
		case 'bin':
			namesOf(ast.a, out);
			namesOf(ast.b, out);
			break;
		case 'if':
			namesOf(ast.c, out);
			namesOf(ast.a, out);
			namesOf(ast.b, out);
			break;
		case 'call':
			for (const a of ast.args) namesOf(a, out);
			break;
		default:
	}
	return out;
}

/** The formula as people read it: × for *, − for -, names as written (docs and explain). */
export function formulaText(ast: Ast, parent = 0): string {
	const PREC: Record<string, number> = {or: 1, and: 2, smaller: 3, larger: 3, smallerEq: 3, largerEq: 3, equal: 3, unequal: 3, add: 4, subtract: 4, multiply: 5, divide: 5, mod: 5, pow: 7};
	switch (ast.k) {
		case 'num':
			return String(ast.v);
		case 'ref':
			return ast.name;
		case 'str':
			return `"${ast.v}"`;
		case 'unary': {
			const inner = formulaText(ast.a, 6);
			return ast.op === 'neg' ? `−${inner}` : ast.op === 'not' ? `not ${inner}` : inner;
		}
		case 'bin': {
			const p = PREC[ast.op]!;
			const right = ast.op === 'pow' ? p : p + 0.5;
			const text = `${formulaText(ast.a, ast.op === 'pow' ? p + 0.5 : p)} ${OPERATOR_TEXT[ast.op]} ${formulaText(ast.b, right)}`;
			return p < parent ? `(${text})` : text;
		}
		case 'if': {
			const text = `${formulaText(ast.c, 1)} ? ${formulaText(ast.a, 1)} : ${formulaText(ast.b, 1)}`;
			return parent > 0 ? `(${text})` : text;
		}
		case 'call':
			return `${ast.fn}(${ast.args.map((a) => formulaText(a, 0)).join(', ')})`;
	}
}
