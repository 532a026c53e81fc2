/**
 * Scaling curves against closed forms on the three-unit fixture: land need = settled × tier standard,
 * breakpoints exactly at the tier change, the eligibility threshold and the provincial land cap.
 */
import {describe, expect, it} from 'vitest';
import {scaleCurve} from '../../src/scale/index.js';
import {ALPHA_LAND, ALPHA_RESIDENTS, fixture, MIN_SETTLERS, range, TIER_SWITCH} from './helpers.js';

const settled = range(0, 100_000, 11);
const curve = scaleCurve(fixture, {unit: 'alpha', year: 2017, settled});

describe('land (123号 tiers, plan §三(三))', () => {
	it('needs exactly settled × 100 m² in the year (the tier of the start-of-year land per person)', () => {
		for (const p of curve.points) {
			expect(p.values['landStandard']).toBe(100);
			expect(p.values['landQuotaNeed']).toBe(p.settled * 100);
			expect(p.values['landQuotaGranted']).toBe(p.settled * 100);
		}
		for (const m of curve.marginal['landQuotaNeed']!) expect(m).toBeCloseTo(100, 9);
		// Linear through the origin: elasticity 1 on every interval not starting at 0.
		for (const e of curve.elasticity['landQuotaNeed']!) expect(e).toBeCloseTo(1, 12);
	});

	it('changes next year’s standard from 100 to 80 m² exactly where land per person passes 100 m²', () => {
		expect(TIER_SWITCH).toBe(50_000);
		for (const p of curve.points) {
			const perCapita = (ALPHA_LAND + 100 * p.settled) / ALPHA_RESIDENTS;
			expect(p.values['landStandardNext']).toBe(perCapita <= 100 ? 100 : 80);
		}
		const tier = curve.breakpoints.filter((b) => b.kind === 'landTier');
		expect(tier).toHaveLength(1);
		expect(tier[0]!.series).toBe('landStandardNext');
		expect(tier[0]!.unit).toBe('alpha');
		expect(tier[0]!.from).toBe(100);
		expect(tier[0]!.to).toBe(80);
		expect(tier[0]!.settled).toBeGreaterThan(TIER_SWITCH);
		expect(tier[0]!.settled - TIER_SWITCH).toBeLessThan(0.002);
	});

	it('shows the tier in the next year: 2018 need = 2018 settlers × next year’s standard', () => {
		for (const p of curve.points) {
			const settled2018 = p.through['settled']! - p.values['settled']!;
			const need2018 = p.through['landQuotaNeed']! - p.values['landQuotaNeed']!;
			expect(need2018).toBeCloseTo(settled2018 * p.values['landStandardNext']!, 4);
		}
	});

	it('reports the provincial land cap where Σ need passes it, and scales grants down beyond', () => {
		const others = curve.points[0]!.others['landQuotaNeed']!;
		const cap = others + 100 * 60_000;
		const capped = scaleCurve(fixture, {unit: 'alpha', year: 2017, settled, overrides: [{parameter: 'landProvincialCap', value: cap}]});
		const at = capped.breakpoints.filter((b) => b.kind === 'landCap');
		expect(at).toHaveLength(1);
		expect(at[0]!.series).toBe('landQuotaGranted');
		expect(at[0]!.settled - 60_000).toBeGreaterThanOrEqual(0);
		expect(at[0]!.settled - 60_000).toBeLessThan(0.002);
		for (const p of capped.points) {
			const need = 100 * p.settled;
			expect(p.values['landQuotaNeed']).toBe(need);
			const total = need + p.others['landQuotaNeed']!;
			expect(p.values['landQuotaGranted']).toBeCloseTo(total <= cap ? need : (need * cap) / total, 4);
			expect(p.values['landQuotaGranted']! + p.others['landQuotaGranted']!).toBeLessThanOrEqual(cap * (1 + 1e-12));
		}
	});
});

describe('eligibility (infrastructure subsidies, plan §三(二))', () => {
	it('finds the threshold settled >= infraSubsidyMinSettlers exactly', () => {
		const eligible = curve.breakpoints.filter((b) => b.kind === 'eligibility' && b.series === b.program);
		expect(eligible.map((b) => b.program).sort()).toEqual(['infraCentral', 'infraProvincial']);
		for (const b of eligible) {
			expect(b.unit).toBe('alpha');
			expect(b.from).toBe(false);
			expect(b.to).toBe(true);
			expect(b.settled).toBeGreaterThanOrEqual(MIN_SETTLERS);
			expect(b.settled - MIN_SETTLERS).toBeLessThan(0.002);
		}
		for (const p of curve.points) expect(p.values['infraSubsidy']! > 0).toBe(p.settled >= MIN_SETTLERS);
		// The subsidy total bends there too, through its programs.
		expect(curve.breakpoints.some((b) => b.series === 'infraSubsidy' && b.kind === 'eligibility')).toBe(true);
	});

	it('reports nothing for a linear series: no breakpoint on the land need', () => {
		expect(curve.breakpoints.filter((b) => b.series === 'landQuotaNeed')).toEqual([]);
	});
});
