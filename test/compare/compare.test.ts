import {beforeAll, describe, expect, it} from 'vitest';
import {compareRuns, comparisonCsv, IncomparableError, type Comparison} from '../../src/compare/index.js';
import {openRun, type Opened} from '../fixtures/compare/scenarios.js';

let base: Opened;
let tilt: Opened;
let cap: Opened;
beforeAll(() => {
	base = openRun('henan-2017.yaml');
	tilt = openRun('henan-2017-town-tilt.yaml');
	cap = openRun('henan-2017-land-cap.yaml');
});

describe('a scenario against itself', () => {
	let c: Comparison;
	beforeAll(() => {
		c = compareRuns(base, base);
	});

	it('changes nothing: every delta and percentage is 0', () => {
		expect(c.changedParameters).toEqual([]);
		expect(Object.keys(c.deltas.series).length).toBe(base.scenario.seriesInfo.length);
		for (const d of Object.values(c.deltas.series)) {
			for (const row of d.abs) for (const v of row) expect(v).toBe(0);
			for (const row of d.pct) for (const v of row) expect(v).toBe(0);
		}
		for (const d of Object.values(c.deltas.province)) {
			expect(d.abs.every((v) => v === 0)).toBe(true);
			expect(d.pct.every((v) => v === 0)).toBe(true);
		}
	});

	it('has no gainers, no losers and no target that differs', () => {
		for (const p of c.programs) {
			expect(p.gainers).toEqual([]);
			expect(p.losers).toEqual([]);
			expect(p.total.every((r) => r.abs === 0)).toBe(true);
		}
		expect(c.targets.length).toBe(base.result.targets.length);
		expect(c.targets.some((t) => t.differs)).toBe(false);
		expect(c.evaluations.every((e) => e.changed.length === 0 && e.passedBase === e.passedAlt)).toBe(true);
	});
});

describe('the town-tilt alternative', () => {
	let c: Comparison;
	beforeAll(() => {
		c = compareRuns(base, tilt);
	});

	it('lists the changed parameters with their values and metadata', () => {
		const tiltChange = c.changedParameters.find((p) => p.path === 'parameters.transfers.townTilt.values');
		expect(tiltChange).toMatchObject({parameter: 'townTilt', base: 1.2, alt: 2, status: 'user', label_zh: '向县城和小城镇倾斜系数'});
		const cap = c.changedParameters.find((p) => p.path === 'parameters.transfers.rewardCapShare.values');
		expect(cap).toMatchObject({base: 1, alt: 0.2});
		// Value changes come before metadata-only changes (status, notes).
		const firstMeta = c.changedParameters.findIndex((p) => /\.(status|note)$/.test(p.path));
		expect(c.changedParameters.slice(0, firstMeta).every((p) => p.path.endsWith('.values'))).toBe(true);
		expect(c.changedParameters.some((p) => p.path.startsWith('name'))).toBe(false);
	});

	it('reports alternative − base for each unit and year, from the two runs', () => {
		const n = base.result.nUnits;
		const d = c.deltas.series['centralReward']!;
		for (let u = 0; u < n; u++) {
			for (let t = 0; t < c.years.length; t++) {
				const b = base.result.series['centralReward']![t * n + u]!;
				const a = tilt.result.series['centralReward']![t * n + u]!;
				expect(d.base[u]![t]).toBe(b);
				expect(d.alt[u]![t]).toBe(a);
				expect(d.abs[u]![t]).toBe(a - b);
				expect(d.pct[u]![t]).toBe(a === b ? 0 : (a - b) / Math.abs(b));
			}
		}
	});

	it('moves reward money between cities without changing the pool: gains equal losses', () => {
		for (const id of ['centralReward', 'provincialReward']) {
			const p = c.programs.find((x) => x.id === id)!;
			expect(p.pool.alt).toEqual(p.pool.base);
			const gained = p.gainers.reduce((s, r) => s + r.abs, 0);
			const lost = p.losers.reduce((s, r) => s + r.abs, 0);
			expect(gained).toBeGreaterThan(0);
			expect(gained + lost).toBeCloseTo(0, 0);
			// Gainers by largest gain, losers by largest loss.
			expect(p.gainers.map((r) => r.abs)).toEqual([...p.gainers.map((r) => r.abs)].sort((a, b) => b - a));
			expect(p.losers.map((r) => r.abs)).toEqual([...p.losers.map((r) => r.abs)].sort((a, b) => a - b));
			// Zhengzhou, the big city, is capped at 20% of the pool and loses.
			expect(p.losers[0]!.unit).toBe('zhengzhou');
		}
		// The general-transfer adjustment (a finance series, not a program) does not move with the tilt.
		expect(c.deltas.province['generalTransferAdjustment']!.abs.every((v) => v === 0)).toBe(true);
	});

	it('leaves settlement untouched (the tilt only moves money)', () => {
		expect(c.deltas.province['settled']!.abs.every((v) => v === 0)).toBe(true);
		expect(c.targets.some((t) => t.differs)).toBe(false);
	});
});

describe('the land-cap alternative', () => {
	it('grants the cap and reports the shortfall', () => {
		const c = compareRuns(base, cap, {years: [2018], series: ['landQuotaGranted', 'landQuotaShortfall']});
		expect(c.years).toEqual([2018]);
		expect(Object.keys(c.deltas.series)).toEqual(['landQuotaGranted', 'landQuotaShortfall']);
		const granted = c.deltas.province['landQuotaGranted']!;
		expect(granted.alt[0]).toBeCloseTo(1e8, 0);
		expect(granted.abs[0]).toBeCloseTo(1e8 - granted.base[0]!, 0);
		// The need itself moves (less land granted in 2017 changes 2018's land per person and tier).
		const altNeed = cap.result.province['landQuotaNeed']![cap.result.years.indexOf(2018)]!;
		expect(c.deltas.province['landQuotaShortfall']!.base[0]).toBe(0);
		expect(c.deltas.province['landQuotaShortfall']!.alt[0]).toBeCloseTo(altNeed - 1e8, 0);
		expect(c.changedParameters.map((p) => p.path)).toContain('options.landCapRule');
	});
});

describe('bad requests', () => {
	it('names a year outside the runs and an unknown series', () => {
		expect(() => compareRuns(base, tilt, {years: [2031]})).toThrow(IncomparableError);
		expect(() => compareRuns(base, tilt, {series: ['setled']})).toThrow(/unknown series "setled"/);
	});
});

describe('CSV', () => {
	it('has one row per unit, series and year, and per province series and year', () => {
		const c = compareRuns(base, base, {years: [2017, 2018]});
		const lines = comparisonCsv([c]).trimEnd().split('\n');
		expect(lines[0]).toBe('alternative,scope,unit,name_zh,name_en,series,year,base,alt,abs,pct');
		const nSeries = Object.keys(c.deltas.series).length;
		const nProvince = Object.keys(c.deltas.province).length;
		expect(lines.length - 1).toBe((nSeries * base.result.nUnits + nProvince) * 2);
		expect(lines.find((l) => l.includes(',unit,zhengzhou,郑州,Zhengzhou,settled,2018,'))!.split(',').slice(-2)).toEqual(['0', '0']);
	});
});
