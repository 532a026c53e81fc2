/**
 * The bench's yardstick (cli/bench-yardstick.ts, the baseline's model written by hand) reproduces
 * every output series of the engine, so that `npm run bench` compares the engine with the same
 * work. Also with bounds that bind: reward floors and caps (water-filling), the provincial land
 * cap, the debt limit, no eligible unit for a subsidy; and the issue-11 switches: the ±10% land
 * adjustment, the 超大/特大 threshold, the size-class tilt and an open central city.
 * No timing here (speed is the bench's).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {openScenario, simulate, type ParameterOverride} from '../../src/index.js';
import {checkYardstick, YARDSTICK_SERIES} from '../../cli/bench-yardstick.js';

const path = (name: string) => new URL(`../../scenarios/${name}`, import.meta.url).pathname;
const baseline = openScenario(path('henan-2017.yaml'));
const to2030 = openScenario(path('henan-2017-to-2030.yaml'));

describe('bench yardstick', () => {
	it.each([
		['henan-2017.yaml', baseline],
		['henan-2017-to-2030.yaml', to2030],
	])('reproduces every output series of %s to 1e-12', (_, s) => {
		const check = checkYardstick(s, simulate(s).series);
		expect(check.missing).toEqual([]);
		expect(check.compared).toBe(YARDSTICK_SERIES.length);
		expect(check.maxRelative).toBeLessThanOrEqual(1e-12);
	});

	it('reproduces the engine when floors, caps, the land cap, the debt limit and the 超大/特大 rule bind', () => {
		const set = (parameter: string, value: number): ParameterOverride => ({parameter, value});
		fc.assert(
			fc.property(
				fc.record({
					willingness: fc.double({min: 0.2, max: 0.6, noNaN: true}),
					takeUp: fc.double({min: 0.1, max: 0.9, noNaN: true}),
					floor: fc.double({min: 0, max: 0.05, noNaN: true}),
					cap: fc.double({min: 0.06, max: 1, noNaN: true}),
					landCap: fc.double({min: 1e6, max: 1e8, noNaN: true}),
					bondLimit: fc.double({min: 0, max: 2e10, noNaN: true}),
					minSettlers: fc.double({min: 0, max: 2e5, noNaN: true}),
					exitRate: fc.double({min: 0, max: 0.3, noNaN: true}),
					landAdjustment: fc.double({min: -0.1, max: 0.1, noNaN: true}),
					megaThreshold: fc.double({min: 1e6, max: 1e7, noNaN: true}),
					sizeTilt: fc.double({min: 0.5, max: 2, noNaN: true}),
					openCity: fc.double({min: 0, max: 1, noNaN: true}),
				}),
				(x) => {
					const overrides = [
						set('willingness', x.willingness),
						set('takeUp', x.takeUp),
						set('rewardFloorShare', x.floor),
						set('rewardCapShare', x.cap),
						set('landProvincialCap', x.landCap),
						set('infraBondLimit', x.bondLimit),
						set('infraSubsidyMinSettlers', x.minSettlers),
						set('homesteadExitRate', x.exitRate),
						set('landAdjustment', x.landAdjustment),
						set('megaCityThreshold', x.megaThreshold),
						set('smallMediumTilt', x.sizeTilt),
						set('openCity', x.openCity),
					];
					const check = checkYardstick(to2030, simulate(to2030, overrides).series, to2030.parameters.withOverrides(overrides));
					expect(check.maxRelative).toBeLessThanOrEqual(1e-12);
				},
			),
			{numRuns: 40},
		);
	});
});
