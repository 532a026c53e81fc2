/**
 * Province figures from unit series, as each series declares: sums, ratios of sums, weighted
 * means, differences. Only what is asked for is computed (a sweep reads a handful of series); the
 * sum of a series over units is computed once per run and reused by ratios and the finite guard.
 * The arrays live in an Aggregator kept with the run's buffers, so a sweep allocates nothing.
 */
import type {SeriesNode} from '../model/graph.js';

export class Aggregator {
	/** Sum over units per series index and year ([s·nYears + t]); NaN or ±Infinity if any cell is. */
	readonly sums: Float64Array;
	readonly province: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
	private readonly summed: Uint8Array;
	private readonly done: Uint8Array;
	private readonly arrays: Array<Float64Array | undefined>;

	constructor(
		private readonly series: readonly SeriesNode[],
		private readonly index: ReadonlyMap<string, number>,
		private readonly n: number,
		private readonly nYears: number,
	) {
		this.sums = new Float64Array(series.length * nYears);
		this.summed = new Uint8Array(series.length);
		this.done = new Uint8Array(series.length);
		this.arrays = series.map((s) => (s.hidden || s.aggregation.kind === 'none' ? undefined : new Float64Array(nYears)));
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
		const node = this.series[k]!;
		const agg = node.aggregation;
		const {n, nYears, buffer, sums} = this;
		const at = (name: string) => this.index.get(name)!;
		if (agg.kind === 'sum') this.sumsOf(k);
		else if (agg.kind === 'ratio') [at(agg.numerator), at(agg.denominator)].forEach((x) => this.sumsOf(x));
		for (let t = 0; t <= this.lastYear; t++) {
			if (agg.kind === 'sum') out[t] = sums[k * nYears + t]!;
			else if (agg.kind === 'ratio') {
				const den = sums[at(agg.denominator) * nYears + t]!;
				out[t] = den !== 0 ? sums[at(agg.numerator) * nYears + t]! / den : 0;
			} else if (agg.kind === 'weighted') {
				const w = buffer[at(agg.weight)]!;
				const values = buffer[k]!;
				let num = 0;
				let den = 0;
				for (let u = 0; u < n; u++) {
					const weight = w[t * n + u]!;
					num += values[t * n + u]! * weight;
					den += weight;
				}
				out[t] = den !== 0 ? num / den : 0;
			} else if (agg.kind === 'difference') {
				out[t] = (this.valueOf(at(agg.minuend))?.[t] ?? 0) - (this.valueOf(at(agg.subtrahend))?.[t] ?? 0);
			}
		}
		this.province[node.name] = out;
		return out;
	}
}
