/**
 * Compile a user's mathjs-syntax expression to a plain JS closure, walking the syntax tree
 * against a whitelist (TOOLCHAIN §4: about 30× faster than mathjs evaluate, and nothing outside
 * the whitelist can run). Allowed: numbers, known names, + - * / ^ %, unary minus, comparisons,
 * and/or/not, a ? b : c, parentheses and the functions of functions.ts (plus any custom ones the
 * caller passes, e.g. the outcome functions that take a series name as a string).
 * Rejected: assignments, function definitions, property access, indexing, objects, arrays, units,
 * strings outside custom functions — and anything longer or deeper than the limits.
 */
import type {MathNode} from 'mathjs';
import {ExpressionError} from '../errors/expression-error.js';
import {didYouMean} from '../errors/did-you-mean.js';
import {BINARY_OPERATORS as BINARY, BUILTIN_FUNCTIONS} from './functions.js';
import {parseExpression} from './hardened-math.js';

export type Closure = (vars: ArrayLike<number>) => number;

/** A function whose leading arguments are string constants resolved at compile time. */
export interface CustomFunction {
	readonly stringArgs: number;
	readonly numberArgs: number;
	/** Check the string arguments and return the evaluator; throw an Error whose message explains a bad name. */
	readonly bind: (strings: readonly string[]) => (nums: readonly number[], vars: ArrayLike<number>) => number;
}

export interface CompileOptions {
	/** Names the expression may read, in slot order: `vars[i]` holds the value of `variables[i]`. */
	readonly variables: readonly string[];
	readonly functions?: Readonly<Record<string, CustomFunction>>;
	readonly maxLength?: number;
	readonly maxDepth?: number;
}

export interface CompiledExpression {
	readonly text: string;
	readonly evaluate: Closure;
	/** Variables the expression reads (for dependency ordering and cycle detection). */
	readonly symbols: ReadonlySet<string>;
}

export const FORBIDDEN_FUNCTIONS = new Set(['import', 'createUnit', 'evaluate', 'parse', 'compile', 'simplify', 'derivative', 'resolve', 'chain', 'reviver']);


