/** Without a terminal: `tui` explains itself and exits 2; `start` prints the run summary as before. */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isInteractive} from '../../cli/tui/launch.js';
import {ROOT} from './helpers.js';

const cli = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

describe('tui without a terminal', () => {
	it('needs both stdin and stdout to be terminals', () => {
		expect(isInteractive({isTTY: true}, {isTTY: true})).toBe(true);
		expect(isInteractive({isTTY: undefined}, {isTTY: true})).toBe(false);
		expect(isInteractive({isTTY: true}, {})).toBe(false);
	});

	it('hukou-sim tui < /dev/null exits 2 with a clear message, no stack trace', () => {
		const r = cli(['tui']);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('hukou-sim tui needs an interactive terminal; use hukou-sim run');
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(r.stdout).toBe('');
	});

	it('hukou-sim start in a pipe prints exactly what hukou-sim run prints', () => {
		const start = cli(['start']);
		const run = cli(['run']);
		expect(start.status).toBe(0);
		expect(start.stdout).toBe(run.stdout);
		expect(start.stdout).toContain('规划目标 Targets of the plan');
	});
});
