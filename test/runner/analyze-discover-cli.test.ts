/** analyze and discover as a user runs them: the built dist/ (npm test builds first), exit codes, stdout/stderr. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'research-cli-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), ...args], {cwd: tmp, encoding: 'utf8', input: ''});

describe('hukou-sim analyze and discover (spawned)', () => {
	it('a sweep, then another analysis of it and a discovery, without running the model again', () => {
		expect(cli('sweep', '--model', 'linear', '--sampler', 'lhs', '-n', '800', '--workers', '0', '--out', 'lhs').status).toBe(0);
		const a = cli('analyze', 'lhs', '--analyze', 'rbd-fast', '--format', 'json');
		expect(a.status).toBe(0);
		expect(JSON.parse(a.stdout)).toMatchObject({method: 'rbd-fast', runs: 800});
		const d = cli('discover', 'lhs', '--outcome', 'y', '--above', '9', '--format', 'json');
		expect(d.status).toBe(0);
		expect(Object.keys(JSON.parse(d.stdout).boxes[0].limits)).toEqual(expect.arrayContaining(['x3', 'x4']));
	});
	it('mistakes exit 2 with a message and a hint, never a stack trace', () => {
		for (const args of [['analyze', 'lhs', '--analyze', 'sobol'], ['analyze', 'nowhere'], ['discover', 'lhs', '--outcome', 'y'], ['analyze', 'lhs', '--conf-level', '2']]) {
			const r = cli(...args);
			expect(r.status).toBe(2);
			expect(r.stderr).toMatch(/^error: /);
			expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
		}
	});
});