export function compileExpression(text: string, options: CompileOptions): CompiledExpression {
	const maxLength = options.maxLength ?? 2000;
	const maxDepth = options.maxDepth ?? 40;
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
	let root: MathNode;
	try {
		root = parseExpression(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const match = /\(char (\d+)\)/.exec(message);
		const column = match ? Number(match[1]) : 1;
		throw new ExpressionError(`does not parse: ${message.replace(/\s*\(char \d+\)/, '')} at character ${column}`, column, 'write it in mathjs syntax, e.g. "0.35 + 0.02 * (year - 2017)"; text must not be quoted inside it');
	}
	const slots = new Map(options.variables.map((name, i) => [name, i] as const));
	const symbols = new Set<string>();
	const evaluate = walk(root, 0);
	return {text, evaluate, symbols};

	function walk(node: MathNode, level: number): Closure {
		// A sum of n terms is a tree n levels deep, so operations get a wider limit than brackets.
		if (level > maxTreeDepth) throw new ExpressionError(`chains more than ${maxTreeDepth} operations`, 1, 'split it into named custom parameters (parameters.custom)');
		const n = node as MathNode & Record<string, unknown>;
		switch (node.type) {
			case 'ConstantNode': {
				const value = n['value'];
				if (typeof value !== 'number' || !Number.isFinite(value)) {
					throw new ExpressionError(`contains ${typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `the constant ${String(value)}`}; only finite numbers are allowed`, 1, 'write numbers like 0.35 or 1e8, without quotes inside the expression');
				}
				return () => value;
			}
			case 'SymbolNode': {
				const name = n['name'] as string;
				const slot = slots.get(name);
				if (slot === undefined) {
					if (name in BUILTIN_FUNCTIONS || options.functions?.[name]) {
						throw new ExpressionError(`uses the function ${name} without calling it`, position(name), `call it with arguments, e.g. ${name}(x); functions cannot be stored or passed around`);
					}
					if (name === 'pi') return () => Math.PI;
					if (name === 'e') return () => Math.E;
					throw new ExpressionError(`uses an unknown name "${name}"`, position(name), didYouMean(name, [...slots.keys()]) ?? `known names: ${[...slots.keys()].slice(0, 12).join(', ')}${slots.size > 12 ? ', …' : ''}`);
				}
				symbols.add(name);
				return (vars) => vars[slot]!;
			}
			case 'ParenthesisNode':
				return walk(n['content'] as MathNode, level + 1);
			case 'OperatorNode': {
				const fn = n['fn'] as string;
				const args = (n['args'] as MathNode[]).map((a) => walk(a, level + 1));
				if (args.length === 1) {
					const [a] = args as [Closure];
					if (fn === 'unaryMinus') return (v) => -a(v);
					if (fn === 'unaryPlus') return a;
					if (fn === 'not') return (v) => (a(v) === 0 ? 1 : 0);
				}
				const op = BINARY[fn];
				if (op && args.length === 2) {
					const [a, b] = args as [Closure, Closure];
					return (v) => op(a(v), b(v));
				}
				throw new ExpressionError(`uses the operator "${String(n['op'])}", which is not allowed`, position(String(n['op'])), 'use + - * / ^ %, comparisons, and, or, not, or a ? b : c');
			}
			case 'ConditionalNode': {
				const c = walk(n['condition'] as MathNode, level + 1);
				const t = walk(n['trueExpr'] as MathNode, level + 1);
				const f = walk(n['falseExpr'] as MathNode, level + 1);
				return (v) => (c(v) !== 0 ? t(v) : f(v));
			}
			case 'FunctionNode':
				return walkCall(n, level);
			default:
				throw new ExpressionError(forbiddenNodeMessage(node.type), 1, 'a scenario expression is a formula, not a program: use numbers, names, operators and the allowed functions');
		}
	}

	function walkCall(n: MathNode & Record<string, unknown>, level: number): Closure {
		const fnNode = n['fn'] as MathNode & Record<string, unknown>;
		const name = fnNode.type === 'SymbolNode' ? (fnNode['name'] as string) : '';
		const argNodes = n['args'] as Array<MathNode & Record<string, unknown>>;
		if (!name) throw new ExpressionError('calls something that is not a named function', 1, 'call an allowed function by name, e.g. max(a, b)');
		if (FORBIDDEN_FUNCTIONS.has(name)) throw new ExpressionError(`calls ${name}(), which is forbidden in scenario expressions`, position(name), 'expressions cannot run code or define things: use arithmetic and the allowed functions');
		const custom = options.functions?.[name];
		if (custom) {
			if (argNodes.length !== custom.stringArgs + custom.numberArgs) {
				throw new ExpressionError(`calls ${name}() with ${argNodes.length} arguments; it takes ${custom.stringArgs + custom.numberArgs}`, position(name), '');
			}
			const strings = argNodes.slice(0, custom.stringArgs).map((a) => {
				if (a.type !== 'ConstantNode' || typeof a['value'] !== 'string') throw new ExpressionError(`calls ${name}() without a quoted name: its first ${custom.stringArgs} argument(s) must be quoted names`, position(name), `e.g. ${name}("settled", 2020)`);
				return a['value'];
			});
			let bound: (nums: readonly number[], vars: ArrayLike<number>) => number;
			try {
				bound = custom.bind(strings);
			} catch (error) {
				throw new ExpressionError(`calls ${name}() with a bad argument: ${error instanceof Error ? error.message : String(error)}`, position(name), '');
			}
			const nums = argNodes.slice(custom.stringArgs).map((a) => walk(a, level + 1));
			return (v) => bound(nums.map((f) => f(v)), v);
		}
		const builtin = BUILTIN_FUNCTIONS[name];
		if (!builtin) {
			throw new ExpressionError(`calls ${name}(), which is not an allowed function`, position(name), didYouMean(name, [...Object.keys(BUILTIN_FUNCTIONS), ...Object.keys(options.functions ?? {})]) ?? `allowed: ${Object.keys(BUILTIN_FUNCTIONS).join(', ')}`);
		}
		if (argNodes.length < builtin.minArgs || argNodes.length > builtin.maxArgs) {
			throw new ExpressionError(`calls ${name}() with ${argNodes.length} arguments; it takes ${builtin.minArgs === builtin.maxArgs ? builtin.minArgs : `${builtin.minArgs}–${builtin.maxArgs}`}`, position(name), '');
		}
		const args = argNodes.map((a) => walk(a, level + 1));
		const impl = builtin.impl;
		if (args.length === 1) {
			const [a] = args as [Closure];
			return (v) => impl(a(v));
		}
		if (args.length === 2) {
			const [a, b] = args as [Closure, Closure];
			return (v) => impl(a(v), b(v));
		}
		return (v) => impl(...args.map((f) => f(v)));
	}

	function position(token: string): number {
		const i = text.indexOf(token);
		return i >= 0 ? i + 1 : 1;
	}
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
