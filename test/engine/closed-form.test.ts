/**
 * Each model against hand-computed values on the two-unit, two-year scenario of
 * test/fixtures/tiny (round numbers, see the comments in the fixture).
 */
import {describe, expect, it} from 'vitest';
import {openScenario, simulate} from '../../src/index.js';

const scenario = openScenario(new URL('../fixtures/tiny/tiny.yaml', import.meta.url).pathname);
const r = simulate(scenario);
const at = (name: string, u: number, t = 1) => r.series[name]![t * 2 + u]!;

// Population: rates rise by 1 point (tiny.yaml), residents constant: urban A 510,000, B 205,000.
// Settlement, plan §二: pool × (central·e^(−y/τ) + towns·legal) × willingness × take-up.
const poolA = 510_000 - 300_000;
const poolB = 205_000 - 100_000;
const centralA = 0.5 * Math.exp(-1);
const eligibleA = centralA + 0.5 * 0.8;
const eligibleB = Math.exp(-1);
const settledA = poolA * eligibleA * 0.25;
const settledB = poolB * eligibleB * 0.25;

describe('settlement (plan §二)', () => {
	it('settles pool × eligible × willingness × take-up', () => {
		expect(at('settlementPool', 0)).toBeCloseTo(poolA, 6);
		expect(at('settlementPool', 1)).toBeCloseTo(poolB, 6);
		expect(at('eligibleShare', 0)).toBeCloseTo(eligibleA, 12);
		expect(at('settled', 0)).toBeCloseTo(settledA, 6);
		expect(at('settled', 1)).toBeCloseTo(settledB, 6);
	});
	it('splits the settlers between the central city and the county towns by where they became eligible', () => {
		expect(at('settledCentral', 0)).toBeCloseTo((settledA * centralA) / eligibleA, 6);
		expect(at('settledTowns', 0)).toBeCloseTo((settledA * 0.4) / eligibleA, 6);
		expect(at('settledCentral', 1)).toBeCloseTo(settledB, 6);
	});
	it('opens a small city fully (§二(三)): openCity = 1 applies the legal-residence rule to its central city', () => {
		const open = simulate(scenario, [{parameter: 'openCity', mode: 'set', value: Float64Array.from([0, 1])}]);
		expect(open.series['eligibleShare']![2 + 1]).toBeCloseTo(0.8, 12);
		expect(open.series['settled']![2 + 1]).toBeCloseTo(poolB * 0.8 * 0.25, 6);
		expect(open.series['settled']![2]).toBeCloseTo(settledA, 6);
	});
	it('moves intra-province settlers out of the origin unit, so the province changes only by cross-province settlers', () => {
		// With two units, every intra-province settler of b comes from a and vice versa.
		expect(at('hukouOutflow', 0)).toBeCloseTo(0.3 * settledB, 6);
		expect(at('hukouPop', 0)).toBeCloseTo(1_000_000 + 0.3 * settledA + 0.2 * settledA - 0.3 * settledB, 6);
		expect(r.province['hukouPop']![1]).toBeCloseTo(1_600_000 + 0.2 * (settledA + settledB), 6);
		expect(at('urbanHukouPop', 0)).toBeCloseTo(300_000 + settledA, 6);
		expect(r.province['hukouUrbanizationRate']![1]).toBeCloseTo((400_000 + settledA + settledB) / (1_600_000 + 0.2 * (settledA + settledB)), 12);
	});
	it('gives residence permits to the coverage share of those who did not settle (§三(十))', () => {
		expect(at('permitHolders', 0)).toBeCloseTo(0.5 * (poolA - settledA), 6);
	});
	it('scales the base-year urban hukou by urbanHukouScale (the calibrated 2016 rate)', () => {
		const scaled = simulate(scenario, [{parameter: 'urbanHukouScale', mode: 'set', value: 1.1}]);
		expect(scaled.province['hukouUrbanizationRate']![0]).toBeCloseTo((1.1 * 400_000) / 1_600_000, 12);
		expect(scaled.series['settlementPool']![3]).toBeCloseTo(205_000 - 1.1 * 100_000, 6);
	});
});

