import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {largestRemainder} from '../../src/allocation/largest-remainder.js';
import {programDetail} from '../../src/allocation/program-detail.js';
import {allocationTable, programYearIndices, PUBLISHED_YUAN, type Bound} from '../../src/allocation/table.js';
import {explain} from '../../src/explain/index.js';
import {openFixture} from '../fixtures/allocation/open.js';
import {openRun} from '../fixtures/compare/scenarios.js';

/** The bound explain names in its note (src/explain/block.ts). */
function explainedBound(note: string | undefined): Bound {
	if (!note) return 'none';
	if (note.startsWith('not eligible')) return 'eligibility';
	if (note.includes('(封顶) binds')) return 'cap';
	if (note.includes('(保底) binds')) return 'floor';
	if (note.startsWith('no bound binds') || note.startsWith('proportional')) return 'none';
	throw new Error(`explain note not understood: ${note}`);
}

const runs = () => [openRun('henan-2017.yaml'), openRun('henan-2017-town-tilt.yaml'), openFixture('compare/reward-cap-10.yaml'), openFixture('allocation/floor-3.yaml'), openFixture('allocation/cap-5.yaml')];

describe('largest remainder', () => {
	it('adds up exactly to the total and moves each part by less than 1', () => {
		fc.assert(
			fc.property(fc.array(fc.double({min: 0, max: 1e7, noNaN: true}), {minLength: 1, maxLength: 40}), (values) => {
				const total = Math.round(values.reduce((a, b) => a + b, 0));
				const out = largestRemainder(values, total);
				expect(out.reduce((a, b) => a + b, 0)).toBe(total);
				out.forEach((p, i) => {
					expect(Number.isInteger(p)).toBe(true);
					expect(Math.abs(p - values[i]!)).toBeLessThan(1);
				});
			}),
		);
	});

	it('gives the missing units to the largest remainders, ties to the earlier part', () => {
		// 3 × 33.333… = 100: one unit missing, the first part gets it.
		expect(largestRemainder([100 / 3, 100 / 3, 100 / 3], 100)).toEqual([34, 33, 33]);
		expect(largestRemainder([1.2, 2.7, 3.1], 7)).toEqual([1, 3, 3]);
		expect(largestRemainder([0.5, 0.5], 1)).toEqual([1, 0]);
	});
});

