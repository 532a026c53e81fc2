import {describe, expect, it} from 'vitest';
import {boundsBeforeRun, runWarnings} from '../../src/allocation/bound-checks.js';
import {boundChanges, comparisonWarnings} from '../../src/allocation/compare-bounds.js';
import {compareRuns} from '../../src/compare/index.js';
import {openRun} from '../fixtures/compare/scenarios.js';
import {openFixture} from '../fixtures/allocation/open.js';

const kinds = (ws: readonly {kind: string; program: string}[]) => ws.map((w) => `${w.program}:${w.kind}`).sort();

describe('bound warnings of a run', () => {
	it('says nothing for the shipped scenarios', () => {
		for (const name of ['henan-2017.yaml', 'henan-2017-town-tilt.yaml', 'henan-2017-land-cap.yaml', 'henan-2017-to-2030.yaml']) {
			const {scenario, result} = openRun(name);
			expect(runWarnings(scenario, result), name).toEqual([]);
		}
	});

	it('finds before the run that caps of 5% over 18 cities leave 10% of the pool, and points at the cap', () => {
		const {scenario, result} = openFixture('allocation/cap-5.yaml');
		const before = boundsBeforeRun(scenario);
		// The provincial pool is a parameter: known before the run. The central pool follows the settlers
		// (Henan's share of the national fund, issue 11), so its caps are checked in the run.
		expect(kinds(before)).toEqual(['provincialReward:capsBelowPool']);
		const w = before[0]!;
		expect(w.when).toBe('before-run');
		expect(w.years).toEqual([2017, 2018, 2019, 2020]);
		w.ratios.forEach((r) => expect(r).toBeCloseTo(0.9, 12));
		const provincial = result.programs.find((p) => p.id === 'provincialReward')!;
		w.amounts.forEach((a, k) => expect(a).toBeCloseTo(0.1 * provincial.pool[k + 1]!, 3));
		expect(w.at?.path).toBe('parameters.transfers.rewardCapShare');
		expect(w.at?.file).toMatch(/cap-5\.yaml$/);
		expect(w.at?.line).toBe(6);
		// The money left over is said once (by the caps), not again as "unallocated".
		expect(kinds(runWarnings(scenario, result))).toEqual(['centralReward:capsBelowPool', 'provincialReward:capsBelowPool']);
		expect(w.message_en).toContain('90.0% of the pool');
		expect(w.message_zh).toContain('封顶合计只占资金池的 90.0%');
	});

	it('finds floors that add up to more than the pool (6% × 18 = 108%)', () => {
		const {scenario, result} = openFixture('allocation/floor-6.yaml');
		const ws = runWarnings(scenario, result);
		expect(kinds(ws)).toEqual(['centralReward:floorsExceedPool', 'provincialReward:floorsExceedPool']);
		ws[0]!.ratios.forEach((r) => expect(r).toBeCloseTo(1.08, 12));
		expect(ws[0]!.at?.path).toBe('parameters.transfers.rewardFloorShare');
	});

	it('finds a floor above the cap, for the unit that has it', () => {
		const {scenario, result} = openFixture('allocation/floor-above-cap.yaml');
		const ws = runWarnings(scenario, result);
		expect(kinds(ws)).toEqual(['centralReward:floorAboveCap', 'provincialReward:floorAboveCap']);
		expect(ws[0]!.units).toEqual(['zhengzhou']);
	});

	it('checks bounds that read the run’s series on the run, and reports what is left unallocated', () => {
		const {scenario, result} = openFixture('allocation/infra-cap-small.yaml');
		expect(boundsBeforeRun(scenario)).toEqual([]);
		const ws = runWarnings(scenario, result).filter((w) => w.program === 'infraProvincial');
		expect(ws.map((w) => w.kind)).toEqual(['capsBelowPool']);
		expect(ws[0]!.when).toBe('run');
		const p = result.programs.find((x) => x.id === 'infraProvincial')!;
		// The caps' shortfall is what the engine could not hand out.
		ws[0]!.amounts.forEach((a, k) => expect(a).toBeCloseTo(p.unallocated[k + 1]!, 0));
	});
});

describe('bound warnings of a comparison', () => {
	it('says that the town tilt’s 20% cap binds for no city, and that a 10% cap binds for Zhengzhou', () => {
		const base = openRun('henan-2017.yaml');
		const tilt = openRun('henan-2017-town-tilt.yaml');
		const changes = boundChanges(base, tilt, compareRuns(base, tilt));
		expect(changes.map((c) => `${c.program}:${c.bound}`)).toEqual(['centralReward:cap', 'provincialReward:cap']);
		expect(changes[0]!.parameters).toEqual([{parameter: 'rewardCapShare', base: 1, alt: 0.2}]);
		const ws = comparisonWarnings(changes);
		expect(kinds(ws)).toEqual(['centralReward:neverBinds', 'provincialReward:neverBinds']);
		expect(ws[0]!.bound).toBe('cap');
		expect(ws[0]!.years).toEqual([2017, 2018, 2019, 2020]);

		const cap10 = openFixture('compare/reward-cap-10.yaml');
		const binding = boundChanges(base, cap10, compareRuns(base, cap10));
		expect(comparisonWarnings(binding)).toEqual([]);
		expect(binding[0]!.binds.every((y) => y.units.includes('zhengzhou'))).toBe(true);
	});

	it('says nothing when the bounds did not change', () => {
		const base = openRun('henan-2017.yaml');
		const land = openRun('henan-2017-land-cap.yaml');
		expect(boundChanges(base, land, compareRuns(base, land))).toEqual([]);
	});
});
