/**
 * The TUI writes only the lines that changed (Ink's incremental rendering, with its off-by-one mended in
 * patches/ink+6.8.0.patch). Two tmux terminals run the built program side by side, one drawing line by
 * line and one whole frames (HUKOU_TUI_FULL_REDRAW=1); after every key and every resize both must show the
 * same screen. Ink 6.8 unpatched drew every changed line one row low, and this test fails then.
 * Under CI=true a missing tmux fails instead of skipping (the CI script installs it).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {afterAll, describe, expect, it} from 'vitest';
import {ROOT} from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false' && process.env['CI'] !== '0';
const sessions = {lines: `hukou-inc-lines-${process.pid}`, whole: `hukou-inc-whole-${process.pid}`};
const tmux = (...args: string[]) => execFileSync('tmux', args, {encoding: 'utf8'});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The engine's timings ("run 1.4 ms") differ between any two runs.
const screen = (s: string) => tmux('capture-pane', '-p', '-t', s).replace(/\d+(\.\d+)? ms/g, '# ms');

/** Both screens once they agree and stop changing; the two texts when they never do within the time. */
async function agreed(timeoutMs = 5_000): Promise<{lines: string; whole: string}> {
	const end = Date.now() + timeoutMs;
	let last = {lines: '', whole: ''};
	while (Date.now() < end) {
		await sleep(150);
		const now = {lines: screen(sessions.lines), whole: screen(sessions.whole)};
		if (now.lines === now.whole && now.lines === last.lines && now.lines.trim() !== '') return now;
		last = now;
	}
	return last;
}

const STEPS: readonly (readonly string[])[] = [['2'], ['j', 'j', 'Enter'], ['3'], ['4'], ['j', 'j'], ['Right'], ['Right', 'Left'], ['5'], ['6'], ['?'], ['Escape'], ['!'], ['Escape'], ['1']];
const SIZES: readonly (readonly [number, number])[] = [[200, 50], [80, 24], [70, 20], [120, 40]];

describe.skipIf(!hasTmux && !inCi)('the TUI drawn line by line', () => {
	afterAll(() => {
		for (const s of Object.values(sessions)) spawnSync('tmux', ['kill-session', '-t', s]);
	});

	it('shows what whole frames show, after each key and each resize', async () => {
		expect(hasTmux, 'tmux is needed (.ci/run installs it)').toBe(true);
		for (const [name, full] of [['lines', '0'], ['whole', '1']] as const) {
			tmux('new-session', '-d', '-s', sessions[name], '-x', '120', '-y', '40', `cd ${JSON.stringify(ROOT)} && env -u CI HUKOU_TUI_FULL_REDRAW=${full} node dist/cli/main.js tui; sleep 60`);
		}
		const end = Date.now() + 30_000;
		while (!Object.values(sessions).every((s) => screen(s).includes('规划目标')) && Date.now() < end) await sleep(100);
		const first = await agreed();
		expect(first.lines).toContain('规划目标');
		expect(first.lines).toBe(first.whole);
		const send = async (keys: readonly string[], what: string) => {
			for (const s of Object.values(sessions)) tmux('send-keys', '-t', s, ...keys);
			const got = await agreed();
			expect(got.lines, `after ${what}`).toBe(got.whole);
		};
		for (const keys of STEPS) await send(keys, keys.join(' '));
		for (const [columns, rows] of SIZES) {
			for (const s of Object.values(sessions)) tmux('resize-window', '-t', s, '-x', String(columns), '-y', String(rows));
			await send([], `a resize to ${columns}×${rows}`);
			await send(['4'], `4 at ${columns}×${rows}`);
			await send(['Right'], `Right at ${columns}×${rows}`);
		}
	}, 120_000);
});
