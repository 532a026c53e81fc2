import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {sweepConfig} from '../../cli/sweep/config.js';
import {runSweep} from '../../cli/sweep/run-sweep.js';
import {RESULT_FILES} from '../../src/runner/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-cond-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const scenario = path.resolve('scenarios/henan-2017.yaml');
const sweep = (out: string, condition: boolean) => runSweep(sweepConfig({scenario, sampler: 'mc', n: 64, levers: false, workers: 0, out, condition}));

describe('conditioning.json is one of the sweep folder results', () => {
	it('is listed with the other result files', () => {
		expect(RESULT_FILES).toContain('conditioning.json');
	});
	it('is committed with the sweep, and a later --no-condition sweep into the same folder removes it', async () => {
		const out = path.join(tmp, 'folder');
		const on = await sweep(out, true);
		const file = path.join(out, 'conditioning.json');
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(on.conditioning)));
		// Written before metadata.json is renamed in: no conditioning.json newer than the mark of the sweep.
		expect(fs.statSync(file).mtimeMs).toBeLessThanOrEqual(fs.statSync(path.join(out, 'metadata.json')).mtimeMs);
		const off = await sweep(out, false);
		expect(off.conditioning).toBeUndefined();
		expect(fs.existsSync(file)).toBe(false);
		expect(fs.readdirSync(out).filter((f) => f.endsWith('.next'))).toEqual([]);
	});
	it('is refused as a sweep input in its folder like the other results', async () => {
		const out = path.join(tmp, 'input');
		await sweep(out, true);
		const input = path.join(out, 'conditioning.json');
		await expect(runSweep(sweepConfig({scenario, sampler: 'csv', input, levers: false, workers: 0, out, condition: false}))).rejects.toThrow(/one of the files the sweep writes/);
	});
});
