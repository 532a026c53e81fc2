/**
 * The run back end: one JavaScript function generated from the model graph for a scenario — a
 * fused loop over units per phase of each year, province figures as locals, allocations as calls
 * into the runtime (runtime.ts). Parameters that the run does not vary and that are one number
 * are folded into the code as constants; only the series (and years) the caller needs are
 * computed. The generated text contains only numbers, operators, array indices and Math calls:
 * every name of the scenario has become an index, so no text from a scenario reaches the source.
 */
import {aggregationRule} from '../engine/aggregate.js';
import {BINARY_SOURCE, BUILTIN_FUNCTIONS} from '../expr/functions.js';
import type {ParameterTable} from '../params/parameter-table.js';
import {blockInputs, type ModelGraph, type Step} from './graph.js';
import {visit, type RAst} from './rast.js';
import {makeBlocks, type Buffers, type Tier} from './runtime.js';

export interface KernelOptions {
	/** Parameters a run may override (with those recomputed from them): read from arrays, never folded. */
	readonly varied: ReadonlySet<string>;
	/** Series to compute (with what they read); all when undefined. */
	readonly needed?: ReadonlySet<number>;
	/**
	 * Series whose sums over units the caller reads (the province figures and the finite guard of the series it
	 * asked for); every computed series when undefined. Any other sum is added up from the arrays when asked
	 * (src/engine/aggregate.ts sumsOf), in the same order: a sweep's kernel carries no accumulator it never reads.
	 */
	readonly summedSeries?: ReadonlySet<number>;
	/** Last year index to compute (default: the last). */
	readonly lastYear?: number;
	/** A series whose value may be forced per unit and year (NaN keeps the equation's value). */
	readonly forced?: number;
	/**
	 * Parameters a run overrides with one number for every unit and year (a sweep's uncertainties):
	 * the kernel reads the number from X[j] and applies the mode to the base value itself, so the
	 * run needs no copy of the parameter table.
	 */
	readonly slots?: ReadonlyArray<{readonly param: string; readonly mode: 'set' | 'scale' | 'add'}>;
}

export interface Kernel {
	readonly source: string;
	readonly computes: Uint8Array;
	/** Series whose sums over units the kernel writes into `sums` (s·T + t) as it computes them. */
	readonly summed: Uint8Array;
	readonly lastYear: number;
	/** The base year reads no parameter a run varies: every run of the family gives it the same values. */
	readonly baseFixed: boolean;
	/** `skipBase`: the buffers already hold this kernel's base year (a sweep's reused buffers, baseFixed). */
	run(buffers: Buffers, table: ParameterTable, forced: Float64Array | undefined, slotValues: Float64Array | undefined, sums: Float64Array, skipBase?: boolean): void;
}

type Fn = (
	B: readonly Float64Array[],
	Q: Float64Array,
	P: readonly Float64Array[],
	H: readonly Float64Array[],
	C: readonly Float64Array[],
	F: Float64Array | undefined,
	X: readonly ((t: number) => void)[],
	FN: readonly ((...a: number[]) => number)[],
	S: Float64Array | undefined,
	Z: Float64Array,
	SB: boolean,
) => void;

const OTHER_FUNCTIONS = Object.keys(BUILTIN_FUNCTIONS).filter((name) => (Math as unknown as Record<string, unknown>)[name] !== BUILTIN_FUNCTIONS[name]!.impl && name !== 'clamp');
const OTHER_IMPLS = OTHER_FUNCTIONS.map((name) => BUILTIN_FUNCTIONS[name]!.impl);

function literal(v: number): string {
	if (Number.isNaN(v)) return 'NaN';
	if (Object.is(v, -0)) return '(-0)';
	if (v === Infinity) return 'Infinity';
	if (v === -Infinity) return '(-Infinity)';
	return v < 0 ? `(${String(v)})` : String(v);
}

