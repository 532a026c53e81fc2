/** Province figures from unit series: sums, ratios of sums, weighted means, differences. */
import type {SeriesInfo} from './types.js';

export function aggregateProvince(infos: readonly SeriesInfo[], series: Readonly<Record<string, Float64Array>>, n: number, nYears: number): Record<string, Float64Array> {
	const plan = planOf(infos);
	// One buffer for every province series of the run, like the unit series.
	const buffer = new Float64Array(plan.length * nYears);
	const province: Record<string, Float64Array> = {};
	const sums = new Map<string, Float64Array>();
	const sumsOf = (name: string): Float64Array => {
		let out = sums.get(name);
		if (!out) {
			out = new Float64Array(nYears);
			const values = series[name]!;
			for (let t = 0; t < nYears; t++) {
				let s = 0;
				const off = t * n;
				for (let u = 0; u < n; u++) s += values[off + u]!;
				out[t] = s;
			}
			sums.set(name, out);
		}
		return out;
	};
	plan.forEach((info, k) => {
		const a = info.aggregation;
		const out = buffer.subarray(k * nYears, (k + 1) * nYears);
		if (a.kind === 'sum') out.set(sumsOf(info.name));
		else if (a.kind === 'ratio') {
			const num = sumsOf(a.numerator);
			const den = sumsOf(a.denominator);
			for (let t = 0; t < nYears; t++) out[t] = den[t] !== 0 ? num[t]! / den[t]! : 0;
		} else if (a.kind === 'weighted') {
			const values = series[info.name]!;
			const weights = series[a.weight]!;
			for (let t = 0; t < nYears; t++) {
				let num = 0;
				let den = 0;
				for (let i = t * n; i < (t + 1) * n; i++) {
					num += values[i]! * weights[i]!;
					den += weights[i]!;
				}
				out[t] = den !== 0 ? num / den : 0;
			}
		} else if (a.kind === 'difference') {
			const x = province[a.minuend]!;
			const y = province[a.subtrahend]!;
			for (let t = 0; t < nYears; t++) out[t] = x[t]! - y[t]!;
		}
		province[info.name] = out;
	});
	return province;
}

/** Series that have a province figure, differences last (they read other figures); cached per scenario. */
const plans = new WeakMap<readonly SeriesInfo[], readonly SeriesInfo[]>();
function planOf(infos: readonly SeriesInfo[]): readonly SeriesInfo[] {
	let plan = plans.get(infos);
	if (!plan) {
		const rank = (info: SeriesInfo) => (info.aggregation.kind === 'difference' ? 1 : 0);
		plan = infos.filter((info) => info.aggregation.kind !== 'none').sort((a, b) => rank(a) - rank(b));
		plans.set(infos, plan);
	}
	return plan;
}
