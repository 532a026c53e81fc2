/** Without a terminal: `tui` explains itself and exits 2; `start` prints the run summary as before. */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {isInteractive, loadingLine, productionReact} from '../../cli/tui/launch.js';
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

describe('start-up', () => {
	it('the entry sets production React and writes its loading line before loading React, Ink or the scenario', () => {
		const env: NodeJS.ProcessEnv = {};
		productionReact(env);
		expect(env['NODE_ENV']).toBe('production');
		const dev: NodeJS.ProcessEnv = {NODE_ENV: 'development'};
		productionReact(dev);
		expect(dev['NODE_ENV']).toBe('development');
		expect(loadingLine(path.join(ROOT, 'scenarios/henan-2017.yaml'))).toContain('正在加载');
		// React reads NODE_ENV when it is first imported: the entry must not import it (or the app) statically.
		const text = readFileSync(path.join(ROOT, 'dist/cli/tui/launch.js'), 'utf8');
		const staticImports = [...text.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
		expect(staticImports.some((m) => /^(react|ink)$|app\.js|run-tui\.js|src\/index\.js/.test(m!))).toBe(false);
		expect(text).toMatch(/productionReact\(\);[\s\S]*loadingLine[\s\S]*await import\('\.\/run-tui\.js'\)/);
	});
});
