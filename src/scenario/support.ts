/** The values a distribution can take, and the values a sweep's override gives a parameter. */
import type {ParameterTable} from '../params/parameter-table.js';
import type {DistributionSpec} from './schema.js';

export type Interval = readonly [number, number];

/** The closed hull of a distribution's support (normal: the whole line; lognormal: above 0). */
export function supportOf(d: DistributionSpec): Interval {
	switch (d.type) {
		case 'uniform':
		case 'triangular':
		case 'truncnormal':
			return [d.min, d.max];
		case 'normal':
			return [-Infinity, Infinity];
		case 'lognormal':
			return [0, Infinity];
		case 'discrete':
			return [Math.min(...d.values), Math.max(...d.values)];
	}
}

/** The range of a parameter after `scale` (multiply) or `add` by any value of `support`, over every unit and year. */
export function valueRange(table: ParameterTable, id: string, mode: 'scale' | 'add', support: Interval): Interval {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of [...table.get(id), ...table.shared(id)]) {
		if (!Number.isFinite(v)) continue;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (lo > hi) return [0, 0];
	const candidates = mode === 'add' ? [lo + support[0], lo + support[1], hi + support[0], hi + support[1]] : [lo * support[0], lo * support[1], hi * support[0], hi * support[1]];
	const defined = candidates.filter((x) => !Number.isNaN(x));
	return [Math.min(...defined), Math.max(...defined)];
}

/** Finite values worth trying at the ends of a support (a share group checked at each). */
export function endpoints(support: Interval): number[] {
	return [...new Set(support.filter(Number.isFinite))];
}
