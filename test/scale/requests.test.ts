/** Grids, bad requests and the forced value beyond the pool. */
import {describe, expect, it} from 'vitest';
import {linspace, parseAmount, parseRange, scaleCurve, ScaleRequestError, settledValues, toScaleJson} from '../../src/scale/index.js';
import {fixture} from './helpers.js';

describe('grids', () => {
	it('reads FROM:TO:N with suffixes and gives N points inclusive', () => {
		expect(parseAmount('10万', 'x')).toBe(100_000);
		expect(parseAmount('100k', 'x')).toBe(100_000);
		expect(parseAmount('1e5', 'x')).toBe(100_000);
		expect(parseAmount('100_000', 'x')).toBe(100_000);
		expect(parseRange('0:60万:13', '--settled')).toEqual({from: 0, to: 600_000, count: 13});
		expect(linspace({from: 0, to: 1, count: 5})).toEqual([0, 0.25, 0.5, 0.75, 1]);
		expect(settledValues('factor', {from: 0, to: 2, count: 3}, 1000)).toEqual([0, 1000, 2000]);
		expect(settledValues('delta', {from: 0, to: 100, count: 2}, 1000)).toEqual([1000, 1100]);
	});

	it('rejects what cannot be a scan, with a hint', () => {
		expect(() => parseRange('0-10', '--settled')).toThrow(ScaleRequestError);
		expect(() => parseRange('0:10:0', '--settled')).toThrow(/N must be/);
		expect(() => parseAmount('lots', '--settled')).toThrow(/not a number/);
		expect(() => settledValues('delta', {from: -5000, to: 0, count: 2}, 1000)).toThrow(/negative/);
		expect(() => scaleCurve(fixture, {unit: 'omega', year: 2017, settled: [1]})).toThrow(/unknown unit/);
		expect(() => scaleCurve(fixture, {unit: 'alpha', year: 2016, settled: [1]})).toThrow(/cannot be scaled/);
		expect(() => scaleCurve(fixture, {unit: 'alpha', year: 2017, settled: [-1]})).toThrow(ScaleRequestError);
	});
});

describe('beyond the pool', () => {
	it('computes a forced value above the pool as a what-if and flags it', () => {
		const curve = scaleCurve(fixture, {unit: 'gamma', year: 2017, settled: [10_000, 500_000]});
		expect(curve.points[0]!.exceedsPool).toBe(false);
		expect(curve.points[1]!.exceedsPool).toBe(true);
		expect(curve.points[1]!.values['settled']).toBe(500_000);
		expect(curve.breakpoints.some((b) => b.kind === 'pool' && b.unit === 'gamma')).toBe(true);
		// Beyond the pool no one is left to hold a residence permit; the forced settlers still cost.
		expect(curve.points[1]!.values['citizenizationCost']!).toBeGreaterThan(curve.points[0]!.values['citizenizationCost']!);
	});
});

describe('JSON', () => {
	it('has the contract’s shape, with null for undefined numbers', () => {
		const json = toScaleJson(scaleCurve(fixture, {unit: 'alpha', year: 2017, settled: [0, 50_000, 100_000]}));
		expect(Object.keys(json)).toEqual(expect.arrayContaining(['unit', 'year', 'points', 'marginal', 'breakpoints']));
		expect(json.points[0]!.values).toHaveProperty('transfers');
		for (const id of ['centralReward', 'provincialReward', 'generalTransferAdjustment', 'infraCentral', 'infraProvincial', 'infraSubsidy', 'landQuotaNeed', 'landQuotaGranted', 'citizenizationCost', 'fiscalGap']) {
			expect(json.marginal[id]).toHaveLength(2);
		}
		expect(json.average['transfers']![0]).toBeNull();
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});
});

describe('SVG chart for the HTML report', () => {
	it('renders an SVG with the own value and the breakpoints marked', async () => {
		const {scaleChartSvg} = await import('../../src/scale/chart.js');
		const svg = scaleChartSvg(scaleCurve(fixture, {unit: 'alpha', year: 2017, settled: [0, 25_000, 50_000, 75_000, 100_000]}), {lang: 'en'});
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('Alpha 2017: scaling curve');
		expect(svg).toContain('threshold');
		expect(svg).toContain('land tier');
	});
});
