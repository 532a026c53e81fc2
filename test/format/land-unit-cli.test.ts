/**
 * Units and words (issue 12, item 5) as a user sees them: `--land-unit` on explain, scale and report
 * (the display-unit table's factors, 1 公顷 = 15 亩), changed parameters in display units (a land cap
 * in 公顷, not m²), rate changes in 百分点. The built CLI is spawned (npm run build first).
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {signed} from '../../cli/views/compare-format.js';
import {changeUnit, displayUnit, M2_PER_MU} from '../../src/format/display-unit.js';
import {parameterNumber, parameterValue} from '../../src/format/parameter-value.js';
import {signedFmt} from '../../src/report/format.js';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(path.join(os.tmpdir(), 'hukou-land-unit-'));
afterAll(() => rmSync(out, {recursive: true, force: true}));

function cli(...args: string[]): {code: number | null; stdout: string; stderr: string} {
	const r = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), ...args], {cwd: root, encoding: 'utf8', timeout: 120_000, env: {...process.env, NO_COLOR: '1'}});
	return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

const LAND_CAP = 'scenarios/henan-2017-land-cap.yaml';
const grouped = (x: number, digits: number) => x.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits});

describe('display units of parameters and changes', () => {
	it('shows a parameter as written and in the unit people read', () => {
		expect(parameterNumber(1e8, 'm2')).toBe('100,000,000 (10,000.0 公顷)');
		expect(parameterNumber(1e8, 'm2', {land: 'mu'})).toBe('100,000,000 (150,000 亩)');
		expect(parameterNumber(5e8, 'yuan')).toBe('500,000,000 (5.00 亿元)');
		expect(parameterNumber(0.016, 'points')).toBe('0.016 (1.60 百分点)');
		expect(parameterNumber(0.05, 'share')).toBe('5.00%');
		expect(parameterNumber(50, 'm2')).toBe('50');
		expect(parameterNumber(2021, 'number')).toBe('2021');
		expect(parameterNumber(2020, undefined)).toBe('2020');
		expect(parameterNumber(12000, 'yuan_per_person')).toBe('12,000');
		expect(parameterValue({2017: 1e8, 2019: 'none'}, 'm2')).toBe('2017: 100,000,000 (10,000.0 公顷); 2019: none');
		expect(displayUnit('points')).toEqual(changeUnit('share'));
	});

	it('signs a rate change in 百分点 in Chinese, points in English, alike in the CLI and the report', () => {
		expect(signed(0.0012, 'share', {}, 'zh')).toBe('+0.12 百分点');
		expect(signed(-0.0012, 'share', {}, 'en')).toBe('−0.12 points');
		expect(signed(0.00004, 'share', {}, 'en')).toBe('0');
		expect(signedFmt(0.0012, 'share', 'zh')).toBe('+0.12 百分点');
		expect(signedFmt(0.0012, 'share', 'en')).toBe('+0.12 points');
		expect(signedFmt(-4521.02e4, 'm2', 'zh', {land: 'mu'})).toBe(`−${grouped((4521.02e4 / M2_PER_MU), 0)}`);
	});
});

describe('--land-unit on explain, scale and report', () => {
	it('explain: a land quota in 亩, the same number the run reports', () => {
		const args = ['explain', LAND_CAP, '--unit', 'luoyang', '--year', '2018', '--series', 'landQuotaNeed', '--depth', '0'];
		const json = JSON.parse(cli(...args, '--format', 'json').stdout);
		const mu = cli(...args, '--land-unit', 'mu');
		expect(mu.code, mu.stderr).toBe(0);
		expect(mu.stdout).toContain(`· 2018 = ${grouped(json.value / M2_PER_MU, 0)} 亩 [`);
		expect(cli(...args).stdout).toContain(`· 2018 = ${grouped(json.value / 1e4, 1)} 公顷 [`);
		const cap = cli('explain', LAND_CAP, '--unit', 'luoyang', '--year', '2018', '--series', 'landQuotaGranted', '--depth', '1', '--land-unit', '10k-mu', '--lang', 'en');
		expect(cap.stdout).toMatch(/provincial annual plan cap for this quota \(landProvincialCap\) = 15\.00 10k mu \[100000000\]/);
	}, 120_000);

	it('scale: land columns and the chart in 万亩, land per settler in 平方米/人', () => {
		const args = ['scale', LAND_CAP, '--unit', 'luoyang', '--year', '2018', '--factor', '0:2:3', '--no-refine'];
		const json = JSON.parse(cli(...args, '--format', 'json').stdout);
		const r = cli(...args, '--land-unit', '10k-mu', '--lang', 'zh', '--chart', 'landQuotaNeed');
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/用地需求\s+用地下达\s+次年标准/);
		expect(r.stdout).toMatch(/万亩\s+万亩\s+平方米\/人/);
		const own = json.points[1].values.landQuotaNeed;
		expect(r.stdout.split('\n').find((l) => / ★ /.test(l) && !l.includes('万人'))).toContain(` ${grouped(own / (M2_PER_MU * 1e4), 2)} `);
		expect(r.stdout).toContain('● 用地需求 (万亩)');
		expect(r.stdout).not.toContain('公顷');
	}, 120_000);

	it('report: land in 亩 in the note, the city table, the chart, the inputs and the comparison', () => {
		const html = path.join(out, 'land-cap-mu.html');
		const r = cli('report', LAND_CAP, '--compare', 'scenarios/henan-2017.yaml', '--land-unit', 'mu', '--out', html);
		expect(r.code, r.stderr).toBe(0);
		const text = readFileSync(html, 'utf8');
		expect(text).toContain('土地亩,比率变化百分点');
		expect(text).toContain('用地需求 Land need (亩)');
		expect(text).toMatch(/<text[^>]*>亩 mu<\/text>/);
		// The cap parameter in the inputs and as a changed parameter: as written (m²) and in 亩.
		expect(text.match(/100,000,000 \(150,000 亩\)/g)?.length).toBe(2);
		expect(text).toContain('0.02 (2.00 百分点)');
		expect(text).toContain('hukou urbanisation rate (%; Δ 百分点)');
		expect(text).not.toMatch(/>100000000</);
	}, 120_000);

	it('compare: a changed land cap in 公顷, not bare m²; a rate row says its changes are in points', () => {
		const r = cli('compare', 'scenarios/henan-2017.yaml', LAND_CAP, '--lang', 'en');
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/landProvincialCap provincial annual plan cap for this quota\s+none\s+100,000,000 \(10,000\.0 ha\)\s+m² per year\s+user/);
		expect(r.stdout).toMatch(/hukou urbanisation rate \(Δ points\)/);
	}, 120_000);

	it('allocation: a money factor (the infrastructure need) in 万元, as the other money columns', () => {
		const args = ['allocation', '--program', 'infraCentral', '--year', '2018'];
		const json = JSON.parse(cli(...args, '--format', 'json').stdout);
		const r = cli(...args, '--lang', 'en');
		expect(r.code, r.stderr).toBe(0);
		const need = json.units.find((u: {id: string}) => u.id === 'zhengzhou').factors.need.value;
		expect(r.stdout).toMatch(new RegExp(`Zhengzhou\\s+${grouped(need / 1e4, 2).replace(/[.]/g, '\\.')}\\s+`));
		expect(r.stdout.split('\n').find((l) => l.includes('%'))).toMatch(/^\s+10k yuan\s+%/);
	}, 120_000);

	it('allocation: factors headed by their label in the scenario, in the language asked for', () => {
		const zh = cli('allocation', '--program', 'centralReward', '--year', '2018', '--lang', 'zh');
		expect(zh.code, zh.stderr).toBe(0);
		expect(zh.stdout).toContain('权重 落户人数(加权) 0.6, 居住证持有人 0.2, 财政困难程度(农村常住人口) 0.2');
		expect(zh.stdout).not.toMatch(/settlers|permits|difficulty/);
		const en = cli('allocation', '--program', 'infraCentral', '--year', '2018', '--lang', 'en');
		expect(en.stdout).toContain('weights infrastructure need 1');
	}, 120_000);
});
