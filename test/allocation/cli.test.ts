/**
 * `hukou-sim allocation` as a user runs it (the built dist/): the JSON contract, the published
 * column adding up, --year all, the workbook, the errors, and the bound warnings on stderr.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {describe, expect, it} from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), ...args], {cwd: root, encoding: 'utf8', input: ''});

interface Json {
	program: string;
	year: number;
	pool: number;
	units: Array<{id: string; bound: string; amount: number; published: number; factors: Record<string, {value: number; share: number}>}>;
	total: {amount: number; published: number};
}

describe('hukou-sim allocation', () => {
	it('prints the JSON contract; the published column adds up to the rounded pool', () => {
		const r = cli('allocation', 'test/fixtures/compare/reward-cap-10.yaml', '--program', 'centralReward', '--year', '2018', '--format', 'json');
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout) as Json;
		expect(json.program).toBe('centralReward');
		expect(json.year).toBe(2018);
		expect(json.units).toHaveLength(18);
		expect(json.units.reduce((a, u) => a + u.published, 0)).toBe(Math.round(json.pool / 1e4));
		expect(json.total.published).toBe(Math.round(json.pool / 1e4));
		expect(json.units.find((u) => u.id === 'zhengzhou')!.bound).toBe('cap');
		// The cap is 10% of the pool: Zhengzhou gets exactly a tenth of it (within the rounding to 万元).
		expect(Math.abs(json.units.find((u) => u.id === 'zhengzhou')!.published - (0.1 * json.pool) / 1e4)).toBeLessThanOrEqual(1);
	});

	it('gives every year with --year all, and a table by default', () => {
		const all = cli('allocation', '--program', 'infraCentral', '--year', 'all', '--format', 'json');
		expect(all.status).toBe(0);
		const tables = JSON.parse(all.stdout) as Json[];
		expect(tables.map((t) => t.year)).toEqual([2017, 2018, 2019, 2020]);
		expect(tables[0]!.units.find((u) => u.id === 'hebi')!.bound).toBe('eligibility');
		const table = cli('allocation', '--program', 'centralReward', '--lang', 'en');
		expect(table.status).toBe(0);
		expect(table.stdout).toContain('Central citizenization reward fund (centralReward) 2020 factor-method allocation');
		const central2020 = JSON.parse(cli('allocation', '--program', 'centralReward', '--year', '2020', '--format', 'json').stdout) as Json;
		expect(table.stdout).toMatch(new RegExp(`Total .* ${central2020.total.published.toLocaleString('en-US')}\\n`));
	});

	it('writes a workbook with a total row per year', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'hukou-alloc-'));
		const out = path.join(dir, 'central.xlsx');
		const r = cli('allocation', '--program', 'centralReward', '--year', 'all', '--format', 'xlsx', '--out', out);
		expect(r.status).toBe(0);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
		const ws = wb.worksheets[0]!;
		const totals: unknown[] = [];
		ws.eachRow((row) => {
			if (row.getCell(2).value === 'total') totals.push(row.getCell(1).value);
		});
		expect(totals).toEqual([2017, 2018, 2019, 2020]);
	});

	it('lists the programs when --program is missing or wrong, and refuses the base year (exit 2)', () => {
		const missing = cli('allocation');
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('centralReward (中央财政农业转移人口市民化奖励资金)');
		const wrong = cli('allocation', '--program', 'toString');
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toContain('is not a program');
		const base = cli('allocation', '--program', 'centralReward', '--year', '2016');
		expect(base.status).toBe(2);
		expect(base.stderr).toContain('base year');
		expect(missing.stderr + wrong.stderr + base.stderr).not.toMatch(/\n\s+at /);
	});

	it('never passes a scenario’s text raw to the terminal or the workbook', async () => {
		const fixture = 'test/fixtures/allocation/hostile-names.yaml';
		const r = cli('allocation', fixture, '--program', 'centralReward', '--year', '2018');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('中央奖励');
		expect(r.stdout).not.toMatch(/[\u0000-\u0008\u001b\u007f]/);
		const dir = mkdtempSync(path.join(tmpdir(), 'hukou-alloc-'));
		const out = path.join(dir, 'hostile.xlsx');
		expect(cli('allocation', fixture, '--program', 'centralReward', '--year', '2018', '--format', 'xlsx', '--out', out).status).toBe(0);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
		const title = wb.worksheets[0]!.getCell('A1').value;
		expect(typeof title).toBe('string');
		expect(title as string).toContain('=HYPERLINK');
		expect(title as string).not.toMatch(/[\u0000-\u0008\u001b]/);
	});

	it('warns on stderr, with the place in the scenario, when caps cannot all hold; stdout stays JSON', () => {
		const r = cli('run', 'test/fixtures/allocation/cap-5.yaml', '--format', 'json');
		expect(r.status).toBe(0);
		expect(() => JSON.parse(r.stdout)).not.toThrow();
		expect(r.stderr).toMatch(/cap-5\.yaml:6:\d+: warning: parameters\.transfers\.rewardCapShare: .*封顶合计只占资金池的 90\.0%/);
		const c = cli('compare', 'scenarios/henan-2017.yaml', 'scenarios/henan-2017-town-tilt.yaml', '--lang', 'en');
		expect(c.status).toBe(0);
		expect(c.stderr).toContain('the comparison changes the cap of Central citizenization reward fund (centralReward), but it binds for no unit in 2017–2020');
		expect(c.stdout).toContain('Floors and caps the alternative changes');
		expect(c.stdout).toContain('cap = rewardCapShare * pool (rewardCapShare 100.00% → 20.00%)');
	});
});
