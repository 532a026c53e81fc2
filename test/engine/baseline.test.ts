/**
 * The Henan baseline and its alternatives: the backtest against the observed 2017 and 2018 hukou
 * urbanisation (DESIGN §5), the JSON contract, and what each overlay changes.
 */
import {describe, expect, it} from 'vitest';
import {openScenario, simulate, toRunJson} from '../../src/index.js';

const path = (name: string) => new URL(`../../scenarios/${name}`, import.meta.url).pathname;
const baseline = openScenario(path('henan-2017.yaml'));
const result = simulate(baseline);
const t = (year: number) => result.years.indexOf(year);

describe('Henan baseline backtest', () => {
	it('lands within 0.3 points of the observed hukou urbanisation of 2017 (31.30%) and 2018 (32.89%)', () => {
		expect(Math.abs(result.province['hukouUrbanizationRate']![t(2017)]! - 0.313)).toBeLessThan(0.003);
		expect(Math.abs(result.province['hukouUrbanizationRate']![t(2018)]! - 0.3289)).toBeLessThan(0.003);
	});
	it('starts from the official 2016 totals', () => {
		expect(result.province['residentPop']![0]).toBeCloseTo(95_324_300, -3);
		expect(result.province['hukouPop']![0]).toBeCloseTo(107_881_500, -3);
		// The 2016 hukou rate was never published: 29.40% in the table, × urbanHukouScale (calibrated).
		expect(result.province['hukouUrbanizationRate']![0]).toBeCloseTo(0.2961, 4);
	});
	it('reproduces the fitted hukou rates of 2017, 2018 and 2020 within 0.15 points (joint calibration)', () => {
		for (const [year, observed] of [[2017, 0.313], [2018, 0.3289], [2020, 0.3609]] as const) {
			expect(Math.abs(result.province['hukouUrbanizationRate']![t(year)]! - observed)).toBeLessThan(0.0015);
		}
	});
	it('gives residence permits to about the 350万 issued by end-2020 (豫政〔2021〕55号)', () => {
		expect(Math.abs(result.province['permitHolders']![t(2020)]! / 3_500_000 - 1)).toBeLessThan(0.01);
	});
	it("computes Henan's share of the national reward fund from its settlers, permits and difficulty (财预〔2016〕162号 factors)", () => {
		for (const year of [2017, 2020]) {
			const y = t(year);
			const p = (id: string) => baseline.parameters.shared(id)[y]!;
			const share = (p('nationalWeightSettlers') * result.province['settledWeighted']![y]!) / (p('nationalSettled') * p('nationalOriginWeight'))
				+ (p('nationalWeightPermits') * result.province['permitHolders']![y]!) / p('nationalPermitHolders')
				+ p('nationalWeightDifficulty') * p('provinceDifficultyShare');
			const central = result.programs.find((x) => x.id === 'centralReward')!;
			expect(central.pool[y]).toBeCloseTo(p('centralRewardNational') * share, 0);
		}
	});
	it('moves the general-transfer adjustment from origin to destination: Henan gains only the cross-province part', () => {
		for (let y = 1; y < result.nYears; y++) {
			let sum = 0;
			for (let u = 0; u < result.nUnits; u++) sum += result.series['generalTransferAdjustment']![y * result.nUnits + u]!;
			let movers = 0;
			for (let z = 1; z <= y; z++) movers += result.province['settledIntraProvince']![z]! + result.province['settledCrossProvince']![z]! - result.province['hukouOutflow']![z]!;
			expect(sum).toBeCloseTo(800 * 0.5 * movers, 0);
			let cross = 0;
			for (let z = 1; z <= y; z++) cross += result.province['settledCrossProvince']![z]!;
			// Outflow equals the intra-province settlers unless an origin's rural hukou runs out.
			expect(Math.abs(sum / (800 * 0.5 * cross) - 1)).toBeLessThan(1e-9);
		}
	});
	it('tracks the 2018 hukou population (10906万) within 0.5%', () => {
		expect(Math.abs(result.province['hukouPop']![t(2018)]! / 109_060_000 - 1)).toBeLessThan(0.005);
	});
	it('settles close to 2 million a year, short of the plan target of 2.25 million', () => {
		const settled = result.province['settled']![t(2017)]!;
		expect(settled).toBeGreaterThan(1_700_000);
		expect(settled).toBeLessThan(2_250_000);
		expect(result.targets.find((x) => x.id === 'settledPerYear' && x.year === 2017)?.met).toBe(false);
	});
	it('keeps every program within its pool and settled within the pool, every year and unit', () => {
		for (const p of result.programs) {
			for (let y = 1; y < result.nYears; y++) {
				let sum = 0;
				for (let u = 0; u < result.nUnits; u++) sum += result.series[p.series]![y * result.nUnits + u]!;
				if (p.kind === 'perCapita') expect(p.pool[y]).toBeCloseTo(sum, 0);
				else expect(sum + p.unallocated[y]!).toBeCloseTo(p.pool[y]!, 0);
			}
		}
		const settled = result.series['settled']!;
		settled.forEach((v, i) => expect(v).toBeLessThanOrEqual(result.series['settlementPool']![i]! + 1e-6));
	});
});

