/**
 * One declaration per land unit (src/format/display-unit.ts): 公顷 without --land-unit is the 公顷
 * of `--land-unit ha`, and an area written in 亩 (measure mu) is shown in the chosen unit like one in
 * m². The same text and Excel format on every path: run and explain tables (cli/format/quantity.ts
 * show), the report (src/report/format.ts fmt) and the workbooks (src/xlsx/measure.ts, a run workbook).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {afterAll, describe, expect, it} from 'vitest';
import {show} from '../../cli/format/quantity.js';
import type {Measure} from '../../src/engine/types.js';
import {displayUnit, M2_PER_MU, type LandUnit} from '../../src/format/display-unit.js';
import {fmt} from '../../src/report/format.js';
import {sheetUnit, toSheet, writeRunXlsx} from '../../src/xlsx/index.js';
import {openRun, ROOT} from '../fixtures/compare/scenarios.js';
import {cli as run} from '../validation/cli-helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-land-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(file);
	const rows: unknown[][] = [];
	wb.getWorksheet(sheet)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
	return rows;
}

/** 1,500 公顷 = 22,500 亩 (1 公顷 = 15 亩) = 2.25 万亩, as m² and as 亩. */
const AREA: Record<'m2' | 'mu', number> = {m2: 1.5e7, mu: 22_500};
const EXPECTED: Record<'none' | LandUnit, {zh: string; en: string; text: string; value: number; numFmt: string}> = {
	none: {zh: '公顷', en: 'ha', text: '1,500.0', value: 1500, numFmt: '#,##0.0'},
	ha: {zh: '公顷', en: 'ha', text: '1,500.0', value: 1500, numFmt: '#,##0.0'},
	mu: {zh: '亩', en: 'mu', text: '22,500', value: 22_500, numFmt: '#,##0'},
	'10k-mu': {zh: '万亩', en: '10k mu', text: '2.25', value: 2.25, numFmt: '#,##0.00'},
};

describe('land display units', () => {
	for (const [key, e] of Object.entries(EXPECTED)) {
		const options = key === 'none' ? {} : {land: key as LandUnit};
		for (const measure of ['m2', 'mu'] as const satisfies readonly Measure[]) {
			it(`${measure} with ${key === 'none' ? 'no --land-unit' : `--land-unit ${key}`}: ${e.text} ${e.zh} in tables, the report and workbooks`, () => {
				const v = AREA[measure];
				expect(displayUnit(measure, options)).toMatchObject({zh: e.zh, en: e.en, numFmt: e.numFmt});
				expect(show(v, measure, options)).toBe(e.text);
				expect(fmt(v, measure, undefined, options)).toBe(e.text);
				expect(sheetUnit(measure, options)).toMatchObject({zh: e.zh, en: e.en, numFmt: e.numFmt});
				expect(toSheet(v, measure, options)).toBeCloseTo(e.value, 9);
			});
		}
	}
	it('no option is --land-unit ha, unit for unit', () => {
		for (const m of ['m2', 'mu'] as const) expect(displayUnit(m)).toEqual(displayUnit(m, {land: 'ha'}));
		expect(displayUnit('mu', {land: 'mu'}).divisor).toBe(1);
		expect(displayUnit('m2', {land: 'mu'}).divisor).toBe(M2_PER_MU);
	});
	it('a run workbook formats its land columns alike with no option and with --land-unit ha', async () => {
		const {scenario, result} = openRun('henan-2017.yaml');
		const formats = async (options: {land?: LandUnit}) => {
			const wb = new ExcelJS.Workbook();
			const bytes = await writeRunXlsx(scenario, result, options);
			await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
			const ws = wb.getWorksheet('Units 各市')!;
			const names = (ws.getRow(2).values as unknown[]).slice(1);
			const col = names.indexOf('landQuotaNeed') + 1;
			return {unit: ws.getCell(5, col).value, numFmt: ws.getCell(7, col).numFmt};
		};
		const none = await formats({});
		expect(none).toEqual({unit: '公顷 ha', numFmt: '#,##0.0'});
		expect(await formats({land: 'ha'})).toEqual(none);
		expect(await formats({land: 'mu'})).toEqual({unit: '亩 mu', numFmt: '#,##0'});
	});
	it('compare --format xlsx follows --land-unit like the compare table (spawned)', async () => {
		const file = path.join(tmp, 'compare-mu.xlsx');
		const r = run(['compare', 'scenarios/henan-2017.yaml', 'scenarios/henan-2017-land-cap.yaml', '--land-unit', 'mu', '--out', file], ROOT);
		expect(r.status, r.stderr).toBe(0);
		const province = await sheetRows(file, 'Province Δ 全省');
		const need = province.find((row) => row[1] === 'landQuotaNeed')!;
		expect(need.slice(4, 6)).toEqual(['亩', 'mu']);
		const base = openRun('henan-2017.yaml').result;
		const year = need[6] as number;
		expect(need[7] as number).toBeCloseTo(base.province['landQuotaNeed']![base.years.indexOf(year)]! / M2_PER_MU, 6);
	});
});

describe('per-household standards', () => {
	// A homestead standard (0.4 亩/户) and a household size (3.2 人/户) are not totals: they are shown as
	// stated, whatever unit the land totals are in (as totals they read "0.0 公顷" and "0.00 万人").
	it.each([undefined, 'ha', 'mu', '10k-mu'] as const)('reads 0.40 亩/户 and 3.20 人/户 with --land-unit %s', (land) => {
		const options = land ? {land} : {};
		expect([show(0.4, 'mu_per_household', options), displayUnit('mu_per_household', options).zh]).toEqual(['0.40', '亩/户']);
		expect([show(3.2, 'persons_per_household', options), displayUnit('persons_per_household', options).zh]).toEqual(['3.20', '人/户']);
	});

	it('are the measures of the baseline’s homestead parameters', () => {
		const {scenario} = openRun('henan-2017.yaml');
		expect(scenario.parameterInfo.get('homesteadPerHousehold')?.def?.measure).toBe('mu_per_household');
		expect(scenario.parameterInfo.get('ruralHouseholdSize')?.def?.measure).toBe('persons_per_household');
	});
});
