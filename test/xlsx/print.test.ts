/**
 * The workbook as a finance officer prints it: LibreOffice Calc (headless) turns it into a PDF, and
 * the pages are counted and measured. The 测算表 of one program over four years fits on two A4
 * landscape pages (fit to width), where exceljs's defaults gave portrait Letter pages cut by column.
 * CI installs libreoffice-calc and poppler-utils (.ci/run); without them the test fails and says so.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {allocationTable, programYearIndices} from '../../src/allocation/table.js';
import {writeAllocationXlsx} from '../../src/xlsx/index.js';
import {openRun} from '../fixtures/compare/scenarios.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('the printed 测算表', () => {
	it('is A4 landscape, one page wide, two pages for four years of 18 cities', async () => {
		expect(has('soffice') && has('pdfinfo'), 'needs LibreOffice Calc and poppler-utils: apt-get install -y libreoffice-calc poppler-utils').toBe(true);
		const {scenario, result} = openRun('henan-2017-town-tilt.yaml');
		const tables = programYearIndices(result.years).map((t) => allocationTable(scenario, result, 'centralReward', t));
		const dir = mkdtempSync(path.join(tmpdir(), 'hukou-print-'));
		const xlsx = path.join(dir, 'central.xlsx');
		writeFileSync(xlsx, await writeAllocationXlsx(scenario, tables));
		// A profile of its own, so that a LibreOffice already running for someone else is not reused.
		const profile = `file://${path.join(dir, 'profile')}`;
		const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {encoding: 'utf8', timeout: 120_000});
		expect(r.status, r.stderr).toBe(0);
		expect(readdirSync(dir)).toContain('central.pdf');
		const info = spawnSync('pdfinfo', [path.join(dir, 'central.pdf')], {encoding: 'utf8'}).stdout;
		expect(info).toMatch(/Pages:\s+2\n/);
		// A4 landscape: 842 × 595 points.
		expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
	}, 150_000);
});