describe('citizenization cost: the incremental view (issue 11) and the gross one', () => {
	it('charges infrastructure to the growth of urban residents, not to settlers', () => {
		expect(at('infraNeed', 0)).toBeCloseTo(10_000 * 30_000 * 1.1, 4);
		expect(at('infraNeed', 1)).toBeCloseTo(5_000 * 20_000 * 1.1, 4);
	});
	it('adds housing, school places for children not yet enrolled and the urban–rural minimum-living difference', () => {
		const housingA = settledA * 0.2 * 50_000 * 1.1;
		const schoolPerPerson = 0.5 * (1 - 0.8) * 1000 * 1.1;
		const minLivingPerPerson = 0.02 * (12 * 500 - 4000) * 1.1;
		const perPerson = schoolPerPerson + minLivingPerPerson;
		expect(at('housingCost', 0)).toBeCloseTo(housingA, 4);
		expect(at('schoolPlacesCost', 0)).toBeCloseTo(settledA * schoolPerPerson, 6);
		expect(at('minLivingIncrement', 0)).toBeCloseTo(settledA * minLivingPerPerson, 6);
		expect(at('pensionIncrement', 0)).toBe(0);
		expect(at('permitServiceCost', 0)).toBe(0); // permitServiceShare = 0 in tiny.yaml
		expect(at('citizenizationCost', 0)).toBeCloseTo(housingA + settledA * perPerson, 3);
		expect(at('localCost', 0)).toBeCloseTo(0.6 * (housingA + settledA * perPerson), 3);
	});
	it('keeps the gross view apart: infrastructure per settler, health and schooling on the cohort', () => {
		const infraA = settledA * 30_000 * 1.1;
		const housingA = settledA * 0.2 * 50_000 * 1.1;
		const recurringA = settledA * (100 + 1.1 * 0.5 * 1000);
		expect(at('grossCitizenizationCost', 0)).toBeCloseTo(infraA + housingA + recurringA, 3);
	});
});

describe('transfers (plan §三(一))', () => {
	it('splits the reward pool by origin-weighted settlers and adds the per-capita program', () => {
		const weightedA = settledA * (0.5 + 0.3 * 2 + 0.2 * 3);
		const weightedB = settledB * (0.5 + 0.3 * 2 + 0.2 * 3);
		const shareA = weightedA / (weightedA + weightedB);
		expect(at('reward', 0)).toBeCloseTo(1_000_000 * shareA, 6);
		expect(at('reward', 0) + at('reward', 1)).toBeCloseTo(1_000_000, 6);
		expect(at('bonus', 0)).toBeCloseTo(10 * settledA, 6);
		const adjustmentA = 1000 * 0.5 * (0.3 * settledA + 0.2 * settledA - 0.3 * settledB);
		expect(at('generalTransferAdjustment', 0)).toBeCloseTo(adjustmentA, 6);
		expect(at('transfers', 0)).toBeCloseTo(1_000_000 * shareA + 10 * settledA + adjustmentA, 6);
		expect(at('fiscalGap', 0)).toBeCloseTo(at('localCost', 0) - at('transfers', 0), 4);
	});
	it('the general-transfer adjustment moves money from origin to destination: it adds up to the cross-province part', () => {
		expect(at('generalTransferAdjustment', 0) + at('generalTransferAdjustment', 1)).toBeCloseTo(1000 * 0.5 * 0.2 * (settledA + settledB), 6);
	});
});

describe('infrastructure subsidies and financing (§三(二), §三(四))', () => {
	it('allocates the subsidy by need within the cap, then matching, bonds, PPP and the unfunded rest', () => {
		const needA = 10_000 * 33_000;
		const needB = 5_000 * 22_000;
		const subsidyA = Math.min(0.5 * needA, (1e8 * needA) / (needA + needB));
		expect(at('infraSubsidy', 0)).toBeCloseTo(subsidyA, 3);
		const rest = needA - 2 * subsidyA;
		expect(at('infraLocalMatch', 0)).toBeCloseTo(subsidyA, 3);
		expect(at('infraBond', 0)).toBeCloseTo(0.5 * rest, 3);
		expect(at('infraPpp', 0)).toBeCloseTo(0.25 * rest, 3);
		expect(at('infraUnfunded', 0)).toBeCloseTo(0.25 * rest, 3);
	});
});

