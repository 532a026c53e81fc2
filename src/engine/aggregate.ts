/**
 * Province figures from unit series: sums, ratios of sums, weighted means, differences.
 * All unit series of a run live in one buffer (series k at [k·size, (k+1)·size)), so the sums of
 * every series and year come from one pass over it; the other kinds are computed from those sums.
 */
import type {SeriesInfo} from './types.js';

interface Plan {
	/** Series with a province figure, differences last (they read other figures). */
	readonly shown: readonly SeriesInfo[];
	/** Position of each series in the run's buffer. */
	readonly index: ReadonlyMap<string, number>;
}

export function aggregateProvince(infos: readonly SeriesInfo[], buffer: Float64Array, n: number, nYears: number): Record<string, Float64Array> {
	const plan = planOf(infos);
	const size = n * nYears;
	const sums = new Float64Array(infos.length * nYears);
	for (let k = 0; k < infos.length; k++) {
		for (let t = 0; t < nYears; t++) {
			let s = 0;
			const from = k * size + t * n;
			for (let i = from; i < from + n; i++) s += buffer[i]!;
			sums[k * nYears + t] = s;
		}
	}
	const sumAt = (name: string, t: number) => sums[plan.index.get(name)! * nYears + t]!;
	const out = new Float64Array(plan.shown.length * nYears);
	const province: Record<string, Float64Array> = {};
	plan.shown.forEach((info, j) => {
		const a = info.aggregation;
		const values = out.subarray(j * nYears, (j + 1) * nYears);
		const k = plan.index.get(info.name)!;
		for (let t = 0; t < nYears; t++) {
			if (a.kind === 'sum') values[t] = sums[k * nYears + t]!;
			else if (a.kind === 'ratio') {
				const den = sumAt(a.denominator, t);
				values[t] = den !== 0 ? sumAt(a.numerator, t) / den : 0;
			} else if (a.kind === 'weighted') {
				const w = plan.index.get(a.weight)!;
				let num = 0;
				let den = 0;
				for (let u = 0; u < n; u++) {
					const weight = buffer[w * size + t * n + u]!;
					num += buffer[k * size + t * n + u]! * weight;
					den += weight;
				}
				values[t] = den !== 0 ? num / den : 0;
			} else if (a.kind === 'difference') values[t] = province[a.minuend]![t]! - province[a.subtrahend]![t]!;
		}
		province[info.name] = values;
	});
	return province;
}

const plans = new WeakMap<readonly SeriesInfo[], Plan>();
function planOf(infos: readonly SeriesInfo[]): Plan {
	let plan = plans.get(infos);
	if (!plan) {
		const rank = (info: SeriesInfo) => (info.aggregation.kind === 'difference' ? 1 : 0);
		plan = {
			shown: infos.filter((info) => info.aggregation.kind !== 'none').sort((a, b) => rank(a) - rank(b)),
			index: new Map(infos.map((info, k) => [info.name, k])),
		};
		plans.set(infos, plan);
	}
	return plan;
}
