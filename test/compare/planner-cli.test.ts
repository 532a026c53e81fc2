/**
 * The planner walk-through of docs/planner.md, run as a user would (the CLI from source via tsx):
 * compare the town tilt, explain Zhengzhou's 2018 land quota, write the report and the workbooks.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {afterAll, describe, expect, it} from 'vitest';
import {ROOT} from '../fixtures/compare/scenarios.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'hukou-planner-'));
afterAll(() => rmSync(out, {recursive: true, force: true}));

function cli(...args: string[]): {code: number | null; stdout: string; stderr: string} {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: {...process.env, NO_COLOR: '1'}});
	return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

describe('the planner walk-through', () => {
	it('compares the town-tilt alternative', () => {
		const r = cli('compare', 'scenarios/henan-2017.yaml', 'scenarios/henan-2017-town-tilt.yaml', '--lang', 'en');
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/townTilt tilt coefficient for settlers in county towns\s+1\.2\s+2\s+coefficient\s+user/);
		expect(r.stdout).toMatch(/Central citizenization reward fund \[centralReward\]: \d+ gain, \d+ lose/);
		expect(r.stdout).toMatch(/Zhengzhou\s+14\.79\s+13\.47\s+−1\.32\s+−8\.9%/);
		const json = cli('compare', 'scenarios/henan-2017.yaml', 'scenarios/henan-2017-town-tilt.yaml', '--format', 'json', '--series', 'transfers', '--year', '2020');
		const c = JSON.parse(json.stdout);
		expect(Object.keys(c)).toEqual(expect.arrayContaining(['changedParameters', 'deltas', 'programs', 'targets']));
		expect(Object.keys(c.deltas.series)).toEqual(['transfers']);
		expect(c.years).toEqual([2020]);
	}, 120_000);

	it("explains Zhengzhou's 2018 land quota, as a tree and as JSON with the run's value", () => {
		const tree = cli('explain', '--unit', 'zhengzhou', '--year', '2018', '--series', 'landQuotaGranted', '--depth', '3');
		expect(tree.code, tree.stderr).toBe(0);
		expect(tree.stdout).toMatch(/^挂钩新增用地下达 land quota granted \(landQuotaGranted\) · 郑州 Zhengzhou · 2018 = 2,387\.5 公顷/);
		expect(tree.stdout).toContain('运行结果 the run reports: 2,387.5 公顷');
		expect(tree.stdout).toContain('parameters.settlement.originSameUnit.byUnit.zhengzhou');
		const json = JSON.parse(cli('explain', '--unit', 'zhengzhou', '--year', '2018', '--series', 'landQuotaGranted', '--format', 'json').stdout);
		const run = JSON.parse(cli('run', '--format', 'json').stdout);
		const u = run.units.findIndex((x: {id: string}) => x.id === 'zhengzhou');
		expect(json.value).toBe(run.series.landQuotaGranted.values[u][run.years.indexOf(2018)]);
		expect(json.runValue).toBe(json.value);
		const bad = cli('explain', '--unit', 'zhengzhuo', '--year', '2018', '--series', 'landQuotaGranted');
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('did you mean "zhengzhou"?');
	}, 120_000);

	it('writes the report and the workbooks', async () => {
		const html = path.join(out, 'town-tilt.html');
		const r = cli('report', 'scenarios/henan-2017.yaml', '--compare', 'scenarios/henan-2017-town-tilt.yaml', '--out', html);
		expect(r.code, r.stderr).toBe(0);
		const text = readFileSync(html, 'utf8');
		expect((text.match(/<svg /g) ?? []).length).toBe(7);
		const xlsx = path.join(out, 'baseline.xlsx');
		expect(cli('run', '--format', 'xlsx', '--out', xlsx).code).toBe(0);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(xlsx);
		// Province, units, programs, one 测算表 per program (4: the general-transfer adjustment is a series), targets, parameters.
		expect(wb.worksheets.length).toBe(9);
		const noOut = cli('run', '--format', 'xlsx');
		expect(noOut.code).toBe(2);
		expect(noOut.stderr).toContain('--format xlsx needs --out');
		expect(existsSync(path.join(out, 'baseline.xlsx'))).toBe(true);
	}, 180_000);
});
