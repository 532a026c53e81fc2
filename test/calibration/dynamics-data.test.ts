/**
 * scenarios/data/henan-units-dynamics.csv (issue 11, read by nothing yet): one row per unit of the
 * units table, every derived rate recomputes from the figures in the same row and the 2016 table,
 * and every row says where its figures come from.
 */
import {readFileSync} from 'node:fs';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const table = (file: string) => parse(readFileSync(`${root}scenarios/data/${file}`, 'utf8'), {columns: true, skip_empty_lines: true}) as Record<string, string>[];

describe('henan-units-dynamics.csv', () => {
	const units = table('henan-2016-units.csv');
	const dynamics = table('henan-units-dynamics.csv');
	const base = new Map(units.map((u) => [u['id']!, u]));

	it('has one row per unit of the 2016 table, in the same order', () => {
		expect(dynamics.map((d) => d['id'])).toEqual(units.map((u) => u['id']));
	});
	it('recomputes every growth and rise from the observed year and the 2016 base', () => {
		const derived = dynamics.filter((d) => d['residentGrowth'] !== '');
		expect(derived.map((d) => d['id'])).toEqual(['zhengzhou', 'kaifeng', 'luoyang', 'xuchang', 'nanyang']);
		for (const d of derived) {
			const b = base.get(d['id']!)!;
			const years = Number(d['obsYear']) - 2016;
			const p0 = Number(b['residentPop_10k']);
			const u0 = Number(b['urbanResidentPop_10k']);
			const p = Number(d['residentPop_obs_10k']);
			const u = Number(d['urbanResidentPop_obs_10k']);
			expect(Number(d['residentGrowth'])).toBeCloseTo((p / p0) ** (1 / years) - 1, 5);
			expect(Number(d['residentUrbanizationRise'])).toBeCloseTo((u / p - u0 / p0) / years, 5);
		}
	});
	it('gives a status and a source for every figure, and flags the census as a series break', () => {
		for (const d of dynamics) {
			expect(d['dynamics_status']).not.toBe('');
			expect(d['dynamics_source']).not.toBe('');
			expect(d['urbanLand2016_status']).not.toBe('');
			if (d['residentPop2020census_10k'] !== '') expect(d['census_source']).toContain('series break');
		}
		expect(dynamics.find((d) => d['id'] === 'zhengzhou')!['urbanLand2016_km2']).toBe('744.77');
	});
});
