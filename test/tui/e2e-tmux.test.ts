/**
 * End to end in a real terminal: tmux runs the built program (dist/) at 80×24, 120×40 and 200×50,
 * keys are sent as a user types them, ten at once where the issue saw keys lost, and the screen
 * text is read back. Under CI=true a missing tmux fails instead of skipping (the CI script installs it).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {openScenario} from '../../src/index.js';
import {leversFor} from '../../cli/tui/lib/levers.js';
import {showLever} from '../../cli/tui/lib/format.js';
import {BASELINE, ROOT} from './helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false' && process.env['CI'] !== '0';
const session = `hukou-tui-e2e-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, {encoding: 'utf8'});
const screen = () => tmux('capture-pane', '-p', '-t', session);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(text: string | RegExp, timeoutMs = 30_000): Promise<string> {
	const end = Date.now() + timeoutMs;
	let last = '';
	while (Date.now() < end) {
		last = screen();
		if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
		await sleep(100);
	}
	throw new Error(`screen never showed ${String(text)}; last screen:\n${last}`);
}

/** The screen once it stops changing (two reads 300 ms apart agree). */
async function settled(): Promise<string> {
	let last = screen();
	for (;;) {
		await sleep(300);
		const now = screen();
		if (now === last) return now;
		last = now;
	}
}

/** Keys one by one, as a person types. */
async function keys(...ks: string[]): Promise<void> {
	for (const k of ks) {
		tmux('send-keys', '-t', session, k);
		await sleep(200);
	}
}

/** All the keys in one send-keys: they reach the program together, faster than it draws. */
const burst = (...ks: string[]) => tmux('send-keys', '-t', session, ...ks);

function expectTidy(text: string, columns: number, rows: number): void {
	const lines = text.replace(/\n$/, '').split('\n');
	expect(lines.length).toBeLessThanOrEqual(rows);
	for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
}

function start(columns: number, rows: number, args = ''): void {
	const env = {...process.env};
	delete env['CI']; // Ink renders only the last frame under CI (TOOLCHAIN §3.2); a user's terminal has no CI.
	const command = `cd ${JSON.stringify(ROOT)} && env -u CI node dist/cli/main.js tui ${args}; echo "EXIT=$?"; sleep 30`;
	execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), command], {env});
}

const scenario = openScenario(BASELINE);
const units = scenario.unitInfo;
const levers = leversFor(scenario);