describe('land (§三(三), §三(五), 国土资发〔2016〕123号, Henan 2017 rules)', () => {
	const townsA = (settledA * 0.4) / eligibleA;
	const centralSettledA = settledA - townsA;
	it('gives each part its own tier: the central city by its land, the county towns by theirs', () => {
		expect(at('landPerCapita', 0, 0)).toBeCloseTo(100, 9); // 25 km² / 250,000 central-city residents
		expect(at('townLandPerCapitaNow', 0, 0)).toBeCloseTo(120, 9); // townLandPerCapita of the fixture
		expect(at('landPerCapita', 1, 0)).toBeCloseTo(150, 9);
		expect(at('landStandardCentral', 0)).toBe(100);
		expect(at('landStandardTowns', 0)).toBe(80);
		expect(at('landStandardCentral', 1)).toBe(80);
		expect(at('landQuotaNeed', 0)).toBeCloseTo(100 * centralSettledA + 80 * townsA, 6);
		expect(at('landQuotaGranted', 1)).toBeCloseTo(80 * settledB, 6);
	});
	it('adds the grant to the part where the settlers settle', () => {
		const own = at('homesteadUsedOwn', 0) + at('quotaTradeBought', 0);
		const added = at('landQuotaGranted', 0) + own;
		const centralShare = (100 * centralSettledA) / (100 * centralSettledA + 80 * townsA);
		expect(at('existingLand', 0)).toBeCloseTo(25e6 + added * centralShare, 4);
		expect(at('townsLand', 0)).toBeCloseTo(250_000 * 120 + added * (1 - centralShare), 4);
	});
	it('applies the ±10% of the Henan rules to both parts', () => {
		const up = simulate(scenario, [{parameter: 'landAdjustment', mode: 'set', value: 0.1}]);
		expect(up.series['landStandardCentral']![2]).toBeCloseTo(110, 9);
		expect(up.series['landStandardTowns']![2]).toBeCloseTo(88, 9);
	});
	it('gives no land to the central city of a 特大 city from the year the rule applies', () => {
		const mega = simulate(scenario, [
			{parameter: 'megaCityFromYear', mode: 'set', value: 2017},
			{parameter: 'megaCityThreshold', mode: 'set', value: 220_000},
		]);
		expect(mega.series['landStandardCentral']![2]).toBe(0); // a: 250,000 central-city residents
		expect(mega.series['landStandardTowns']![2]).toBe(80);
		expect(mega.series['landStandardCentral']![3]).toBe(80); // b: 200,000, below the threshold
	});
	it('turns homestead exit into surplus quota sold at the intra-province price', () => {
		const households = (0.5 * settledA + 0.3 * settledB) / 4;
		const surplusMu = households * 0.1 * 0.5 * 0.8;
		expect(at('homesteadSurplus', 0)).toBeCloseTo((surplusMu * 10_000) / 15, 4);
		expect(at('quotaTradeRevenue', 0)).toBeCloseTo(surplusMu * 200_000, 2);
		expect(at('exitCompensationPaid', 0)).toBeCloseTo(surplusMu * 100_000, 2);
	});
});

describe('monitoring (§一(三), §四)', () => {
	it('checks each target in each year it applies to', () => {
		expect(r.targets).toHaveLength(1);
		expect(r.targets[0]!.value).toBeCloseTo(r.province['hukouUrbanizationRate']![1]!, 12);
		expect(r.targets[0]!.met).toBe(r.targets[0]!.value >= 0.3);
	});
	it('has a 2016 base year with stocks from the data and zero flows', () => {
		expect(at('settled', 0, 0)).toBe(0);
		expect(at('hukouUrbanizationRate', 0, 0)).toBeCloseTo(0.3, 12);
		expect(r.province['transfers']![0]).toBe(0);
	});
});
