/**
 * Shared pools: a program's allocation to the scanned unit grows with its settlers and the other
 * units' allocations shrink by the same total, since the pool is fixed (plan §三(一), the factor
 * method); per-capita programs take nothing from the others.
 */
import {describe, expect, it} from 'vitest';
import {scaleCurve} from '../../src/scale/index.js';
import {fixture, MIN_SETTLERS, range} from './helpers.js';

const curve = scaleCurve(fixture, {unit: 'alpha', year: 2017, settled: range(0, 100_000, 21)});
describe('shared pools', () => {
	for (const id of ['centralReward', 'provincialReward']) {
		it(`${id}: Alpha's allocation grows and the others lose exactly what it gains`, () => {
			const first = curve.points[0]!;
			for (const [i, p] of curve.points.entries()) {
				if (i > 0) expect(p.values[id]!).toBeGreaterThan(curve.points[i - 1]!.values[id]!);
				const gain = p.values[id]! - first.values[id]!;
				const loss = first.others[id]! - p.others[id]!;
				expect(loss).toBeCloseTo(gain, 3);
			}
			// Hence the marginal amounts mirror each other: yuan gained per settler = yuan the others lose.
			curve.marginal[id]!.forEach((m, i) => expect(curve.marginalOthers[id]![i]!).toBeCloseTo(-m, 6));
			// The pool itself does not move.
			const total = curve.points.map((p) => p.values[id]! + p.others[id]!);
			for (const v of total) expect(v).toBeCloseTo(total[0]!, 3);
		});
	}

	it('subsidy pools: once Alpha is eligible it shares the fixed pool with Beta', () => {
		const eligible = curve.points.filter((p) => p.settled >= MIN_SETTLERS);
		const total = eligible.map((p) => p.values['infraSubsidy']! + p.others['infraSubsidy']!);
		for (const v of total) expect(v).toBeCloseTo(2e9, 2);
		curve.marginal['infraProvincial']!.forEach((m, i) => {
			if (curve.points[i]!.settled >= MIN_SETTLERS) expect(curve.marginalOthers['infraProvincial']![i]!).toBeCloseTo(-m, 6);
		});
	});

	it('the general-transfer adjustment moves money from the origins to Alpha: only the cross-province part is new', () => {
		// 800 yuan × (1 − 0.5) per settler from elsewhere (Alpha: 40% other units, 5% other provinces);
		// the other units lose it for the 40% whose hukou they give up.
		for (const m of curve.marginal['generalTransferAdjustment']!) expect(m).toBeCloseTo(400 * 0.45, 6);
		for (const m of curve.marginalOthers['generalTransferAdjustment']!) expect(m).toBeCloseTo(-400 * 0.4, 6);
	});

	it('leaves the other units’ settlement alone (the scan moves one unit)', () => {
		for (const p of curve.points) expect(p.others['settled']).toBe(curve.reference.others['settled']);
	});
});
