/**
 * Each model against hand-computed values on the two-unit, two-year scenario of
 * test/fixtures/tiny (round numbers, see the comments in the fixture).
 */
import {describe, expect, it} from 'vitest';
import {openScenario, simulate} from '../../src/index.js';

const scenario = openScenario(new URL('../fixtures/tiny/tiny.yaml', import.meta.url).pathname);
const r = simulate(scenario);
const at = (name: string, u: number, t = 1) => r.series[name]![t * 2 + u]!;

// Settlement, plan §二: pool × (central·e^(−y/τ) + towns·legal) × willingness × take-up.
const eligibleA = 0.5 * Math.exp(-1) + 0.5 * 0.8;
const eligibleB = Math.exp(-1);
const settledA = 200_000 * eligibleA * 0.25;
const settledB = 100_000 * eligibleB * 0.25;

describe('settlement (plan §二)', () => {
	it('settles pool × eligible × willingness × take-up', () => {
		expect(at('settlementPool', 0)).toBeCloseTo(200_000, 6);
		expect(at('settlementPool', 1)).toBeCloseTo(100_000, 6);
		expect(at('eligibleShare', 0)).toBeCloseTo(eligibleA, 12);
		expect(at('settled', 0)).toBeCloseTo(settledA, 6);
		expect(at('settled', 1)).toBeCloseTo(settledB, 6);
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
		expect(at('permitHolders', 0)).toBeCloseTo(0.5 * (200_000 - settledA), 6);
	});
});

describe('citizenization cost', () => {
	it('adds one-off infrastructure and housing to recurring services on the cohort, grown by the cost index', () => {
		const infraA = settledA * 30_000 * 1.1;
		const housingA = settledA * 0.2 * 50_000 * 1.1;
		const recurringA = settledA * (100 + 1.1 * 0.5 * 1000);
		expect(at('infraNeed', 0)).toBeCloseTo(infraA, 4);
		expect(at('infraNeed', 1)).toBeCloseTo(settledB * 20_000 * 1.1, 4);
		expect(at('citizenizationCost', 0)).toBeCloseTo(infraA + housingA + recurringA, 3);
		expect(at('localCost', 0)).toBeCloseTo(0.6 * (infraA + housingA + recurringA), 3);
	});
});

describe('transfers (plan §三(一))', () => {
	it('splits the reward pool by origin-weighted settlers and adds the per-capita program', () => {
		const shareA = settledA / (settledA + settledB);
		expect(at('reward', 0)).toBeCloseTo(1_000_000 * shareA, 6);
		expect(at('reward', 0) + at('reward', 1)).toBeCloseTo(1_000_000, 6);
		expect(at('bonus', 0)).toBeCloseTo(10 * settledA, 6);
		expect(at('transfers', 0)).toBeCloseTo(1_000_000 * shareA + 10 * settledA, 6);
		expect(at('fiscalGap', 0)).toBeCloseTo(at('localCost', 0) - at('transfers', 0), 4);
	});
});

describe('infrastructure subsidies and financing (§三(二), §三(四))', () => {
	it('allocates the subsidy by need within the cap, then matching, bonds, PPP and the unfunded rest', () => {
		const needA = settledA * 33_000;
		const needB = settledB * 22_000;
		const subsidyA = (1e8 * needA) / (needA + needB);
		expect(at('infraSubsidy', 0)).toBeCloseTo(subsidyA, 3);
		const rest = needA - 2 * subsidyA;
		expect(at('infraLocalMatch', 0)).toBeCloseTo(subsidyA, 3);
		expect(at('infraBond', 0)).toBeCloseTo(0.5 * rest, 3);
		expect(at('infraPpp', 0)).toBeCloseTo(0.25 * rest, 3);
		expect(at('infraUnfunded', 0)).toBeCloseTo(0.25 * rest, 3);
	});
});

describe('land (§三(三), §三(五), 国土资发〔2016〕123号)', () => {
	it('uses the tier of land per person at the start of the year', () => {
		expect(at('landPerCapita', 0, 0)).toBeCloseTo(100, 9); // 25 km² / 250,000 central-city residents
		expect(at('landPerCapita', 1, 0)).toBeCloseTo(150, 9);
		expect(at('landStandard', 0)).toBe(100);
		expect(at('landStandard', 1)).toBe(80);
		expect(at('landQuotaNeed', 0)).toBeCloseTo(100 * settledA, 6);
		expect(at('landQuotaGranted', 1)).toBeCloseTo(80 * settledB, 6);
		expect(at('existingLand', 0)).toBeCloseTo(25e6 + 100 * settledA, 4);
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
