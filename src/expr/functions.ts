/**
 * The functions a scenario expression may call. Arithmetic only: nothing here can reach files,
 * the network or the JS runtime. NaN rules are ours (closures, not mathjs semantics).
 */
export type NumericFunction = (...args: number[]) => number;

export interface FunctionSpec {
	readonly minArgs: number;
	readonly maxArgs: number;
	readonly impl: NumericFunction;
}

const spec = (minArgs: number, maxArgs: number, impl: NumericFunction): FunctionSpec => ({minArgs, maxArgs, impl});

/** What is wrong with calling function `name` with `count` arguments (undefined: nothing), for every back end. */
export function arityProblem(name: string, f: FunctionSpec, count: number): string | undefined {
	if (count >= f.minArgs && count <= f.maxArgs) return undefined;
	return `calls ${name}() with ${count} arguments; it takes ${f.minArgs === f.maxArgs ? f.minArgs : `${f.minArgs}–${f.maxArgs}`}`;
}

export const BUILTIN_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
	abs: spec(1, 1, Math.abs),
	sqrt: spec(1, 1, Math.sqrt),
	exp: spec(1, 1, Math.exp),
	log: spec(1, 2, (x, base) => (base === undefined ? Math.log(x) : Math.log(x) / Math.log(base))),
	log10: spec(1, 1, Math.log10),
	pow: spec(2, 2, Math.pow),
	floor: spec(1, 1, Math.floor),
	ceil: spec(1, 1, Math.ceil),
	round: spec(1, 2, (x, digits) => {
		const f = 10 ** (digits ?? 0);
		return Math.round(x * f) / f;
	}),
	min: spec(1, 32, Math.min),
	max: spec(1, 32, Math.max),
	clamp: spec(3, 3, (x, lo, hi) => Math.min(hi, Math.max(lo, x))),
	sign: spec(1, 1, Math.sign),
	sin: spec(1, 1, Math.sin),
	cos: spec(1, 1, Math.cos),
	tan: spec(1, 1, Math.tan),
	asin: spec(1, 1, Math.asin),
	acos: spec(1, 1, Math.acos),
	atan: spec(1, 1, Math.atan),
	atan2: spec(2, 2, Math.atan2),
	sinh: spec(1, 1, Math.sinh),
	cosh: spec(1, 1, Math.cosh),
	tanh: spec(1, 1, Math.tanh),
};

/** Named constants of the formula language. */
export const CONSTANTS: Readonly<Record<string, number>> = {pi: Math.PI, e: Math.E};

/**
 * The binary operators of the expression language, by mathjs operator name (comparisons give 1 or 0).
 * Each binary operator once, as JavaScript over two operands: the generated kernel (src/model/codegen.ts)
 * splices this text, and the closures of the other back ends are made from the same text below.
 */
export const BINARY_SOURCE: Readonly<Record<string, (a: string, b: string) => string>> = {
	add: (a, b) => `${a} + ${b}`,
	subtract: (a, b) => `${a} - ${b}`,
	multiply: (a, b) => `${a} * ${b}`,
	divide: (a, b) => `${a} / ${b}`,
	pow: (a, b) => `${a} ** ${b}`,
	mod: (a, b) => `${a} % ${b}`,
	smaller: (a, b) => `${a} < ${b} ? 1 : 0`,
	larger: (a, b) => `${a} > ${b} ? 1 : 0`,
	smallerEq: (a, b) => `${a} <= ${b} ? 1 : 0`,
	largerEq: (a, b) => `${a} >= ${b} ? 1 : 0`,
	equal: (a, b) => `${a} === ${b} ? 1 : 0`,
	unequal: (a, b) => `${a} !== ${b} ? 1 : 0`,
	and: (a, b) => `${a} !== 0 && ${b} !== 0 ? 1 : 0`,
	or: (a, b) => `${a} !== 0 || ${b} !== 0 ? 1 : 0`,
};

/** The operators as functions (closures, the tree walker), made from BINARY_SOURCE: fixed text, no scenario's. */
export const BINARY_OPERATORS: Readonly<Record<string, (a: number, b: number) => number>> = Object.fromEntries(
	// eslint-disable-next-line no-new-func -- the operator table above, not input
	Object.entries(BINARY_SOURCE).map(([op, source]) => [op, new Function('a', 'b', `return ${source('a', 'b')};`) as (a: number, b: number) => number]),
);
