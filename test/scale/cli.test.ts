/**
 * `hukou-sim scale` as a user runs it: the command's handler in-process for the table, JSON and CSV
 * (written to files, as --out does), and one real process for a bad unit (exit 2 with a hint).
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {scaleCommand} from '../../cli/commands/scale.js';
import {FIXTURE} from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scale-'));
const defaults = {scenario: FIXTURE, unit: 'alpha', year: 2017, format: 'table', lang: 'en', tolerance: 0.05, refine: true, chart: ['transfers', 'infraSubsidy']};
const run = (name: string, args: Record<string, unknown>) => {
	const out = path.join(dir, name);
	vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
	(scaleCommand.handler as (a: unknown) => void)({...defaults, ...args, out});
	vi.restoreAllMocks();
	return readFileSync(out, 'utf8');
};

describe('hukou-sim scale', () => {
	it('prints the table with the breakpoints and their reasons', () => {
		const table = run('alpha.txt', {settled: '0:10万:11'});
		expect(table).toContain('Scaling curve: Alpha, 2017');
		expect(table).toMatch(/5\.00 10k persons {2}landStandardNext: land tier changed/);
		expect(table).toMatch(/3\.00 10k persons {2}infraCentral: Alpha becomes eligible/);
		expect(table).toContain('Marginal amounts (per additional settler)');
		// --lang en is English throughout, the chart's axis and legend included.
		expect(table).not.toMatch(/万人|本情景|拐点|亿元/);
		expect(table).toMatch(/│ own {3}▲ breakpoint/);
	});

	it('prints Chinese only with --lang zh', () => {
		const table = run('alpha-zh.txt', {settled: '0:10万:11', lang: 'zh'});
		expect(table).toMatch(/5\.00 万人 {2}landStandardNext/);
		expect(table).toMatch(/│ 本情景 {3}▲ 拐点/);
		expect(table).not.toMatch(/10k persons|breakpoint/);
	});

	it('writes JSON and CSV', () => {
		const data = JSON.parse(run('alpha.json', {delta: '0:100000:3', format: 'json'}));
		expect(data.unit).toBe('alpha');
		expect(data.points).toHaveLength(3);
		expect(data.points[2].settled - data.points[0].settled).toBe(100_000);
		const [head, first] = run('alpha.csv', {factor: '1:2:2', format: 'csv'}).trim().split('\n');
		expect(head!.split(',').slice(0, 4)).toEqual(['unit', 'year', 'settled', 'exceedsPool']);
		expect(Number(first!.split(',')[2])).toBe(data.own);
	});

	it('exits 2 with a hint for an unknown unit', {timeout: 120_000}, () => {
		const cli = new URL('../../cli/main.ts', import.meta.url).pathname;
		const bad = spawnSync(process.execPath, ['--import', 'tsx', cli, 'scale', FIXTURE, '--unit', 'alpa', '--year', '2017'], {encoding: 'utf8'});
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('--unit alpa is not a unit');
		expect(bad.stderr).toContain('did you mean "alpha"?');
	});
});
