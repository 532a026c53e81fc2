/**
 * Joint calibration of the base-year hukou rate and take-up (issue 11 item 5) on the Henan baseline:
 * every fitted point within 0.15 points, the base-year rate honoured exactly by the rescaled table,
 * and the shipped scenario left as it was.
 */
import {describe, expect, it} from 'vitest';
import {calibrateJoint, tableHukouRate} from '../../src/engine/calibrate.js';
import {openScenario, simulate} from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;

describe('calibrateJoint on the Henan baseline', () => {
	const scenario = openScenario(`${root}scenarios/henan-2017.yaml`);
	const spec = scenario.data.calibration!;
	const before = simulate(scenario).province['hukouUrbanizationRate']!.slice();
	const fit = calibrateJoint(scenario, {parameter: spec.parameter, bounds: spec.bounds, baseHukouRate: spec.joint!.baseHukouRate, observations: spec.joint!.observations, backtest: spec.backtest!});

	it('fits 2017, 2018 and 2020 within 0.15 points', () => {
		expect(fit.converged).toBe(true);
		expect(fit.fitted.map((f) => f.year)).toEqual([2017, 2018, 2020]);
		for (const f of fit.fitted) expect(Math.abs(f.error)).toBeLessThan(0.0015);
		expect(fit.maxAbsError).toBeLessThan(0.0015);
	});
	it('reports the base-year rate it fitted as the first year of the rescaled run', () => {
		expect(fit.baseHukouRate).toBeGreaterThan(spec.joint!.baseHukouRate[0]);
		expect(fit.baseHukouRate).toBeLessThan(spec.joint!.baseHukouRate[1]);
		expect(fit.urbanHukouScale).toBeCloseTo(fit.baseHukouRate / tableHukouRate(scenario), 12);
	});
	it('flags the census points of the backtest and leaves the scenario unchanged', () => {
		expect(fit.backtest.filter((b) => b.seriesBreak).map((b) => `${b.unit ?? 'province'} ${b.series}@${b.year}`)).toEqual([
			'province residentUrbanizationRate@2020',
			'province residentPop@2020',
			'zhengzhou residentPop@2020',
			'nanyang residentPop@2020',
		]);
		expect(fit.backtest.filter((b) => b.inSample).every((b) => b.year === 2019)).toBe(true);
		expect(Array.from(simulate(scenario).province['hukouUrbanizationRate']!)).toEqual(Array.from(before));
		expect(tableHukouRate(scenario)).toBeCloseTo(0.294, 3);
	});
	it('is at its own fixed point: the shipped takeUp and urbanHukouScale are the joint fit', () => {
		expect(fit.value).toBeCloseTo(scenario.parameters.shared('takeUp')[1]!, 3);
		expect(fit.urbanHukouScale).toBeCloseTo(scenario.parameters.shared('urbanHukouScale')[0]!, 3);
	});
});
