/** The curve through the scenario's own settlement reproduces the plain run exactly. */
import {describe, expect, it} from 'vitest';
import {openScenario, simulate} from '../../src/index.js';
import {ownSettlement, scaleCurve} from '../../src/scale/index.js';
import {fixture, range} from './helpers.js';

const BASELINE = new URL('../../scenarios/henan-2017.yaml', import.meta.url).pathname;

describe('reproducing the plain run', () => {
	it('forcing every unit to its own settlement in every year changes no series of the run', () => {
		const plain = simulate(fixture, [], {skipMonitoring: true});
		const forced = simulate(fixture, [], {skipMonitoring: true, settledOverride: Float64Array.from(plain.series['settled']!)});
		for (const [name, values] of Object.entries(plain.series)) expect([name, Array.from(forced.series[name]!)]).toEqual([name, Array.from(values)]);
	});

	it('a curve point at the own value equals the reference (the plain run) in every series', () => {
		const own = ownSettlement(fixture, {unit: 'beta', year: 2018});
		const curve = scaleCurve(fixture, {unit: 'beta', year: 2018, settled: [0, own, 2 * own]});
		const at = curve.points[1]!;
		expect(at.settled).toBe(own);
		expect(at.values).toEqual(curve.reference.values);
		expect(at.others).toEqual(curve.reference.others);
		expect(at.through).toEqual(curve.reference.through);
		const plain = simulate(fixture);
		const t = fixture.years.indexOf(2018);
		const u = fixture.units.ids.indexOf('beta');
		for (const s of ['transfers', 'infraSubsidy', 'landQuotaNeed', 'landQuotaGranted', 'citizenizationCost', 'fiscalGap', 'centralReward']) {
			expect(at.values[s]).toBe(plain.series[s]![t * 3 + u]);
		}
	});

	it('on the Henan baseline: Zhengzhou 2018 at its own settlement equals the run', () => {
		const henan = openScenario(BASELINE);
		const own = ownSettlement(henan, {unit: 'zhengzhou', year: 2018});
		const curve = scaleCurve(henan, {unit: 'zhengzhou', year: 2018, settled: [own, own + 100_000]});
		const plain = simulate(henan);
		const n = henan.units.ids.length;
		const t = henan.years.indexOf(2018);
		expect(curve.points[0]!.values['transfers']).toBe(plain.series['transfers']![t * n]);
		expect(curve.points[0]!.values['fiscalGap']).toBe(plain.series['fiscalGap']![t * n]);
		// 100,000 more settlers bring Zhengzhou more money and land; Henan's share of the national fund grows
		// with its settlers (财预〔2016〕162号 factors), so the province's central reward grows too.
		expect(curve.marginal['transfers']![0]!).toBeGreaterThan(0);
		expect(curve.marginal['landQuotaNeed']![0]!).toBeCloseTo(plain.series['landStandard']![t * n]!, 9);
		expect(curve.marginal['centralReward']![0]! + curve.marginalOthers['centralReward']![0]!).toBeGreaterThan(0);
	});

	it('province: scaling every unit by 1 reproduces the province totals', () => {
		const own = ownSettlement(fixture, {unit: 'province', year: 2017});
		const curve = scaleCurve(fixture, {unit: 'province', year: 2017, settled: range(0.5 * own, 1.5 * own, 3)});
		const plain = simulate(fixture);
		for (const s of ['settled', 'transfers', 'landQuotaNeed', 'fiscalGap']) expect(curve.points[1]!.values[s]).toBeCloseTo(plain.province[s]![1]!, 4);
		// Every unit in proportion: the province's land need is Σ settled_u × standard_u, linear in the total.
		const m = curve.marginal['landQuotaNeed']!;
		expect(m[0]).toBeCloseTo(m[1]!, 6);
	});
});
