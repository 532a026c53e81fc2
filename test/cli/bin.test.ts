/**
 * The program's shebang (cli/main.ts): `hukou-sim` and `npx hukou-sim` start Node with V8's semi-spaces capped,
 * which keeps a long sweep's memory flat (NOTES.md, measured figures); `npm run bench` runs the program with
 * the same flags (cli/bench-process.ts binFlags).
 */
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {binFlags} from '../../cli/bench-process.js';
import {WORKER_YOUNG_GENERATION_MB} from '../../src/runner/pool.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

describe('the hukou-sim bin', () => {
	it('starts Node with the semi-space cap, in the source and in the build', () => {
		for (const file of [fileURLToPath(new URL('../../cli/main.ts', import.meta.url)), BUILT]) {
			expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env -S node --max-semi-space-size=8');
			expect(binFlags(file)).toEqual(['--max-semi-space-size=8']);
		}
	});

	it('gives workers the young generation of the main thread (three semi-spaces)', () => {
		const semi = Number(/^--max-semi-space-size=(\d+)$/.exec(binFlags(BUILT)[0]!)?.[1]);
		expect(WORKER_YOUNG_GENERATION_MB).toBe(3 * semi);
	});

	it('runs through its shebang with npx', () => {
		// npm may print notices of its own on stderr (update notifier, config warnings): only ours must be absent.
		const r = spawnSync('npx', ['--no-install', 'hukou-sim', '--version'], {cwd: ROOT, encoding: 'utf8', env: {...process.env, npm_config_update_notifier: 'false'}});
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).not.toMatch(/error|hukou-sim:/i);
		expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});
});
