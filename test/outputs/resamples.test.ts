/** --resamples: one check (cli/sweep/config.ts resamplesOption) for sweep and analyze, cap included. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cli as run} from '../validation/cli-helpers.js';
import {MAX_RESAMPLES, sweepConfig} from '../../cli/sweep/config.js';
import {reanalyze} from '../../cli/sweep/reanalyze.js';
import {UsageError} from '../../cli/errors.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-resamples-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const cli = (...args: string[]) => run(args, tmp);

const caught = async (f: () => unknown): Promise<UsageError> => {
	try {
		await f();
	} catch (e) {
		return e as UsageError;
	}
	throw new Error('no error');
};

describe('--resamples is checked the same way by sweep and analyze', () => {
	for (const bad of [MAX_RESAMPLES + 1, 1e8, 1, 1.5, Number.NaN]) {
		it(`refuses ${bad} before reading anything, with what was expected and a hint`, async () => {
			const a = await caught(() => reanalyze({dir: path.join(tmp, 'nowhere'), resamples: bad, format: 'table'}));
			const s = await caught(() => sweepConfig({model: 'ishigami', resamples: bad}));
			expect(a).toBeInstanceOf(UsageError);
			expect(a.message).toBe(s.message);
			expect(a.hint).toBe(s.hint);
			expect(a.message).toContain(`an integer from 2 to ${MAX_RESAMPLES}`);
			expect(a.message).toContain(String(bad));
			expect(a.hint).toMatch(/100 for sobol/);
		});
	}
	it('takes 2 and the cap', async () => {
		expect(sweepConfig({model: 'ishigami', resamples: MAX_RESAMPLES})).toMatchObject({resamples: MAX_RESAMPLES});
		expect(sweepConfig({model: 'ishigami', resamples: 2})).toMatchObject({resamples: 2});
	});
	it('analyze with a huge value exits 2 at once (spawned)', () => {
		expect(cli('sweep', '--model', 'ishigami', '-n', '16', '--workers', '0', '--out', 'sobol').status).toBe(0);
		const r = cli('analyze', 'sobol', '--resamples', '100000000');
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^error: --resamples 100000000 is more than 10000/);
		expect(r.stderr).toMatch(/\n {4}hint: {5}/);
		expect(r.stdout).toBe('');
	});
});
