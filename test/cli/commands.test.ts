/**
 * The CLI as a user runs it (the built dist/, as `npm test` builds first): what `npm start` shows
 * without a terminal, the exit codes, and that results go to stdout and files.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), ...args], {cwd: root, encoding: 'utf8', input: ''});

describe('hukou-sim start (what npm start runs) without a terminal', () => {
	it('prints the baseline summary: province, targets, cities, data quality', () => {
		const r = cli('start');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('河南省推动非户籍人口在城市落户');
		expect(r.stdout).toContain('户籍人口城镇化率 Hukou urbanisation');
		expect(r.stdout).toMatch(/✗ 2020年户籍人口城镇化率37%以上/);
		expect(r.stdout).toContain('郑州 Zhengzhou');
		expect(r.stdout).toContain('驻马店 Zhumadian');
		expect(r.stdout).toMatch(/数据质量 Data quality: \d+\/\d+/);
	});
});

describe('hukou-sim run', () => {
	it('writes the JSON contract to a file and says so on stderr only', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'hukou-run-'));
		const out = path.join(dir, 'baseline.json');
		const r = cli('run', '--format', 'json', '--out', out);
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(out);
		const json = JSON.parse(readFileSync(out, 'utf8'));
		expect(json.years).toEqual([2016, 2017, 2018, 2019, 2020]);
		expect(json.series.settled.values).toHaveLength(18);
	});
	it('writes CSV with one row per unit and year plus the province', () => {
		const r = cli('run', '--format', 'csv');
		expect(r.status).toBe(0);
		const lines = r.stdout.trim().split('\n');
		expect(lines[0]!.startsWith('unit,name_zh,name_en,year,')).toBe(true);
		expect(lines).toHaveLength(1 + 5 * 19);
	});
	it('shows one language with --lang en', () => {
		const r = cli('run', '--lang', 'en', '--year', '2018');
		expect(r.stdout).toContain('Units 2018');
		expect(r.stdout).not.toContain('郑州');
	});
	it('exits 2 with a hint for a year outside the scenario', () => {
		const r = cli('run', '--year', '2035');
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('--year 2035 is outside');
		expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
	});
	it('exits 2 for a scenario file that does not exist, and writes nothing', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'hukou-run-'));
		const out = path.join(dir, 'x.json');
		const r = cli('run', 'no-such.yaml', '--format', 'json', '--out', out);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('no-such.yaml');
		expect(existsSync(out)).toBe(false);
	});
	it('exits 2 for an unknown command or option', () => {
		expect(cli('rnu').status).toBe(2);
		expect(cli('run', '--colour').status).toBe(2);
	});
});

describe('hukou-sim validate and calibrate', () => {
	it('lists what an overlay changes', () => {
		const r = cli('validate', 'scenarios/henan-2017-land-cap.yaml');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('parameters.land.landProvincialCap.values: "none" → 100000000');
	});
	it('re-fits the take-up of the baseline to the 2017/2018 observations, and jointly with the base-year rate on 2017/2018/2020', () => {
		const r = cli('calibrate', '--format', 'json');
		expect(r.status).toBe(0);
		const fit = JSON.parse(r.stdout);
		for (const f of fit.fitted) expect(Math.abs(f.error)).toBeLessThan(0.003);
		// The shipped takeUp and urbanHukouScale are the joint fit (every fitted point within 0.15 points).
		expect(fit.joint.value).toBeCloseTo(0.4297, 3);
		expect(fit.joint.urbanHukouScale).toBeCloseTo(1.0071, 3);
		for (const f of fit.joint.fitted) expect(Math.abs(f.error)).toBeLessThan(0.0015);
	});
});
