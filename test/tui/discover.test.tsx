/**
 * Scenario discovery on the sweep screen (d): PRIM over the open folder's runs, the same boxes as
 * `hukou-sim discover` finds (cli/sweep/discovery.ts), shown in display units; keys sent in bursts,
 * also while the folder is still being read.
 */
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {discoverIn, sweepRuns} from '../../cli/sweep/discovery.js';
import {readSweepFolder as readSweepData} from '../../cli/sweep/sweep-folder.js';
import {parseCases} from '../../cli/tui/lib/discovery-cases.js';
import {show} from '../../cli/tui/lib/format.js';
import {inputValue} from '../../cli/tui/lib/sweep-labels.js';
import {num} from '../../cli/tui/lib/sweep-lines.js';
import {baseline, expectFits, FIXTURES, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

const dir = (m: string) => path.join(FIXTURES, `sweep-${m}`);
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

/** What `hukou-sim discover DIR --outcome NAME [--below X | --above X]` finds in the same folder. */
async function discoverCli(folder: string, outcome: string, cases: {below?: number; above?: number} = {}) {
	const d = await readSweepData(folder);
	return discoverIn(sweepRuns(d, folder), {outcome, ...cases}).result;
}

describe('the cases of interest as typed', () => {
	it('< X and > X in the unit shown, nothing for a 0/1 outcome, the CLI flags too', () => {
		expect(parseCases('< 37%', 'share')).toEqual({ok: true, below: 0.37});
		expect(parseCases('>0.37', 'share')).toEqual({ok: true, above: 0.37});
		expect(parseCases('--below 650 万人', 'persons')).toEqual({ok: true, below: 6_500_000});
		expect(parseCases('above 1,200', 'yuan')).toEqual({ok: true, above: 1.2e11});
		expect(parseCases('', undefined)).toEqual({ok: true});
		expect(parseCases('= 1', undefined)).toEqual({ok: true});
		expect(parseCases('37', 'share').ok).toBe(false);
		expect(parseCases('< abc', 'share').ok).toBe(false);
	});
});

describe('input values in the unit the scenario gives them', () => {
	it('set: the parameter’s unit; scale: a factor; a ratio without a unit: four digits', () => {
		const v = (name: string, x: number) => inputValue(baseline(), name, num)(x);
		expect(v('willingness', 0.3656)).toBe('36.56%');
		expect(v('infraCostPerPerson', 0.73)).toBe('×0.730'); // mode: scale on a cost in yuan per person
		expect(v('directChannelRate', 0.0005)).toBe('5.00e-4');
		expect(v('noSuchInput', 2.5)).toBe('2.500');
	});
});

describe('scenario discovery on the sweep screen', () => {
	it('d Enter in one burst: PRIM below the median, the boxes hukou-sim discover finds, in display units, scrolled at 80×24', async () => {
		// An outputs-only runs.csv: the inputs come back from seed + design.
		const app = openApp({initialScreen: 'sweep', sweepDir: dir('mc')});
		await app.see('distribution of hukouRate2020');
		app.stdin.write('d' + KEY.enter);
		await app.see('情景发现 Scenario discovery (PRIM)');
		const typed = /cases 关注情形: hukouRate2020 < ([\d.]+%)/.exec(app.frame())![1]!;
		const below = (parseCases(`< ${typed}`, 'share') as {below: number}).below;
		const r = await discoverCli(dir('mc'), 'hukouRate2020', {below});
		expect(r.boxes.length).toBeGreaterThan(0);
		const b = r.boxes[0]!;
		expect(app.frame()).toContain(`box 1 框  coverage 覆盖率 ${pct(b.coverage)} · density 密度 ${pct(b.density)} · mass 占比 ${pct(b.mass)}`);
		expect(app.frame()).toContain(`${r.cases} of ${r.runs} runs`);
		await app.see(/lines 1–16 of \d+ ↓/);
		expectFits(app.frame());
		app.stdin.write('G');
		await app.see(/lines \d+–(\d+) of \1 ↑/);
		expect(app.frame()).toContain('coverage 1');
		expect(app.frame()).toContain('density');
		expectFits(app.frame());
		app.stdin.write(KEY.esc);
		await app.see('distribution of hukouRate2020 over 450 runs');
	});

	it('a box’s input limits in the input’s unit (willingness as %), and a 0/1 outcome’s 1s with nothing typed', async () => {
		const app = openApp({initialScreen: 'sweep', sweepDir: dir('mc')}, {columns: 120, rows: 40});
		await app.see('distribution of hukouRate2020');
		app.stdin.write(']d' + KEY.enter);
		await app.see('cases 关注情形: target37Met = 1');
		const r = await discoverCli(dir('mc'), 'target37Met');
		await app.see(`PRIM: ${r.boxes.length} box`);
		const b = r.boxes[0]!;
		expect(app.frame()).toContain(`coverage 覆盖率 ${pct(b.coverage)}`);
		const j = b.restrictedInputs.find((i) => r.names[i] === 'willingness' || r.names[i] === 'takeUp')!;
		expect(j, 'a share input is restricted').toBeDefined();
		expect(app.frame()).toMatch(new RegExp(`${r.names[j]} .*${show(b.limits[j]![0], 'share').replace('.', '\\.')} +${show(b.limits[j]![1], 'share').replace('.', '\\.')}`));
		expectFits(app.frame(), {columns: 120, rows: 40});
		// [ goes back to hukouRate2020, and a threshold typed in the same burst runs at once.
		app.stdin.write('[d' + KEY.ctrlU + '> 36.2%' + KEY.enter);
		await app.see('cases 关注情形: hukouRate2020 > 36.20%');
		const above = await discoverCli(dir('mc'), 'hukouRate2020', {above: 0.362});
		expect(app.frame()).toContain(`coverage 覆盖率 ${pct(above.boxes[0]!.coverage)}`);
	});

	it('keys typed while a folder is read wait for it: o DIR Enter d Enter in one burst (runs.parquet)', async () => {
		const app = openApp({initialScreen: 'sweep'}, {columns: 200, rows: 50});
		await app.see('Press o');
		app.stdin.write('o' + KEY.ctrlU + dir('morris') + KEY.enter + 'd' + KEY.enter);
		await app.see('情景发现 Scenario discovery (PRIM)');
		expect(app.frame()).toContain('sweep-morris · morris (morris) · 1260 runs');
		expectFits(app.frame(), {columns: 200, rows: 50});
	});

	it('keys typed while PRIM runs wait for it: d Enter G in one burst ends at the trajectory', async () => {
		const app = openApp({initialScreen: 'sweep', sweepDir: dir('saltelli')});
		await app.see('S1 first order');
		app.stdin.write('d' + KEY.enter + 'G');
		await app.see(/lines \d+–(\d+) of \1 ↑/);
		expect(app.frame()).toContain('coverage 1');
		expectFits(app.frame());
	});

	it('a mistake says what is wrong and keeps the chart: not a 0/1 outcome, no run of interest, not a threshold', async () => {
		const app = openApp({initialScreen: 'sweep', sweepDir: dir('oat')});
		await app.see('tornado');
		app.stdin.write('d' + KEY.ctrlU + KEY.enter);
		await app.see('is not a 0/1 outcome');
		app.stdin.write('d' + KEY.ctrlU + '< 1%' + KEY.enter);
		await app.see('no run has hukouRate2020 < 0.01');
		app.stdin.write('d' + KEY.ctrlU + '37%' + KEY.enter);
		await app.see('expected < X, > X');
		expect(app.frame()).toContain('tornado');
	});
});
