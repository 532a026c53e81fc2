/**
 * Who gains and who loses from the current levers, per unit, in one series and year: the view a
 * redistributing lever needs (town tilt, factor weights move money between cities while the
 * province total stays put).
 */
import type {RunResult} from '../../../src/index.js';

export interface Shift {
	readonly u: number;
	readonly delta: number;
}

export function unitShifts(result: RunResult, base: RunResult, series: string, t: number): {gainers: Shift[]; losers: Shift[]} {
	const n = result.nUnits;
	const now = result.series[series];
	const then = base.series[series];
	if (!now || !then) return {gainers: [], losers: []};
	const shifts: Shift[] = [];
	for (let u = 0; u < n; u++) {
		const delta = now[t * n + u]! - then[t * n + u]!;
		if (Math.abs(delta) > 1e-9 * Math.max(1, Math.abs(then[t * n + u]!))) shifts.push({u, delta});
	}
	return {
		gainers: shifts.filter((x) => x.delta > 0).sort((a, b) => b.delta - a.delta || a.u - b.u),
		losers: shifts.filter((x) => x.delta < 0).sort((a, b) => a.delta - b.delta || a.u - b.u),
	};
}
