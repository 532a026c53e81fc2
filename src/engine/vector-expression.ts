/**
 * Evaluate a program expression for every unit of a year at once. The syntax tree (already checked
 * against the whitelist by expr/compile.ts) becomes a tree of closures that each fill one
 * Float64Array of n values: a node costs one call and one tight loop, instead of one call per unit,
 * which is what makes the programs — the expressions of the scenario — cheap in sweeps.
 */
import type {MathNode} from 'mathjs';
import {BINARY_OPERATORS as BINARY, BUILTIN_FUNCTIONS} from '../expr/functions.js';
import {parseExpression} from '../expr/hardened-math.js';
import type {SimContext} from './context.js';
import type {Source} from './scope.js';

/** Fills and returns the node's buffer with the values of year index t for every unit. */
export type VectorNode = (t: number, pool: number) => Float64Array;


export interface VectorScope {
	readonly sourceOf: (name: string) => Source | undefined;
	readonly columns: Readonly<Record<string, Float64Array>>;
}

export interface VectorExpression {
	readonly evaluate: VectorNode;
	/** Point the leaves at the arrays of a run (a few lookups; the closures are built once). */
	bind(ctx: SimContext): void;
}

/** Build the vector evaluator of a (whitelisted) syntax tree for n units. */
export function vectorize(ast: MathNode, scope: VectorScope, n: number): VectorExpression {
	const binders: Array<(ctx: SimContext) => void> = [];
	let years: readonly number[] = [];
	binders.push((ctx) => {
		years = ctx.years;
	});
	const build = (node: MathNode): VectorNode => {
		const x = node as MathNode & Record<string, unknown>;
		const out = new Float64Array(n);
		switch (node.type) {
			case 'ConstantNode': {
				out.fill(x['value'] as number);
				return () => out;
			}
			case 'ParenthesisNode':
				return build(x['content'] as MathNode);
			case 'SymbolNode':
				return leaf(x['name'] as string, out);
			case 'ConditionalNode': {
				const [c, a, b] = [build(x['condition'] as MathNode), build(x['trueExpr'] as MathNode), build(x['falseExpr'] as MathNode)];
				return (t, pool) => {
					const cv = c(t, pool);
					const av = a(t, pool);
					const bv = b(t, pool);
					for (let u = 0; u < n; u++) out[u] = cv[u] !== 0 ? av[u]! : bv[u]!;
					return out;
				};
			}
			case 'OperatorNode': {
				const fn = x['fn'] as string;
				const args = (x['args'] as MathNode[]).map(build);
				if (args.length === 1) {
					const [a] = args as [VectorNode];
					if (fn === 'unaryPlus') return a;
					const not = fn === 'not';
					return (t, pool) => {
						const av = a(t, pool);
						for (let u = 0; u < n; u++) out[u] = not ? (av[u] === 0 ? 1 : 0) : -av[u]!;
						return out;
					};
				}
				return binary(fn, args[0]!, args[1]!, out);
			}
			case 'FunctionNode': {
				const name = (x['fn'] as {name: string}).name;
				const impl = BUILTIN_FUNCTIONS[name]!.impl;
				const args = (x['args'] as MathNode[]).map(build);
				// One and two arguments (abs, exp, min, max…) without spreading an array per unit.
				if (args.length === 1) {
					const [a] = args as [VectorNode];
					return (t, pool) => {
						const av = a(t, pool);
						for (let u = 0; u < n; u++) out[u] = impl(av[u]!);
						return out;
					};
				}
				if (args.length === 2) {
					const [a, b] = args as [VectorNode, VectorNode];
					return (t, pool) => {
						const av = a(t, pool);
						const bv = b(t, pool);
						for (let u = 0; u < n; u++) out[u] = impl(av[u]!, bv[u]!);
						return out;
					};
				}
				const values: number[] = new Array<number>(args.length).fill(0);
				const arrays: Float64Array[] = new Array<Float64Array>(args.length);
				return (t, pool) => {
					for (let k = 0; k < args.length; k++) arrays[k] = args[k]!(t, pool);
					for (let u = 0; u < n; u++) {
						for (let k = 0; k < arrays.length; k++) values[k] = arrays[k]![u]!;
						out[u] = impl(...values);
					}
					return out;
				};
			}
			default:
				throw new Error(`internal: ${node.type} reached the vector compiler`);
		}
	};

	const leaf = (name: string, out: Float64Array): VectorNode => {
		if (name === 'pi' || name === 'e') {
			out.fill(name === 'pi' ? Math.PI : Math.E);
			return () => out;
		}
		const source = scope.sourceOf(name);
		if (!source) throw new Error(`internal: unknown name ${name}`);
		if (source.kind === 'column') {
			out.set(scope.columns[source.name]!);
			return () => out;
		}
		if (source.kind === 'pool') return (_t, pool) => out.fill(pool);
		if (source.kind === 'year') return (t) => out.fill(years[t]!);
		if (source.kind === 't') return (t) => out.fill(t);
		let values: Float64Array = new Float64Array(0);
		const read = source.kind === 'param' ? (ctx: SimContext) => ctx.params.get(source.id) : (ctx: SimContext) => ctx.series[(source as {name: string}).name]!;
		binders.push((ctx) => {
			values = read(ctx);
		});
		return (t) => {
			const off = t * n;
			for (let u = 0; u < n; u++) out[u] = values[off + u]!;
			return out;
		};
	};

	const binary = (fn: string, a: VectorNode, b: VectorNode, out: Float64Array): VectorNode => {
		// The four arithmetic operators get their own loops (no call per element).
		switch (fn) {
			case 'add':
				return (t, pool) => loop2(a(t, pool), b(t, pool), out, n, 0);
			case 'subtract':
				return (t, pool) => loop2(a(t, pool), b(t, pool), out, n, 1);
			case 'multiply':
				return (t, pool) => loop2(a(t, pool), b(t, pool), out, n, 2);
			case 'divide':
				return (t, pool) => loop2(a(t, pool), b(t, pool), out, n, 3);
			default: {
				const op = BINARY[fn]!;
				return (t, pool) => {
					const av = a(t, pool);
					const bv = b(t, pool);
					for (let u = 0; u < n; u++) out[u] = op(av[u]!, bv[u]!);
					return out;
				};
			}
		}
	};

	const evaluate = build(ast);
	return {evaluate, bind: (ctx) => binders.forEach((b) => b(ctx))};
}

export {parseExpression};

function loop2(a: Float64Array, b: Float64Array, out: Float64Array, n: number, op: 0 | 1 | 2 | 3): Float64Array {
	if (op === 0) for (let u = 0; u < n; u++) out[u] = a[u]! + b[u]!;
	else if (op === 1) for (let u = 0; u < n; u++) out[u] = a[u]! - b[u]!;
	else if (op === 2) for (let u = 0; u < n; u++) out[u] = a[u]! * b[u]!;
	else for (let u = 0; u < n; u++) out[u] = a[u]! / b[u]!;
	return out;
}
