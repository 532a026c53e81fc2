/** Province figures from unit series: sums, ratios of sums, weighted means, differences. */
import type {SeriesInfo} from './types.js';

export function aggregateProvince(infos: readonly SeriesInfo[], series: Readonly<Record<string, Float64Array>>, n: number, nYears: number): Record<string, Float64Array> {
	const province: Record<string, Float64Array> = {};
	const sumOf = (name: string, t: number) => {
		const values = series[name]!;
		let s = 0;
		for (let u = 0; u < n; u++) s += values[t * n + u]!;
		return s;
	};
	const ordered = orderOf(infos);
	for (const info of ordered) {
		const a = info.aggregation;
		if (a.kind === 'none') continue;
		const out = new Float64Array(nYears);
		for (let t = 0; t < nYears; t++) {
			if (a.kind === 'sum') out[t] = sumOf(info.name, t);
			else if (a.kind === 'ratio') {
				const den = sumOf(a.denominator, t);
				out[t] = den !== 0 ? sumOf(a.numerator, t) / den : 0;
			} else if (a.kind === 'weighted') {
				const values = series[info.name]!;
				const weights = series[a.weight]!;
				let num = 0;
				let den = 0;
				for (let u = 0; u < n; u++) {
					num += values[t * n + u]! * weights[t * n + u]!;
					den += weights[t * n + u]!;
				}
				out[t] = den !== 0 ? num / den : 0;
			} else out[t] = province[a.minuend]![t]! - province[a.subtrahend]![t]!;
		}
		province[info.name] = out;
	}
	return province;
}

/** Differences read other province figures, so they come last (order cached per scenario). */
const rank = (info: SeriesInfo) => (info.aggregation.kind === 'difference' ? 1 : 0);
const orders = new WeakMap<readonly SeriesInfo[], readonly SeriesInfo[]>();
function orderOf(infos: readonly SeriesInfo[]): readonly SeriesInfo[] {
	let ordered = orders.get(infos);
	if (!ordered) {
		ordered = [...infos].sort((a, b) => rank(a) - rank(b));
		orders.set(infos, ordered);
	}
	return ordered;
}
