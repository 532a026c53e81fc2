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
		// Each parameter with the range it is drawn from: wide enough for every bound to bind in some runs.
		const ranges: Readonly<Record<string, readonly [number, number]>> = {
			willingness: [0.2, 0.6],
			takeUp: [0.1, 0.9],
			rewardFloorShare: [0, 0.05],
			rewardCapShare: [0.06, 1],
			landProvincialCap: [1e6, 1e8],
			infraBondLimit: [0, 2e10],
			infraSubsidyMinSettlers: [0, 2e5],
			homesteadExitRate: [0, 0.3],
			landAdjustment: [-0.1, 0.1],
			megaCityThreshold: [1e6, 1e7],
			smallMediumTilt: [0.5, 2],
			openCity: [0, 1],
		};
		const draws = Object.entries(ranges).map(([parameter, [min, max]]) => fc.double({min, max, noNaN: true}).map((value): ParameterOverride => ({parameter, value})));
		fc.assert(
			fc.property(fc.tuple(...draws), (overrides) => {
				const check = checkYardstick(to2030, simulate(to2030, overrides).series, to2030.parameters.withOverrides(overrides));
				expect(check.maxRelative).toBeLessThanOrEqual(1e-12);
			}),
			{numRuns: 40},
		);
	});
});
