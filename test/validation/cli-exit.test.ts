/**
 * The exit code tells the truth and nothing is lost: 0 ok, 2 bad input (scenario errors, yargs
 * usage errors, unknown options, a bad --out), 1 a failure of the tool; a command that fails leaves
 * no file behind and never touches an existing one; --debug shows a stack, nothing else does.
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {reportError, UsageError} from '../../cli/errors.js';
import {emit} from '../../cli/output.js';
import {writeFileAtomic} from '../../src/runner/atomic-write.js';
import {BAD, cli} from './cli-helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hukou-exit-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const STACK = /\n\s+at .+:\d+:\d+/;

describe('exit codes of the real CLI', () => {
	it.each([
		[['validate'], 0],
		[['validate', path.join(BAD, 'out-of-range.yaml')], 2],
		[['run', '--bogus'], 2],
		[['nosuchcommand'], 2],
		[[], 2],
		[['run', '--format', 'xml'], 2],
		[['validate', 'a.yaml', 'b.yaml'], 2],
		[['validate', 'no-such-file.yaml'], 2],
		[['run', '--year', '1999'], 2],
	] as const)('hukou-sim %j exits %i', (args, code) => {
		const r = cli(args);
		expect(r.status).toBe(code);
		expect(r.stderr).not.toMatch(STACK);
		if (code === 2) expect(r.stderr).toMatch(/error/);
	});

	it('a usage error stops before the command runs (no output file is written)', () => {
		const out = path.join(dir, 'usage.json');
		const r = cli(['run', '--format', 'json', '--out', out, '--bogus']);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^error: Unknown argument: bogus/);
		expect(existsSync(out)).toBe(false);
	});

	it('--debug shows the stack of a user mistake; without it there is none', () => {
		const bad = path.join(BAD, 'unknown-key.yaml');
		expect(cli(['validate', bad]).stderr).not.toMatch(STACK);
		const debug = cli(['validate', bad, '--debug']);
		expect(debug.status).toBe(2);
		expect(debug.stderr).toMatch(/ScenarioError/);
		expect(debug.stderr).toMatch(STACK);
	});
});

describe('nothing lost', () => {
	it('run --out on a bad scenario creates no file and leaves an existing one untouched', () => {
		const fresh = path.join(dir, 'fresh.json');
		const r1 = cli(['run', path.join(BAD, 'nan-value.yaml'), '--format', 'json', '--out', fresh]);
		expect(r1.status).toBe(2);
		expect(existsSync(fresh)).toBe(false);
		const good = path.join(dir, 'good.json');
		writeFileSync(good, '{"a good result": true}\n');
		const r2 = cli(['run', path.join(BAD, 'csv-ragged-row.yaml'), '--format', 'json', '--out', good]);
		expect(r2.status).toBe(2);
		expect(readFileSync(good, 'utf8')).toBe('{"a good result": true}\n');
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('run --out writes a complete file, creating its folder', () => {
		const out = path.join(dir, 'new/folder/run.json');
		const r = cli(['run', '--format', 'json', '--out', out]);
		expect(r.status).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('years');
		expect(readdirSync(path.dirname(out))).toEqual(['run.json']);
	});

	it('a write that fails removes its temporary file and keeps the old file', () => {
		const target = path.join(dir, 'is-a-folder');
		mkdirSync(target);
		expect(() => writeFileAtomic(target, 'x')).toThrow();
		expect(readdirSync(dir).filter((f) => f.includes('is-a-folder') && f.endsWith('.tmp'))).toEqual([]);
		expect(() => emit('x', target)).toThrow(UsageError);
		const file = path.join(dir, 'kept.txt');
		writeFileSync(file, 'old');
		writeFileAtomic(file, 'new');
		expect(readFileSync(file, 'utf8')).toBe('new');
	});
});

describe('reportError', () => {
	it('an unexpected failure is exit 1, with the stack only under --debug', () => {
		const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		try {
			expect(reportError(new TypeError('boom'), false)).toBe(1);
			expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(/^internal error: boom\n {4}\(run again with --debug/);
			err.mockClear();
			expect(reportError(new TypeError('boom'), true)).toBe(1);
			expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(STACK);
			err.mockClear();
			expect(reportError(new UsageError('--year 1999 is outside', 'pick a year'), false)).toBe(2);
		} finally {
			err.mockRestore();
		}
	});
});
