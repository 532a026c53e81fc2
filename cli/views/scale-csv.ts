/**
 * CSV of a scaling curve: one row per point; the unit's values, the other units' sums, the flows
 * through the horizon, and for every row after the first the marginal amount (per additional
 * settler) and elasticity over the interval from the previous point, and the breakpoints inside it.
 */
import type {ScaleCurve} from '../../src/scale/index.js';
import {csvField} from '../../src/runner/csv.js';

const cell = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : String(v));

export function scaleCsv(curve: ScaleCurve): string {
	// `settled` is the point's own column; its marginal is 1 by construction.
	const names = curve.series.map((s) => s.name).filter((s) => s !== 'settled');
	const others = curve.series.filter((s) => s.others && curve.unit !== 'province').map((s) => s.name);
	const through = curve.series.map((s) => s.name).filter((s) => curve.points[0]!.through[s] !== undefined);
	const head = [
		'unit', 'year', 'settled', 'exceedsPool',
		...names,
		...others.map((s) => `others.${s}`),
		...through.map((s) => `through${curve.endYear}.${s}`),
		...names.map((s) => `marginal.${s}`),
		...others.map((s) => `marginalOthers.${s}`),
		...names.map((s) => `elasticity.${s}`),
		'breakpoints',
	];
	const lines = [head.join(',')];
	curve.points.forEach((p, i) => {
		const prev = curve.points[i - 1];
		const inside = prev ? curve.breakpoints.filter((b) => b.settled > prev.settled && b.settled <= p.settled) : [];
		lines.push(
			[
				curve.unit, curve.year, cell(p.settled), p.exceedsPool ? 1 : 0,
				...names.map((s) => cell(p.values[s])),
				...others.map((s) => cell(p.others[s])),
				...through.map((s) => cell(p.through[s])),
				...names.map((s) => (i > 0 ? cell(curve.marginal[s]![i - 1]) : '')),
				...others.map((s) => (i > 0 ? cell(curve.marginalOthers[s]![i - 1]) : '')),
				...names.map((s) => (i > 0 ? cell(curve.elasticity[s]![i - 1]) : '')),
				csvField(inside.map((b) => `${Math.round(b.settled)} ${b.series}: ${b.reason}`).join('; ')),
			].join(','),
		);
	});
	return `${lines.join('\n')}\n`;
}
