import {beforeAll, describe, expect, it} from 'vitest';
import {explain, ExplainError, type ExplainNode} from '../../src/explain/index.js';
import {openRun, type Opened} from '../fixtures/compare/scenarios.js';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));


function find(node: ExplainNode, name: string): ExplainNode | undefined {
	if (node.name === name) return node;
	for (const c of node.children) {
		const hit = find(c, name);
		if (hit) return hit;
	}
	return undefined;
}

describe.each(['henan-2017.yaml', 'henan-2017-town-tilt.yaml', 'henan-2017-land-cap.yaml', 'henan-2017-to-2030.yaml', '../test/fixtures/compare/reward-cap-10.yaml'])('explain recomputes every series of %s', (name) => {
	let run: Opened;
	beforeAll(() => {
		run = openRun(name);
	});

	it('to exactly the value the run reports, for every series, every unit and every year', () => {
		let checked = 0;
		const off: string[] = [];
		for (const info of run.scenario.seriesInfo) {
			for (const {id: unit} of run.result.units) {
				for (const year of run.result.years) {
					const e = explain(run.scenario, run.result, {series: info.name, unit, year, depth: 1});
					const u = run.result.units.findIndex((x) => x.id === unit);
					const reported = run.result.series[info.name]![run.result.years.indexOf(year) * run.result.nUnits + u]!;
					expect(e.runValue).toBe(reported);
					if (e.tree.value !== reported) off.push(`${info.name} ${unit} ${year}: ${e.tree.value} ≠ ${reported}`);
					checked++;
				}
			}
		}
		expect(off).toEqual([]);
		expect(checked).toBe(run.scenario.seriesInfo.length * run.result.nUnits * run.result.nYears);
	});

	it('and every province total it can add up', () => {
		const off: string[] = [];
		for (const info of run.scenario.seriesInfo) {
			if (info.aggregation.kind === 'none') continue;
			for (const year of run.result.years) {
				const e = explain(run.scenario, run.result, {series: info.name, unit: 'province', year});
				if (e.tree.value !== e.runValue) off.push(`${info.name} ${year}: ${e.tree.value} ≠ ${e.runValue}`);
			}
		}
		expect(off).toEqual([]);
	});

	it('children recompute too: each expanded series node equals the run', () => {
		const e = explain(run.scenario, run.result, {series: 'fiscalGap', unit: 'nanyang', year: 2019, depth: 4});
		const n = run.result.nUnits;
		const u = run.result.units.findIndex((x) => x.id === 'nanyang');
		const visit = (node: ExplainNode) => {
			if (node.kind === 'series' && node.year !== undefined) {
				const t = run.result.years.indexOf(node.year);
				expect(close(node.value, run.result.series[node.name]![t * n + u]!)).toBe(true);
			}
			node.children.forEach(visit);
		};
		visit(e.tree);
	});
});