/** Series and province figures the requested series need (equations, last year's values, inputs of allocations). */
function closure(graph: ModelGraph, roots: Iterable<number>): {series: Uint8Array; scalars: Uint8Array} {
	const series = new Uint8Array(graph.series.length);
	const scalars = new Uint8Array(graph.scalars.length);
	const stack: Array<[0 | 1, number]> = [...roots].map((s) => [0, s] as [0, number]);
	const read = (a: RAst | undefined) => {
		if (!a) return;
		visit(a, (node) => {
			if (node.k === 'series' || node.k === 'prev') stack.push([0, node.s]);
			else if (node.k === 'scalar') stack.push([1, node.q]);
		});
	};
	while (stack.length) {
		const [kind, i] = stack.pop()!;
		if (kind === 0) {
			if (series[i]) continue;
			series[i] = 1;
			const node = graph.series[i]!;
			read(node.eq);
			read(node.initial);
			// The series its province rule reads (src/engine/aggregate.ts).
			for (const term of aggregationRule(node.name, node.aggregation)?.terms ?? []) {
				const s = graph.seriesIndex.get(term.series);
				if (s !== undefined) stack.push([0, s]);
			}
			if (node.block !== undefined) {
				const inputs = blockInputs(graph.blocks[node.block]!);
				for (const s of [...inputs.series, ...inputs.lastYear]) stack.push([0, s]);
				for (const q of inputs.scalars) stack.push([1, q]);
			}
		} else {
			if (scalars[i]) continue;
			scalars[i] = 1;
			read(graph.scalars[i]!.body);
		}
	}
	return {series, scalars};
}