describe('the run JSON contract', () => {
	const json = toRunJson(baseline, result, 'scenarios/henan-2017.yaml');
	it('has the keys and shapes other tools rely on', () => {
		expect(json.scenario).toMatchObject({file: 'scenarios/henan-2017.yaml', baseYear: 2016, endYear: 2020});
		expect(json.years).toEqual([2016, 2017, 2018, 2019, 2020]);
		expect(json.units).toHaveLength(18);
		expect(json.units[0]).toEqual({id: 'zhengzhou', name_zh: '郑州', name_en: 'Zhengzhou'});
		const required = ['settlementPool', 'settled', 'urbanHukouPop', 'hukouPop', 'residentPop', 'urbanResidentPop', 'hukouUrbanizationRate', 'residentUrbanizationRate', 'permitHolders', 'citizenizationCost', 'transfers', 'infraNeed', 'infraSubsidy', 'fiscalGap', 'landPerCapita', 'landQuotaNeed', 'landQuotaGranted', 'landQuotaShortfall', 'homesteadSurplus', 'quotaTradeRevenue'];
		for (const name of required) {
			expect(json.series[name], name).toBeDefined();
			expect(json.series[name]!.values).toHaveLength(18);
			expect(json.series[name]!.values[0]).toHaveLength(5);
		}
		expect(json.series['settled']!.unit).toBe('persons');
		expect(json.series['hukouUrbanizationRate']!.unit).toBe('share');
		for (const p of json.programs) expect(json.series[p.series]).toBeDefined();
		expect(json.programs.map((p) => p.id)).toEqual(['centralReward', 'provincialReward', 'infraCentral', 'infraProvincial']);
		expect(json.targets.find((x) => x.id === 'hukouRate2020')).toMatchObject({year: 2020, target: 0.37});
		expect(json.evaluations.map((e) => e.year)).toEqual([2018, 2020]);
	});
	it('gives province rates as population-weighted (ratio of sums)', () => {
		const y = 3;
		const urban = json.series['urbanHukouPop']!.values.reduce((s, row) => s + row[y]!, 0);
		const total = json.series['hukouPop']!.values.reduce((s, row) => s + row[y]!, 0);
		expect(json.province['hukouUrbanizationRate']![y]).toBeCloseTo(urban / total, 12);
	});
});

describe('alternatives', () => {
	it('town tilt moves reward money from the big central cities to town-heavy units', () => {
		const alt = simulate(openScenario(path('henan-2017-town-tilt.yaml')));
		const u = (id: string) => result.units.findIndex((x) => x.id === id);
		const at = (r: typeof result, id: string) => r.series['centralReward']![t(2020) * 18 + u(id)]!;
		expect(at(alt, 'zhengzhou')).toBeLessThan(at(result, 'zhengzhou'));
		expect(at(alt, 'zhoukou')).toBeGreaterThan(at(result, 'zhoukou'));
		// Settlement itself does not change: only the money does.
		expect(alt.province['settled']![t(2020)]).toBe(result.province['settled']![t(2020)]);
	});
	it('land cap grants at most the cap and reports the shortfall', () => {
		const alt = simulate(openScenario(path('henan-2017-land-cap.yaml')));
		for (let y = 1; y < alt.nYears; y++) {
			expect(alt.province['landQuotaGranted']![y]).toBeLessThanOrEqual(100_000_000 + 1e-6);
			expect(alt.province['landQuotaShortfall']![y]).toBeCloseTo(alt.province['landQuotaNeed']![y]! - alt.province['landQuotaGranted']![y]!, 3);
			expect(alt.province['landQuotaShortfall']![y]).toBeGreaterThan(0);
		}
	});
	it('the 2030 horizon keeps the baseline years identical and starts the cohort phase-down in 2022', () => {
		const alt = simulate(openScenario(path('henan-2017-to-2030.yaml')));
		expect(alt.years.at(-1)).toBe(2030);
		expect(alt.province['hukouUrbanizationRate']![t(2020)]).toBe(result.province['hukouUrbanizationRate']![t(2020)]);
		const i = (y: number) => alt.years.indexOf(y);
		const weighted = alt.province['cohortWeighted']!;
		const added = alt.province['settledWeighted']!;
		expect(weighted[i(2021)]).toBeCloseTo(weighted[i(2020)]! + added[i(2021)]!, 0);
		expect(weighted[i(2022)]).toBeCloseTo(weighted[i(2021)]! * 0.9 + added[i(2022)]!, 0);
	});
});

describe('reuseBuffers (sweeps)', () => {
	it('gives the same numbers as a fresh run, run after run', () => {
		const fresh = simulate(baseline, [{parameter: 'willingness', value: 0.3}]);
		simulate(baseline, [], {reuseBuffers: true});
		const reused = simulate(baseline, [{parameter: 'willingness', value: 0.3}], {reuseBuffers: true});
		for (const name of Object.keys(fresh.series)) expect([...reused.series[name]!], name).toEqual([...fresh.series[name]!]);
		for (const name of Object.keys(fresh.province)) expect([...reused.province[name]!], name).toEqual([...fresh.province[name]!]);
		expect(reused.targets).toEqual(fresh.targets);
	});
});
