/**
 * Province figures from unit series, as each series declares: sums, ratios of sums, weighted
 * means, differences. Only what is asked for is computed (a sweep reads a handful of series); the
 * sum of a series over units is computed once per run and reused by ratios and the finite guard.
 * The arrays live in an Aggregator kept with the run's buffers, so a sweep allocates nothing.
 *
 * `aggregationRule` is the one description of each kind of figure (what it reads, its formula as
 * people read it): the Aggregator takes its operands from it, and explain shows its terms.
 */
import type {Aggregation} from './types.js';
import type {SeriesNode} from '../model/graph.js';

/**
 * One input of a province figure: `units`, each unit's value of the series (the figure's own series:
 * summed, or weighted); `sum`, the series summed over units; `province`, the series' own province figure.
 */
export interface AggregationTerm {
	readonly series: string;
	readonly read: 'units' | 'sum' | 'province';
}

export interface AggregationRule {
	readonly kind: Exclude<Aggregation['kind'], 'none'>;
	/** The formula in the names of the series. */
	readonly formula: string;
	/** What it reads, in the order of the formula's operands. */
	readonly terms: readonly [AggregationTerm] | readonly [AggregationTerm, AggregationTerm];
}

/** The rule of the province figure of series `name` (undefined: it has none, e.g. an index). */
export function aggregationRule(name: string, a: Aggregation): AggregationRule | undefined {
	switch (a.kind) {
		case 'sum':
			return {kind: 'sum', formula: `Σ_units ${name}`, terms: [{series: name, read: 'units'}]};
		case 'ratio':
			return {kind: 'ratio', formula: `Σ ${a.numerator} / Σ ${a.denominator}`, terms: [{series: a.numerator, read: 'sum'}, {series: a.denominator, read: 'sum'}]};
		case 'weighted':
			return {kind: 'weighted', formula: `Σ (${name} × ${a.weight}) / Σ ${a.weight}`, terms: [{series: name, read: 'units'}, {series: a.weight, read: 'sum'}]};
		case 'difference':
			return {kind: 'difference', formula: `${a.minuend} − ${a.subtrahend} (province figures)`, terms: [{series: a.minuend, read: 'province'}, {series: a.subtrahend, read: 'province'}]};
		case 'none':
			return undefined;
	}
}

// Operation codes of the rules (0: none), kept per series so that valueOf branches on a byte (no lookups, no closures).
const SUM = 1;
const RATIO = 2;
const WEIGHTED = 3;
const DIFFERENCE = 4;
const OP: Readonly<Record<AggregationRule['kind'], number>> = {sum: SUM, ratio: RATIO, weighted: WEIGHTED, difference: DIFFERENCE};

/** Per series of a graph: the rule's operation and the indices of its two terms (-1: none), made once per graph. */
export interface RuleTable {
	readonly op: Uint8Array;
	readonly first: Int32Array;
	readonly second: Int32Array;
}
const ruleTables = new WeakMap<readonly SeriesNode[], WeakMap<ReadonlyMap<string, number>, RuleTable>>();

export function ruleTableOf(series: readonly SeriesNode[], index: ReadonlyMap<string, number>): RuleTable {
	let byIndex = ruleTables.get(series);
	if (!byIndex) ruleTables.set(series, (byIndex = new WeakMap()));
	let table = byIndex.get(index);
	if (table) return table;
	table = {op: new Uint8Array(series.length), first: new Int32Array(series.length).fill(-1), second: new Int32Array(series.length).fill(-1)};
	series.forEach((s, k) => {
		const rule = s.hidden ? undefined : aggregationRule(s.name, s.aggregation);
		if (!rule) return;
		table.op[k] = OP[rule.kind];
		table.first[k] = index.get(rule.terms[0].series) ?? -1;
		table.second[k] = rule.terms[1] ? (index.get(rule.terms[1].series) ?? -1) : -1;
	});
	byIndex.set(index, table);
	return table;
}

export class Aggregator {
	/** Sum over units per series index and year ([s·nYears + t]); NaN or ±Infinity if any cell is. */
	readonly sums: Float64Array;
	readonly province: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
	private readonly summed: Uint8Array;
	private readonly done: Uint8Array;
	private readonly arrays: Array<Float64Array | undefined>;
	/** Per series: the rule's operation and the series index of its first and second term (-1: none). */
	private readonly op: Uint8Array;
	private readonly first: Int32Array;
	private readonly second: Int32Array;

	constructor(
		private readonly series: readonly SeriesNode[],
		index: ReadonlyMap<string, number>,
		private readonly n: number,
		private readonly nYears: number,
	) {
		this.sums = new Float64Array(series.length * nYears);
		this.summed = new Uint8Array(series.length);
		this.done = new Uint8Array(series.length);
		// The rules are the graph's: a new run's figures need only new arrays.
		({op: this.op, first: this.first, second: this.second} = ruleTableOf(series, index));
		this.arrays = Array.from(this.op, (op) => (op === 0 ? undefined : new Float64Array(nYears)));
	}

	/** Start a run: every figure is computed again on demand, but the sums the kernel wrote (`summed`). */
	reset(buffer: readonly Float64Array[], lastYear: number, summed?: Uint8Array): void {
		this.buffer = buffer;
		this.lastYear = lastYear;
		if (summed) this.summed.set(summed);
		else this.summed.fill(0);
		this.done.fill(0);
	}

	private buffer: readonly Float64Array[] = [];
	private lastYear = 0;

	sumsOf(k: number): void {
		if (this.summed[k]) return;
		this.summed[k] = 1;
		const {n, nYears, sums} = this;
		const values = this.buffer[k]!;
		for (let t = 0; t <= this.lastYear; t++) {
			let s = 0;
			const from = t * n;
			for (let i = from; i < from + n; i++) s += values[i]!;
			sums[k * nYears + t] = s;
		}
	}

	/** The province figure of series k (undefined for a series that has none). */
	valueOf(k: number): Float64Array | undefined {
		const out = this.arrays[k];
		if (!out || this.done[k]) return out;
		this.done[k] = 1;
		const op = this.op[k]!;
		const a = this.first[k]!;
		const b = this.second[k]!;
		const {n, nYears, buffer, sums, lastYear} = this;
		// A rule naming a series the graph does not have (a user series' aggregation is not checked by the loader yet) gives NaN.
		if (a < 0 || (b < 0 && op !== SUM)) out.fill(NaN);
		else if (op === SUM) {
			this.sumsOf(a);
			for (let t = 0; t <= lastYear; t++) out[t] = sums[a * nYears + t]!;
		} else if (op === RATIO) {
			this.sumsOf(a);
			this.sumsOf(b);
			for (let t = 0; t <= lastYear; t++) {
				const den = sums[b * nYears + t]!;
				out[t] = den !== 0 ? sums[a * nYears + t]! / den : 0;
			}
		} else if (op === WEIGHTED) {
			const values = buffer[a]!;
			const w = buffer[b]!;
			for (let t = 0; t <= lastYear; t++) {
				let num = 0;
				let den = 0;
				for (let u = 0; u < n; u++) {
					const weight = w[t * n + u]!;
					num += values[t * n + u]! * weight;
					den += weight;
				}
				out[t] = den !== 0 ? num / den : 0;
			}
		} else if (op === DIFFERENCE) {
			const m = this.valueOf(a);
			const s = this.valueOf(b);
			for (let t = 0; t <= lastYear; t++) out[t] = (m?.[t] ?? 0) - (s?.[t] ?? 0);
		}
		this.province[this.series[k]!.name] = out;
		return out;
	}
}
