/**
 * End to end in a real terminal: tmux runs the built program (dist/), keys are sent as a user types
 * them, and the screen text is read back. Under CI=true a missing tmux fails instead of skipping
 * (the CI script installs it).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {ROOT} from './helpers.js';

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
		await sleep(150);
	}
	throw new Error(`screen never showed ${String(text)}; last screen:\n${last}`);
}

async function keys(...ks: string[]): Promise<void> {
	for (const k of ks) {
		tmux('send-keys', '-t', session, k);
		await sleep(250);
	}
}

function expectTidy(text: string, columns: number): void {
	for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
}

describe.skipIf(!hasTmux && !inCi)('the TUI in tmux (dist/)', () => {
	afterAll(() => {
		spawnSync('tmux', ['kill-session', '-t', session]);
	});

	it('is installed when CI=true', () => {
		expect(hasTmux).toBe(true);
	});

	for (const [columns, rows] of [
		[80, 24],
		[160, 48],
	] as const) {
		it(`opens, moves, drills down, changes a lever and quits at ${columns}×${rows}`, async () => {
			const env = {...process.env};
			delete env['CI']; // Ink renders only the last frame under CI (TOOLCHAIN §3.2); a user's terminal has no CI.
			const command = `cd ${JSON.stringify(ROOT)} && env -u CI node dist/cli/main.js tui; echo "EXIT=$?"; sleep 30`;
			execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), command], {env});
			try {
				let s = await waitFor('规划目标');
				expect(s).toContain('总览');
				expect(s).toMatch(/✗ 户籍城镇化率≥37\.00%/);
				expectTidy(s, columns);
				await keys('2');
				s = await waitFor('各市 Units 2020');
				// Chinese names line up: the English name starts at the same column on every row
				const rowsText = s.split('\n').filter((l) => /^(郑州|开封|平顶山|三门峡)\s/.test(l));
				expect(rowsText.length).toBe(4);
				expect(new Set(rowsText.map((l) => stringWidth(l.slice(0, l.search(/[A-Z]/))))).size).toBe(1);
				await keys('Down', 'Enter');
				s = await waitFor('开封 Kaifeng');
				expect(s).toContain('时间序列 Time series');
				await keys('4', 'Down', 'Down', 'Right');
				s = await waitFor('● 1 lever');
				expect(s).toMatch(/落户意愿.*36\.00%/);
				expect(s).toMatch(/户籍城镇化率.*▲/);
				expectTidy(s, columns);
				await keys('q');
				s = await waitFor('EXIT=0');
				// the user's screen is back: no frame of the UI is left on it
				expect(s).not.toContain('政策杠杆');
			} finally {
				spawnSync('tmux', ['kill-session', '-t', session]);
			}
		}, 90_000);
	}
});