export function compileKernel(graph: ModelGraph, table: ParameterTable, years: readonly number[], n: number, tiers: readonly Tier[], options: KernelOptions): Kernel {
	const T = years.length;
	const lastYear = Math.min(T - 1, options.lastYear ?? T - 1);
	const all = options.needed === undefined;
	const need = all ? undefined : closure(graph, options.needed!);
	const computes = need ? need.series : new Uint8Array(graph.series.length).fill(1);
	const scalarUsed = need ? need.scalars : new Uint8Array(graph.scalars.length).fill(1);
	// Parameters folded to constants: not varied, one value for every unit and year.
	const folded = new Map<number, number>();
	const sharedFolded = new Map<number, number>();
	const slotted = new Set((options.slots ?? []).map((x) => x.param));
	graph.params.forEach((id, p) => {
		// A slotted parameter's base value may still be folded: the slot applies on top of it.
		if ((options.varied.has(id) && !slotted.has(id)) || !table.has(id)) return;
		const values = table.get(id);
		const shared = table.shared(id);
		if (values.length > 0 && values.every((v) => v === values[0])) folded.set(p, values[0]!);
		if (shared.length > 0 && shared.every((v) => v === shared[0])) sharedFolded.set(p, shared[0]!);
	});
	const hoisted = new Set<string>();
	const slotOf = new Map((options.slots ?? []).map((x, j) => [graph.params.indexOf(x.param), {j, mode: x.mode}] as const));
	for (const [p, {j}] of slotOf) if (p >= 0) hoisted.add(`x${j} = S[${j}]`);
	const withSlot = (p: number, base: string): string => {
		const slot = slotOf.get(p);
		if (!slot) return base;
		return slot.mode === 'set' ? `x${slot.j}` : slot.mode === 'scale' ? `(${base} * x${slot.j})` : `(${base} + x${slot.j})`;
	};
	let locals = new Set<number>();
	// Whether the code emitted so far reads a parameter that a run of the family varies.
	let readsVaried = false;
	/** A parameter's value (per unit and year from P, or the shared one per year from H): folded, slotted or read. */
	const parameter = (p: number, constants: ReadonlyMap<number, number>, local: string, array: string, index: string): string => {
		const v = constants.get(p);
		if (slotOf.has(p) || (v === undefined && options.varied.has(graph.params[p]!))) readsVaried = true;
		if (v !== undefined) return withSlot(p, literal(v));
		if (slotOf.get(p)?.mode === 'set') return withSlot(p, '');
		hoisted.add(`${local}${p} = ${array}[${p}]`);
		return withSlot(p, `${local}${p}[${index}]`);
	};
	const expr = (a: RAst): string => {
		switch (a.k) {
			case 'num':
			case 'const':
				return literal(a.v);
			case 'param':
				return parameter(a.p, folded, 'p', 'P', 'i');
			case 'shared':
				return parameter(a.p, sharedFolded, 'h', 'H', 't');
			case 'series':
				if (locals.has(a.s)) return `v${a.s}`;
				hoisted.add(`b${a.s} = B[${a.s}]`);
				return `b${a.s}[i]`;
			case 'prev':
				hoisted.add(`b${a.s} = B[${a.s}]`);
				return `b${a.s}[i - ${n}]`;
			case 'col':
				hoisted.add(`c${a.c} = C[${a.c}]`);
				return `c${a.c}[u]`;
			case 'scalar':
				return `q${a.q}`;
			case 'year':
				return `(${literal(years[0]!)} + t)`;
			case 't':
				return 't';
			case 'unary':
				return a.op === 'neg' ? `(-${expr(a.a)})` : `(${expr(a.a)} === 0 ? 1 : 0)`;
			case 'bin':
				return binary(a.op, expr(a.a), expr(a.b));
			case 'if':
				return `(${expr(a.c)} !== 0 ? ${expr(a.a)} : ${expr(a.b)})`;
			case 'fn':
				return call(a.fn, a.args.map(expr));
			case 'tier': {
				// The tier table as nested conditionals: the first tier whose upTo is not below.
				const x = expr(a.a);
				if (tiers.length === 0) return '0';
				hoisted.add('tx = 0');
				let code = literal(tiers[tiers.length - 1]!.standard);
				for (let k = tiers.length - 2; k >= 0; k--) code = `(tx <= ${literal(tiers[k]!.upTo)} ? ${literal(tiers[k]!.standard)} : ${code})`;
				return `(tx = ${x}, ${code})`;
			}
			case 'programs':
				return a.terms.length === 0 ? '0' : `(${a.terms.map(expr).join(' + ')})`;
		}
	};
	const lines: string[] = [];
	const sums = (s: number): boolean => options.summedSeries === undefined || options.summedSeries.has(s);
	// Per series: computed in a loop of the base year (1) and of the later years (2).
	const loopSeries: number[] = [];
	const emitSteps = (steps: readonly Step[], base: boolean) => {
		for (const step of steps) {
			if (step.k === 'loop') {
				const series = step.series.filter((s) => computes[s]);
				const reductions = step.reductions.filter((q) => scalarUsed[q]);
				if (series.length === 0 && reductions.length === 0) continue;
				locals = new Set();
				for (const q of reductions) lines.push(`let r${q} = 0;`);
				// The sum over units of each series, in unit order as the province figures and the finite
				// guard add them (src/engine/aggregate.ts), while the values are at hand.
				for (const s of series) if (sums(s)) lines.push(`let z${s} = 0;`);
				lines.push(`for (let u = 0; u < ${n}; u++) {`, base ? 'const i = u;' : 'const i = o + u;');
				for (const s of series) {
					const eq = base ? graph.series[s]!.initial! : graph.series[s]!.eq!;
					hoisted.add(`b${s} = B[${s}]`);
					const target = `b${s}[i]`;
					if (!base && options.forced === s) lines.push(`let v${s} = ${expr(eq)};`, 'const f = F[i];', `if (f === f) v${s} = Math.max(0, f);`);
					else lines.push(`const v${s} = ${expr(eq)};`);
					lines.push(`${target} = v${s};`);
					if (sums(s)) lines.push(`z${s} += v${s};`);
					locals.add(s);
					loopSeries[s] = (loopSeries[s] ?? 0) | (base ? 1 : 2);
				}
				for (const q of reductions) lines.push(`r${q} += ${expr(graph.scalars[q]!.body)};`);
				lines.push('}');
				locals = new Set();
				for (const s of series) if (sums(s)) lines.push(`Z[${s * T} + t] = z${s};`);
				for (const q of reductions) lines.push(`q${q} = r${q};`, `Q[${q * T} + t] = q${q};`);
			} else if (step.k === 'scalar') {
				if (!scalarUsed[step.q]) continue;
				lines.push(`q${step.q} = ${expr(graph.scalars[step.q]!.body)};`, `Q[${step.q * T} + t] = q${step.q};`);
			} else if (computes[graph.blocks[step.b]!.out]) {
				lines.push(`X[${step.b}](t);`);
			}
		}
	};
	const scalarDecl = graph.scalars.length ? `let ${graph.scalars.map((_, q) => `q${q} = 0`).join(', ')};` : '';
	lines.push('if (!SB) {', 'const t = 0;', scalarDecl);
	emitSteps(graph.baseSteps, true);
	lines.push('}');
	const baseFixed = !readsVaried;
	if (lastYear >= 1) {
		const yearLines = lines.length;
		lines.push(`for (let t = 1; t <= ${lastYear}; t++) {`, `const o = t * ${n};`, scalarDecl);
		emitSteps(graph.yearSteps, false);
		lines.push('}');
		// A series without a base-year equation is 0 in the base year (never written): so is its sum.
		const zeros = loopSeries.flatMap((where, s) => (where === 2 && sums(s) ? [`Z[${s * T}] = 0;`] : []));
		lines.splice(yearLines, 0, ...zeros);
	}
	const source = `"use strict";\n${hoisted.size ? `let ${[...hoisted].join(', ')};\n` : ''}${lines.join('\n')}`;
	// eslint-disable-next-line no-new-func -- the source is made of numbers and indices only (see above)
	const fn = new Function('B', 'Q', 'P', 'H', 'C', 'F', 'X', 'FN', 'S', 'Z', 'SB', source) as Fn;
	const columns = graph.columns;
	const summed = Uint8Array.from(graph.series, (_, k) => Number(sums(k) && (lastYear >= 1 ? loopSeries[k] === 3 || loopSeries[k] === 2 : loopSeries[k] === 1)));
	return {
		source,
		computes,
		summed,
		lastYear,
		baseFixed,
		run(buffers, params, forced, slotValues, sums, skipBase = false) {
			let arrays = tables.get(params);
			if (!arrays) {
				arrays = {
					P: graph.params.map((id) => (params.has(id) ? params.get(id) : EMPTY)),
					H: graph.params.map((id) => (params.has(id) ? params.shared(id) : EMPTY)),
				};
				tables.set(params, arrays);
			}
			const C = columnsOf(buffers, columns);
			fn(buffers.B, buffers.Q, arrays.P, arrays.H, C, forced, makeBlocks(graph, buffers, n, T), OTHER_IMPLS, slotValues, sums, skipBase && baseFixed);
		},
	};
}

const EMPTY = new Float64Array(0);
/** The arrays of a parameter table in the graph's order, looked up once per table (a sweep reuses one). */
const tables = new WeakMap<ParameterTable, {P: Float64Array[]; H: Float64Array[]}>();
const columnCache = new WeakMap<Buffers, Float64Array[]>();
function columnsOf(buffers: Buffers, columns: readonly string[]): Float64Array[] {
	let c = columnCache.get(buffers);
	if (!c) {
		c = columns.map((name) => buffers.columns.get(name) ?? EMPTY);
		columnCache.set(buffers, c);
	}
	return c;
}

function binary(op: string, a: string, b: string): string {
	const source = Object.hasOwn(BINARY_SOURCE, op) ? BINARY_SOURCE[op] : undefined;
	if (!source) throw new Error(`internal: operator ${op}`);
	return `(${source(a, b)})`;
}

function call(fn: string, args: readonly string[]): string {
	if (fn === 'clamp') return `Math.min(${args[2]}, Math.max(${args[1]}, ${args[0]}))`;
	const k = OTHER_FUNCTIONS.indexOf(fn);
	if (k >= 0) return `FN[${k}](${args.join(', ')})`;
	return `Math.${fn}(${args.join(', ')})`;
}
