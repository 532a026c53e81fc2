import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {indexRows, readSweepFolder} from '../../cli/tui/lib/sweep-folder.js';
import {expectFits, FIXTURES, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

const dir = (m: string) => path.join(FIXTURES, `sweep-${m}`);

describe('sweep results', () => {
	it('reads metadata, indices and runs of a sweep folder', async () => {
		const f = await readSweepFolder(dir('oat'));
		expect(f.method).toBe('oat');
		expect(f.outcomes[0]).toBe('hukouRate2020');
		expect(f.distributions.get('hukouRate2020')!.length).toBe(243);
		const rows = indexRows(f, f.policies[0]!, 'hukouRate2020');
		expect(rows.map((r) => r.input)).toContain('takeUp');
		await expect(readSweepFolder(FIXTURES)).rejects.toThrow(/no metadata.json/);
	});

	it('a folder analyze and discover refuse is refused with their message and hint (runs.csv cut short)', async () => {
		const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tui-sweep-'));
		try {
			for (const f of fs.readdirSync(dir('oat'))) fs.copyFileSync(path.join(dir('oat'), f), path.join(tmp, f));
			const runs = path.join(tmp, 'runs.csv');
			fs.writeFileSync(runs, fs.readFileSync(runs, 'utf8').split('\n').slice(0, -5).join('\n') + '\n');
			await expect(readSweepFolder(tmp)).rejects.toThrow(/sha256 differs from metadata.json.*hint: rerun the sweep/);
			const app = openApp({initialScreen: 'sweep', sweepDir: tmp});
			await app.see('sha256 differs');
			expectFits(app.frame());
		} finally {
			fs.rmSync(tmp, {recursive: true, force: true});
		}
	});

	it('OAT: a tornado with the largest swing first', async () => {
		const app = openApp({initialScreen: 'sweep', sweepDir: dir('oat')});
		await app.see('tornado');
		const f = await readSweepFolder(dir('oat'));
		const rows = indexRows(f, f.policies[0]!, 'hukouRate2020').sort((a, b) => b['swing']! - a['swing']!);
		const first = app.lines().find((l) => l.includes('│'))!;
		expect(first.startsWith(rows[0]!.input)).toBe(true);
		expectFits(app.frame());
		await app.press('h');
		await app.see('distribution of hukouRate2020 over 243 runs');
	});

	it('Sobol: S1 and ST with intervals; Morris: μ*, σ and the μ*–σ plane; ] and p step outcome and policy', async () => {
		const app = openApp({initialScreen: 'sweep', sweepDir: dir('saltelli')}, {columns: 120, rows: 40});
		await app.see('S1 first order ±95%');
		expect(app.frame()).toMatch(/takeUp .*0\.3546±0\.1729/);
		await app.press(']');
		await app.see('outcome 2/9: target37Met');
		await app.press('p');
		await app.see('policy 2/9');
		cleanup();
		const m = openApp({initialScreen: 'sweep', sweepDir: dir('morris')}, {columns: 120, rows: 40});
		await m.see('μ* (mean |effect|');
		expect(m.frame()).toContain('σ 0');
		expect(m.frame()).toContain('└');
		expectFits(m.frame(), {columns: 120, rows: 40});
	});

	it('charts longer than the screen scroll and say so (Morris at 80×24)', async () => {
		const app = openApp({initialScreen: 'sweep', sweepDir: dir('morris')});
		await app.see(/lines 1–\d+ of \d+ ↓/);
		expect(app.frame()).not.toContain('└');
		await app.press('G');
		await app.see(/lines \d+–(\d+) of \1 ↑/);
		expect(app.frame()).toContain('└');
		expectFits(app.frame());
		// the outcome changes with ], and starts again at the top
		await app.press(']');
		await app.see(/outcome 2\/9[\s\S]*lines 1–/);
	});

	it('Monte Carlo: the distribution; o opens another folder', async () => {
		const app = openApp({initialScreen: 'sweep', sweepDir: dir('mc')});
		await app.see('distribution of hukouRate2020');
		await app.press('o');
		await app.see('sweep folder');
		await app.press(KEY.ctrlU, ...dir('oat'), KEY.enter);
		await app.see('oat (oat)');
	});
});
