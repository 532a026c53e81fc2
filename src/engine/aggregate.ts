/**
 * Province figures from unit series, as each series declares: sums, ratios of sums, weighted
 * means, differences. Only the series a run computed are aggregated; the sums of every year
 * come from one pass over each series and are reused by ratios (and by the finite guard).
 */
import type {SeriesNode} from '../model/graph.js';

export interface Aggregated {
	readonly province: Record<string, Float64Array>;
	/** Sum over units per series index and year ([s·nYears + t]); NaN or ±Infinity if any cell is. */
	readonly sums: Float64Array;
}

export function aggregateProvince(series: readonly SeriesNode[], index: ReadonlyMap<string, number>, computed: Uint8Array, buffer: Float64Array, n: number, nYears: number, lastYear: number): Aggregated {
	const size = n * nYears;
	const sums = new Float64Array(series.length * nYears);
	for (let k = 0; k < series.length; k++) {
		if (!computed[k]) continue;
		for (let t = 0; t <= lastYear; t++) {
			let s = 0;
			const from = k * size + t * n;
			for (let i = from; i < from + n; i++) s += buffer[i]!;
			sums[k * nYears + t] = s;
		}
	}
	const province: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
	const valueOf = (k: number): Float64Array | undefined => {
		const node = series[k]!;
		if (province[node.name]) return province[node.name];
		const agg = node.aggregation;
		if (node.hidden || agg.kind === 'none' || !computed[k]) return undefined;
		const out = new Float64Array(nYears);
		const at = (name: string) => index.get(name)!;
		for (let t = 0; t <= lastYear; t++) {
			if (agg.kind === 'sum') out[t] = sums[k * nYears + t]!;
			else if (agg.kind === 'ratio') {
				const den = sums[at(agg.denominator) * nYears + t]!;
				out[t] = den !== 0 ? sums[at(agg.numerator) * nYears + t]! / den : 0;
			} else if (agg.kind === 'weighted') {
				const w = at(agg.weight);
				let num = 0;
				let den = 0;
				for (let u = 0; u < n; u++) {
					const weight = buffer[w * size + t * n + u]!;
					num += buffer[k * size + t * n + u]! * weight;
					den += weight;
				}
				out[t] = den !== 0 ? num / den : 0;
			} else {
				const a = valueOf(at(agg.minuend));
				const b = valueOf(at(agg.subtrahend));
				out[t] = (a?.[t] ?? 0) - (b?.[t] ?? 0);
			}
		}
		province[node.name] = out;
		return out;
	};
	for (let k = 0; k < series.length; k++) valueOf(k);
	return {province, sums};
}
