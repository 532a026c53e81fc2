/**
 * Province figures from unit series: sums, ratios of sums, weighted means, differences.
 * All unit series of a run live in one buffer (series k at [k·size, (k+1)·size)), so the sums of
 * every series and year come from one pass over it; the other kinds are computed from those sums.
 */
import type {SeriesInfo} from './types.js';

const SUM = 0;
const RATIO = 1;
const WEIGHTED = 2;
const DIFFERENCE = 3;

interface Plan {
	/** Series with a province figure, differences last (they read other figures). */
	readonly shown: readonly SeriesInfo[];
	/** Per shown series: kind, own index, and the two indices it reads (in the buffer, or in `shown` for differences). */
	readonly kind: Int8Array;
	readonly self: Int32Array;
	readonly a: Int32Array;
	readonly b: Int32Array;
}

/** Buffers a caller keeps between runs (simulate's reuseBuffers), filled on first use. */
export interface ProvinceTarget {
	sums?: Float64Array;
	out?: Float64Array;
	record?: Record<string, Float64Array>;
}

export interface Aggregated {
	readonly province: Record<string, Float64Array>;
	/** Sum over units of every series (series k, year t at [k·nYears + t]); NaN or ±Infinity if any cell is. */
	readonly sums: Float64Array;
}

export function aggregateProvince(infos: readonly SeriesInfo[], buffer: Float64Array, n: number, nYears: number, target?: ProvinceTarget): Aggregated {
	const plan = planOf(infos);
	const size = n * nYears;
	const sums = target?.sums ?? new Float64Array(infos.length * nYears);
	for (let k = 0, cell = 0; k < infos.length; k++) {
		for (let t = 0; t < nYears; t++, cell++) {
			let s = 0;
			const from = k * size + t * n;
			const to = from + n;
			for (let i = from; i < to; i++) s += buffer[i]!;
			sums[cell] = s;
		}
	}
	const out = target?.out ?? new Float64Array(plan.shown.length * nYears);
	for (let j = 0; j < plan.shown.length; j++) {
		const kind = plan.kind[j]!;
		const k = plan.self[j]!;
		const a = plan.a[j]!;
		const b = plan.b[j]!;
		for (let t = 0; t < nYears; t++) {
			let v: number;
			if (kind === SUM) v = sums[k * nYears + t]!;
			else if (kind === RATIO) {
				const den = sums[b * nYears + t]!;
				v = den !== 0 ? sums[a * nYears + t]! / den : 0;
			} else if (kind === WEIGHTED) {
				let num = 0;
				let den = 0;
				for (let u = 0; u < n; u++) {
					const weight = buffer[a * size + t * n + u]!;
					num += buffer[k * size + t * n + u]! * weight;
					den += weight;
				}
				v = den !== 0 ? num / den : 0;
			} else v = out[a * nYears + t]! - out[b * nYears + t]!;
			out[j * nYears + t] = v;
		}
	}
	let province = target?.record;
	if (!province) {
		province = {};
		plan.shown.forEach((info, j) => {
			province![info.name] = out.subarray(j * nYears, (j + 1) * nYears);
		});
		if (target) Object.assign(target, {sums, out, record: province});
	}
	return {province, sums};
}

const plans = new WeakMap<readonly SeriesInfo[], Plan>();
function planOf(infos: readonly SeriesInfo[]): Plan {
	let plan = plans.get(infos);
	if (!plan) {
		const rank = (info: SeriesInfo) => (info.aggregation.kind === 'difference' ? 1 : 0);
		const shown = infos.filter((info) => info.aggregation.kind !== 'none').sort((x, y) => rank(x) - rank(y));
		const index = new Map(infos.map((info, k) => [info.name, k]));
		const shownIndex = new Map(shown.map((info, j) => [info.name, j]));
		const m = shown.length;
		const p = {shown, kind: new Int8Array(m), self: new Int32Array(m), a: new Int32Array(m), b: new Int32Array(m)};
		shown.forEach((info, j) => {
			const agg = info.aggregation;
			p.self[j] = index.get(info.name)!;
			if (agg.kind === 'sum') p.kind[j] = SUM;
			else if (agg.kind === 'ratio') [p.kind[j], p.a[j], p.b[j]] = [RATIO, index.get(agg.numerator)!, index.get(agg.denominator)!];
			else if (agg.kind === 'weighted') [p.kind[j], p.a[j]] = [WEIGHTED, index.get(agg.weight)!];
			else if (agg.kind === 'difference') [p.kind[j], p.a[j], p.b[j]] = [DIFFERENCE, shownIndex.get(agg.minuend)!, shownIndex.get(agg.subtrahend)!];
		});
		plan = p;
		plans.set(infos, plan);
	}
	return plan;
}