describe('the calculation tree', () => {
	let run: Opened;
	beforeAll(() => {
		run = openRun('henan-2017.yaml');
	});

	it("explains Zhengzhou's 2018 land quota down to the settlement parameters, with status and source", () => {
		const e = explain(run.scenario, run.result, {series: 'landQuotaGranted', unit: 'zhengzhou', year: 2018, depth: 4});
		expect(e.tree.formula).toMatch(/landQuotaNeed/);
		const need = find(e.tree, 'landQuotaNeed')!;
		expect(need.formula).toBe('settledCentral × landStandardCentral + settledTowns × landStandardTowns');
		const standard = find(e.tree, 'landStandardCentral')!;
		expect(standard.value).toBe(80); // 127 m² per person in the central city last year: the 100–150 tier of 123号
		expect(standard.clause).toMatch(/123号/);
		const willingness = find(e.tree, 'willingness')!;
		expect(willingness).toMatchObject({kind: 'parameter', value: 0.35, status: 'estimate', from: 'parameters.settlement.willingness.values'});
		expect(willingness.source).toMatch(/30–40%/);
		const same = find(e.tree, 'originSameUnit')!;
		expect(same).toMatchObject({value: 0.55, from: 'parameters.settlement.originSameUnit.byUnit.zhengzhou'});
		const cap = find(e.tree, 'landProvincialCap')!;
		expect(cap.value).toBe(Infinity);
	});

	it('names the dated key that applied', () => {
		const e = explain(run.scenario, run.result, {series: 'grossRecurringCost', unit: 'kaifeng', year: 2019, depth: 1});
		const health = find(e.tree, 'healthSubsidy')!;
		expect(health).toMatchObject({value: 520, date: '2019', status: 'recalled'});
		const coverage = find(explain(run.scenario, run.result, {series: 'permitHolders', unit: 'kaifeng', year: 2018}).tree, 'permitCoverage')!;
		expect(coverage).toMatchObject({value: 0.158, date: '2018', status: 'derived'});
	});

	it('explains an allocation: pool, factors and weights, coefficient, cap and the bound that binds', () => {
		const tilt = openRun('../test/fixtures/compare/reward-cap-10.yaml');
		const e = explain(tilt.scenario, tilt.result, {series: 'centralReward', unit: 'zhengzhou', year: 2018, depth: 1});
		const pool = find(e.tree, 'centralReward.pool')!;
		// Henan's share of the national fund from its settlers, permits and difficulty (财预〔2016〕162号 factors).
		expect(pool.value).toBe(tilt.result.programs.find((p) => p.id === 'centralReward')!.pool[tilt.result.years.indexOf(2018)]);
		expect(pool.formula).toMatch(/^centralRewardNational × \(nationalWeightSettlers × sum\(settledWeighted\)/);
		const cap = find(e.tree, 'centralReward.cap')!;
		expect(cap.value).toBeCloseTo(0.1 * pool.value, 3);
		expect(e.tree.note).toMatch(/cap \(封顶\) binds/);
		expect(e.tree.value).toBeCloseTo(cap.value, 3);
		const factors = e.tree.children.filter((c) => c.name.startsWith('centralReward.factor.'));
		expect(factors.map((c) => c.label_en)).toEqual(['settlers (weighted)', 'residence-permit holders', 'fiscal difficulty (rural residents)'].map((f) => `Central citizenization reward fund: factor ${f}`));
		expect(factors[0]!.formula).toBe('cohortWeighted');
		const coefficient = find(e.tree, 'centralReward.coefficient')!;
		expect(coefficient.value).toBeCloseTo(0.75 + 0.25 * 2, 12); // centralCityShare + (1 − c) × townTilt
		// Without the cap the same unit gets pool × share.
		const free = openRun('henan-2017-town-tilt.yaml');
		const f = explain(free.scenario, free.result, {series: 'centralReward', unit: 'zhengzhou', year: 2018, depth: 0});
		expect(f.tree.note).toMatch(/^no bound binds/);
	});

	it('explains a province total by each unit’s contribution', () => {
		const e = explain(run.scenario, run.result, {series: 'settled', unit: 'province', year: 2020});
		expect(e.tree.children.length).toBe(run.result.nUnits);
		expect(e.tree.children.reduce((s, c) => s + c.value, 0)).toBeCloseTo(e.runValue, 3);
		expect(e.tree.children[0]!.unit).toBe('zhengzhou');
		const rate = explain(run.scenario, run.result, {series: 'hukouUrbanizationRate', unit: 'province', year: 2018});
		expect(rate.tree.children.map((c) => c.name)).toEqual(['urbanHukouPop', 'hukouPop']);
	});

	it('answers bad questions with a hint', () => {
		expect(() => explain(run.scenario, run.result, {series: 'setled', unit: 'zhengzhou', year: 2018})).toThrow(ExplainError);
		expect(() => explain(run.scenario, run.result, {series: 'settled', unit: 'zhengzhuo', year: 2018})).toThrow(/unknown unit/);
		expect(() => explain(run.scenario, run.result, {series: 'settled', unit: 'zhengzhou', year: 2031})).toThrow(/outside the run/);
		expect(() => explain(run.scenario, run.result, {series: 'costIndex', unit: 'province', year: 2018})).toThrow(/no province figure/);
		// A unit may be named in Chinese or English.
		expect(explain(run.scenario, run.result, {series: 'settled', unit: '郑州', year: 2018}).unit).toBe('zhengzhou');
	});
});
