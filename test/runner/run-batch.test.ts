import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {commitFolder, mergeRuns, monteCarloSource, parseShard, partialFiles, runBatch, sampleSource, sha256File, shardRange, testFunctionSpec, type ModelSpec} from '../../src/runner/index.js';
import {ishigami, sampleSaltelli, uniformProblem} from '../../src/sensitivity/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hukou-runner-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const dir = (name: string): string => path.join(tmp, name);
const flaky = (delayMs = 0): ModelSpec => ({module: new URL('../fixtures/sweep/flaky-model.ts', import.meta.url).href, options: {delayMs}, outputs: ['y', 'z']});
const problem = uniformProblem([['a', 0, 1], ['b', 0, 1], ['c', -1, 1]]);
/** Move the finished partial runs.csv in, as a sweep's commit does. */
const finalizeRuns = (out: string): void => commitFolder(out, new Map([['runs.csv', partialFiles(out).csv]]), '{}\n');

async function sweep(name: string, opts: Partial<Parameters<typeof runBatch>[0]> = {}) {
	const out = dir(name);
	const res = await runBatch({source: monteCarloSource(problem, 1000, 9), model: flaky(), outDir: out, fingerprint: 'f1', workers: 0, ...opts});
	finalizeRuns(out);
	return {res, csv: fs.readFileSync(path.join(out, 'runs.csv'), 'utf8')};
}

describe('batch runner', () => {
	it('gives byte-identical runs.csv for 0 (inline), 1, 2 and 3 workers and any block size', async () => {
		const base = await sweep('w0');
		for (const [workers, chunkSize] of [[1, 64], [2, 37], [3, 100]] as const) {
			const r = await sweep(`w${workers}`, {workers, chunkSize});
			expect(r.csv).toBe(base.csv);
			expect(r.res.Y).toEqual(base.res.Y);
		}
	});

	it('starts workers beside the main thread when the batch proves long, with the same bytes', async () => {
		const base = await sweep('adaptive-base');
		const out = dir('adaptive');
		const res = await runBatch({source: monteCarloSource(problem, 1000, 9), model: flaky(), outDir: out, fingerprint: 'f1', chunkSize: 20, workersAfterMs: 0});
		finalizeRuns(out);
		expect(res.workers).toBeGreaterThanOrEqual(1);
		expect(fs.readFileSync(path.join(out, 'runs.csv'), 'utf8')).toBe(base.csv);
		const short = await runBatch({source: monteCarloSource(problem, 1000, 9), model: flaky(), outDir: dir('adaptive-short'), fingerprint: 'f1', chunkSize: 20});
		expect(short.workers).toBe(0);
	});

	it('records failed runs with inputs and error, and goes on', async () => {
		const {res, csv} = await sweep('failures', {workers: 2});
		const lines = csv.trim().split('\n');
		expect(lines[0]).toBe('run,a,b,c,y,z,error');
		expect(lines).toHaveLength(1001);
		expect(res.failedCount).toBeGreaterThan(0);
		const thrown = lines.find((l) => l.includes('boom'))!;
		expect(thrown).toMatch(/^\d+,0\.30\d*,[^,]+,[^,]+,,,"boom, x0=0\.30/);
		expect(lines.some((l) => /,,[^,]+,non-finite output: y=NaN$/.test(l))).toBe(true);
		expect(res.failures[0]!.inputs).toHaveLength(3);
	});

	it('resumes an interrupted batch to the same bytes, discarding rows written after the last checkpoint', async () => {
		const full = await sweep('full');
		const out = dir('killed');
		const ac = new AbortController();
		let calls = 0;
		const progress = {update: () => ++calls === 5 && ac.abort(new Error('killed')), finish: () => undefined};
		await expect(
			runBatch({source: monteCarloSource(problem, 1000, 9), model: flaky(), outDir: out, fingerprint: 'f1', workers: 2, chunkSize: 50, signal: ac.signal, progress: progress as never, checkpointEvery: 0}),
		).rejects.toThrow('killed');
		expect(fs.existsSync(path.join(out, 'runs.csv'))).toBe(false);
		// A crash between a write and its checkpoint leaves extra bytes; resume must cut them off.
		fs.appendFileSync(path.join(out, 'runs.csv.partial'), '999,half-writ');
		const res = await runBatch({source: monteCarloSource(problem, 1000, 9), model: flaky(), outDir: out, fingerprint: 'f1', workers: 2, resume: true});
		expect(res.resumedFrom).toBeGreaterThan(0);
		expect(res.resumedFrom).toBeLessThan(1000);
		finalizeRuns(out);
		expect(fs.readFileSync(path.join(out, 'runs.csv'), 'utf8')).toBe(full.csv);
		expect(res.Y).toEqual(full.res.Y);
		expect(res.failedCount).toBe(full.res.failedCount);
	});

	it('refuses to resume a sweep started with other options', async () => {
		const out = dir('mismatch');
		const ac = new AbortController();
		ac.abort(new Error('stop'));
		await expect(runBatch({source: monteCarloSource(problem, 100, 9), model: flaky(), outDir: out, fingerprint: 'A', workers: 0, signal: ac.signal})).rejects.toThrow();
		await expect(runBatch({source: monteCarloSource(problem, 100, 9), model: flaky(), outDir: out, fingerprint: 'B', workers: 0, resume: true})).rejects.toThrow(/different options/);
	});

	it('shards merge to the unsharded result', async () => {
		const full = await sweep('unsharded');
		const files: {file: string; start: number; rows: number; sha256: string}[] = [];
		for (const i of [3, 1, 2]) {
			const out = dir(`shard${i}`);
			const r = await runBatch({source: monteCarloSource(problem, 1000, 9), model: flaky(), outDir: out, fingerprint: 'f1', workers: 1, shard: parseShard(`${i}/3`)});
			finalizeRuns(out);
			const file = path.join(out, 'runs.csv');
			expect(r.parts.csv!.sha256).toBe(sha256File(file));
			files.push({file, start: r.start, rows: r.end - r.start, sha256: r.parts.csv!.sha256});
		}
		const o = {format: 'csv', inputs: ['a', 'b', 'c'], outputs: ['y', 'z'], rows: 1000, keepOutputs: true} as const;
		const merged = await mergeRuns(files, dir('merged.csv'), o);
		expect(fs.readFileSync(dir('merged.csv'), 'utf8')).toBe(full.csv);
		expect(merged.Y).toEqual(full.res.Y);
		await expect(mergeRuns(files.slice(0, 2), dir('bad.csv'), o)).rejects.toThrow(/missing/);
	});

	it('splits shards evenly and validates i/n', () => {
		expect([1, 2, 3].map((i) => shardRange(10, {index: i, count: 3}))).toEqual([{start: 0, end: 3}, {start: 3, end: 6}, {start: 6, end: 10}]);
		expect(() => parseShard('4/3')).toThrow(/1 <= i <= n/);
	});

	it('runs a built-in test model on a Saltelli sample', async () => {
		const f = ishigami();
		const s = sampleSaltelli(f.problem, 64, 1);
		const res = await runBatch({source: sampleSource(s), model: testFunctionSpec('ishigami'), outDir: dir('ishigami'), fingerprint: 'i', workers: 2});
		expect(res.Y[0]).toBe(f.evaluate(s.X.subarray(0, 3))[0]);
		expect(res.failedCount).toBe(0);
	});
});