describe('the allocation table', () => {
	it('publishes whole 万元 that add up exactly to the rounded pool, for every program and year', () => {
		let checked = 0;
		for (const {scenario, result} of runs()) {
			for (const p of result.programs) {
				for (const t of programYearIndices(result.years)) {
					const table = allocationTable(scenario, result, p.id, t);
					const json = JSON.parse(JSON.stringify(table)) as typeof table;
					const published = json.units.map((u) => u.published);
					expect(published.every(Number.isInteger)).toBe(true);
					const sum = published.reduce((a, b) => a + b, 0);
					expect(sum).toBe(json.total.published);
					expect(sum).toBe(Math.round((p.pool[t]! - p.unallocated[t]!) / PUBLISHED_YUAN));
					if (p.unallocated[t] === 0) expect(sum).toBe(Math.round(json.pool / PUBLISHED_YUAN));
					json.units.forEach((u) => expect(Math.abs(u.published - u.amount / PUBLISHED_YUAN)).toBeLessThan(1));
					checked++;
				}
			}
		}
		// Every program of every scenario, every simulated year.
		expect(checked).toBe(runs().reduce((n, {result}) => n + result.programs.length * programYearIndices(result.years).length, 0));
	});

	it('shows the run’s amounts and the contract’s fields', () => {
		const {scenario, result} = openRun('henan-2017.yaml');
		const t = result.years.indexOf(2018);
		const table = JSON.parse(JSON.stringify(allocationTable(scenario, result, 'centralReward', t)));
		expect(Object.keys(table)).toEqual(expect.arrayContaining(['program', 'name_zh', 'name_en', 'year', 'pool', 'units', 'total']));
		expect(table.program).toBe('centralReward');
		expect(table.name_zh).toBe('中央财政农业转移人口市民化奖励资金');
		expect(table.year).toBe(2018);
		expect(table.pool).toBe(result.programs.find((p) => p.id === 'centralReward')!.pool[t]);
		const zz = table.units[0];
		expect(Object.keys(zz)).toEqual(expect.arrayContaining(['id', 'name_zh', 'name_en', 'factors', 'coefficient', 'shareBeforeBounds', 'share', 'bound', 'amount', 'published']));
		expect(Object.keys(zz.factors)).toEqual(['settlers', 'permits', 'difficulty']);
		const n = result.nUnits;
		table.units.forEach((u: {amount: number}, k: number) => expect(u.amount).toBe(result.series['centralReward']![t * n + k]));
		// Factor shares of each factor add up to 1; the weighted share is Σ w·share (weights 0.6/0.2/0.2).
		for (const f of ['settlers', 'permits', 'difficulty']) expect(table.units.reduce((a: number, u: {factors: Record<string, {share: number}>}) => a + u.factors[f]!.share, 0)).toBeCloseTo(1, 12);
		expect(zz.weightedShare).toBeCloseTo(0.6 * zz.factors.settlers.share + 0.2 * zz.factors.permits.share + 0.2 * zz.factors.difficulty.share, 14);
		// Zhengzhou's coefficient: centralCityShare + (1 − centralCityShare) × townTilt with townTilt 1.2.
		expect(zz.coefficient).toBeCloseTo(0.75 + 0.25 * 1.2, 12);
	});

	it('names the bound explain names, unit by unit and year by year', () => {
		const seen = new Set<Bound>();
		for (const {scenario, result} of [openFixture('compare/reward-cap-10.yaml'), openFixture('allocation/floor-3.yaml'), openRun('henan-2017.yaml')]) {
			for (const p of result.programs.filter((x) => x.kind !== 'perCapita')) {
				for (const t of programYearIndices(result.years)) {
					const table = allocationTable(scenario, result, p.id, t);
					for (const row of table.units) {
						const e = explain(scenario, result, {series: p.id, unit: row.id, year: result.years[t]!, depth: 0});
						expect(row.bound, `${p.id} ${row.id} ${result.years[t]}`).toBe(explainedBound(e.tree.note));
						expect(row.amount).toBeCloseTo(e.tree.value, 6);
						seen.add(row.bound);
					}
				}
			}
		}
		expect([...seen].sort()).toEqual(['cap', 'eligibility', 'floor', 'none']);
	});

	it('names a bound by what it means: at the cap, at the floor, between them, nothing for the ineligible', () => {
		// Independent of boundOf and of explain's note: the definition of each bound on the program's own arrays.
		const seen = new Set<Bound>();
		for (const {scenario, result} of runs()) {
			for (const p of result.programs.filter((x) => x.kind !== 'perCapita')) {
				for (const t of programYearIndices(result.years)) {
					const detail = programDetail(scenario, result, p.id, t);
					allocationTable(scenario, result, p.id, t).units.forEach((row, u) => {
						const [amount, floor, cap] = [detail.amount[u]!, detail.floor[u]!, detail.cap[u]!];
						const at = (x: number) => Math.abs(amount - x) <= 1e-9 * Math.max(1, Math.abs(x));
						const where = `${p.id} ${row.id} ${result.years[t]}: amount ${amount}, floor ${floor}, cap ${cap}`;
						seen.add(row.bound);
						// Not eligible, and only then: nothing (its floor and cap are 0 too, so 'cap' would also fit the amount).
						expect(row.bound === 'eligibility', where).toBe(!detail.eligible[u]);
						if (row.bound === 'eligibility') expect(amount, where).toBe(0);
						else if (row.bound === 'cap') expect(at(cap), where).toBe(true);
						else if (row.bound === 'floor') expect(at(floor) || amount < floor, where).toBe(true);
						else expect(!at(cap) && !at(floor) && amount > floor && amount < cap, where).toBe(true);
					});
				}
			}
		}
		expect([...seen].sort()).toEqual(['cap', 'eligibility', 'floor', 'none']);
	});

	it('reports floors when the floors alone exceed the pool, and the published column still adds up', () => {
		const {scenario, result} = openFixture('allocation/floor-6.yaml');
		const table = allocationTable(scenario, result, 'centralReward', 1);
		expect(table.units.every((u) => u.bound === 'floor')).toBe(true);
		// Each unit gets its floor (6% of the pool) scaled by 1/1.08.
		table.units.forEach((u) => expect(u.share).toBeCloseTo(0.06 / 1.08, 12));
		expect(table.total.published).toBe(Math.round(table.pool / PUBLISHED_YUAN));
	});

	it('counts a cap of 5% over 18 cities as 90% handed out', () => {
		const {scenario, result} = openFixture('allocation/cap-5.yaml');
		const table = allocationTable(scenario, result, 'centralReward', 1);
		expect(table.units.every((u) => u.bound === 'cap')).toBe(true);
		expect(table.unallocated).toBeCloseTo(0.1 * table.pool, 3);
		expect(table.total.published).toBe(Math.round((0.9 * table.pool) / PUBLISHED_YUAN));
	});
});