describe.skipIf(!hasTmux && !inCi)('the TUI in tmux (dist/)', () => {
	afterAll(() => {
		spawnSync('tmux', ['kill-session', '-t', session]);
	});

	it('is installed when CI=true', () => {
		expect(hasTmux).toBe(true);
	});

	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
		[200, 50],
	] as const) {
		it(`at ${columns}×${rows}: ten keys at once, state kept across screens and overlays, levers typed whole, quit asks`, async () => {
			start(columns, rows);
			try {
				let s = await waitFor('规划目标');
				expect(s).toContain('总览');
				expect(s).toMatch(/✗ 户籍城镇化率≥37\.00%/);
				expectTidy(s, columns, rows);
				// every screen and the help fit the terminal
				for (const k of ['3', '4', '5', '6', '?', 'Escape']) {
					await keys(k);
					expectTidy(await settled(), columns, rows);
				}
				await keys('2');
				s = await waitFor('各市 Units 2020');
				// Chinese names line up: the English name starts at the same column on every row
				const rowsText = s.split('\n').filter((l) => /^(郑州|开封|平顶山|三门峡)\s/.test(l));
				expect(rowsText.length).toBe(4);
				expect(new Set(rowsText.map((l) => stringWidth(l.slice(0, l.search(/[A-Z]/))))).size).toBe(1);
				expect(s).toMatch(rows < 30 ? /rows 1–\d+ of 18 ↓/ : /rows 1–18 of 18/);
				// ten ↓ at once move ten rows
				burst(...Array<string>(10).fill('Down'));
				s = await waitFor(`› ${units[10]!.name_zh} ${units[10]!.name_en}`);
				expectTidy(s, columns, rows);
				await keys('Enter');
				s = await waitFor(`${units[10]!.name_zh} ${units[10]!.name_en}  2020`);
				burst(']', 'j', 'j');
				await waitFor('各项目份额');
				s = await settled();
				const row = s.split('\n').find((l) => l.startsWith('rows '));
				await keys('w');
				await waitFor('为什么 Why');
				await keys('Escape');
				s = await waitFor('资金 Money');
				// Esc returns to exactly the same section and row
				expect(s.split('\n').find((l) => l.startsWith('rows '))).toBe(row);
				// five → at once step the lever five times
				await keys('4');
				await waitFor('政策杠杆 Levers');
				burst(...Array<string>(levers.findIndex((l) => l.id === 'willingness')).fill('j'), ...Array<string>(5).fill('Right'));
				s = await waitFor('● 1 lever');
				s = await waitFor(/落户意愿.*40\.00%\s+35\.00%/);
				expect(s).toMatch(/户籍城镇化率.*▲/);
				expectTidy(s, columns, rows);
				// 12000 typed fast and submitted at once arrives whole
				burst('g', ...Array<string>(levers.findIndex((l) => l.id === 'landProvincialCap')).fill('j'), 'e', '1', '2', '0', '0', '0', 'Enter');
				s = await waitFor(`landProvincialCap = ${showLever(1.2e8, 'm2')}`);
				expect(s).toContain('● 2 levers');
				expectTidy(s, columns, rows);
				// unsaved edits: q asks, n stays, q y quits
				await keys('q');
				await waitFor('Quit anyway');
				await keys('n', 'q', 'y');
				s = await waitFor('EXIT=0');
				// the user's screen is back: no frame of the UI is left on it
				expect(s).not.toContain('政策杠杆');
			} finally {
				spawnSync('tmux', ['kill-session', '-t', session]);
			}
		}, 120_000);
	}

	it('Ctrl+C leaves at once with status 130 and gives the screen back', async () => {
		start(80, 24, '--screen levers');
		try {
			await waitFor('政策杠杆 Levers');
			await keys('Right', 'C-c');
			const s = await waitFor('EXIT=130');
			expect(s).not.toContain('政策杠杆');
		} finally {
			spawnSync('tmux', ['kill-session', '-t', session]);
		}
	}, 60_000);

	it('names the file and shows the warnings of a scenario with implausible values', async () => {
		const file = path.join(ROOT, 'test/tui/fixtures/implausible.yaml');
		start(80, 24, JSON.stringify(file));
		try {
			await waitFor('⚠ 1 warning at load');
			await keys('!');
			const s = await waitFor('Warnings at load: 1');
			expect(s).toContain('implausible.yaml');
			await keys('Escape', 'q');
			await waitFor('EXIT=0');
		} finally {
			spawnSync('tmux', ['kill-session', '-t', session]);
		}
	}, 60_000);
	it('at 80×24: a runs.parquet, outputs-only sweep opens; d Enter in one burst shows PRIM\'s boxes, G its trajectory', async () => {
		start(80, 24, `--screen sweep --sweep ${JSON.stringify(path.join(ROOT, 'test/tui/fixtures/sweep-saltelli'))}`);
		try {
			await waitFor('S1 first order');
			burst('d', 'Enter');
			let s = await waitFor(/box 1 框  coverage 覆盖率 [\d.]+% · density 密度/);
			expect(s).toMatch(/lines 1–16 of \d+ ↓/);
			expectTidy(await settled(), 80, 24);
			burst('G');
			s = await waitFor('coverage 1');
			expect(s).toMatch(/lines \d+–(\d+) of \1 ↑/);
			await keys('Escape');
			await waitFor('S1 first order');
			await keys('q');
			await waitFor('EXIT=0');
		} finally {
			spawnSync('tmux', ['kill-session', '-t', session]);
		}
	}, 90_000);
});
