import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {sweepConfig, type RawSweepArgs} from '../../cli/sweep/config.js';
import {mergeSweep, runSweep} from '../../cli/sweep/run-sweep.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hukou-sweep-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const read = (dir: string, f: string): string => fs.readFileSync(path.join(tmp, dir, f), 'utf8');
const sweep = (out: string, a: RawSweepArgs) => runSweep(sweepConfig({model: 'ishigami', out: path.join(tmp, out), ...a}));

describe('sweep command', () => {
	it('writes the same runs.csv and indices.csv for 0, 1 and 2 workers', async () => {
		for (const w of [0, 1, 2]) await sweep(`w${w}`, {n: 256, workers: w, chunkSize: 100});
		for (const f of ['runs.csv', 'indices.csv']) {
			expect(read('w1', f)).toBe(read('w0', f));
			expect(read('w2', f)).toBe(read('w0', f));
		}
		const meta = JSON.parse(read('w0', 'metadata.json'));
		expect(meta).toMatchObject({seed: 42, sampler: 'saltelli', analyze: 'sobol', n: 256, samples: 256, runs: 1280, target: {model: 'ishigami'}, failures: {count: 0}});
	});

	it('prints the analysis as JSON in the documented shape', async () => {
		const r = await sweep('json', {n: 128, workers: 0, format: 'json'});
		const doc = JSON.parse(r.stdout);
		expect(doc).toMatchObject({method: 'sobol', samples: 128, runs: 640, seed: 42});
		expect(doc.parameters.map((p: {name: string}) => p.name)).toEqual(['x1', 'x2', 'x3']);
		expect(Object.keys(doc.outcomes.y)).toEqual(['S1', 'S1_conf', 'ST', 'ST_conf']);
		expect(doc.outcomes.y.S1.x2).toBeCloseTo(0.44, 1);
	});

	it.each([
		['morris', {sampler: 'morris', n: 10}, ['mu', 'mu_star', 'sigma', 'mu_star_conf']],
		['mc', {sampler: 'mc', n: 500}, ['mean', 'sd', 'min', 'max', 'quantiles', 'probability', 'probability_se', 'failed']],
		['oat', {sampler: 'oat'}, ['base', 'low', 'high', 'swing', 'rank']],
		['prcc', {sampler: 'lhs', analyze: 'prcc', n: 200}, ['PRCC', 'PRCC_conf', 'spearman']],
	] as const)('%s analysis end to end', async (name, args, keys) => {
		const r = await sweep(`m-${name}`, {...args, workers: 0, format: 'json'});
		expect(Object.keys(JSON.parse(r.stdout).outcomes.y)).toEqual(keys);
		expect(read(`m-${name}`, 'indices.csv').split('\n')[0]).toMatch(/^outcome,/);
	});

	it('shards merge to the unsharded runs.csv and indices.csv', async () => {
		await sweep('whole', {n: 128, workers: 0});
		const dirs: string[] = [];
		for (const i of [2, 1, 3]) {
			const r = await sweep(`part${i}`, {n: 128, workers: 1, shard: `${i}/3`});
			expect(r.stdout).toMatch(new RegExp(`shard ${i}/3: runs \\d+…\\d+`));
			expect(fs.existsSync(path.join(tmp, `part${i}`, 'indices.csv'))).toBe(false);
			dirs.push(path.join(tmp, `part${i}`));
		}
		await mergeSweep(dirs, path.join(tmp, 'merged'), 'table');
		expect(read('merged', 'runs.csv')).toBe(read('whole', 'runs.csv'));
		expect(read('merged', 'indices.csv')).toBe(read('whole', 'indices.csv'));
		await expect(mergeSweep(dirs.slice(0, 2), path.join(tmp, 'merged2'), 'table')).rejects.toThrow(/expected shards 1…3 once each; missing/);
	});

	it('refuses a sampler the analysis cannot use, with a hint', () => {
		expect(() => sweepConfig({model: 'ishigami', sampler: 'lhs', analyze: 'sobol'})).toThrow(/--analyze sobol needs a saltelli sample, got --sampler lhs; use --sampler saltelli/);
		expect(() => sweepConfig({})).toThrow(/give a scenario file .* or a test model/);
		expect(() => sweepConfig({model: 'ishigami', shard: '0/2'})).toThrow(/--shard expects i\/n/);
	});

	it('resumes a sweep killed mid-run to the same result', async () => {
		const n = 400_000;
		const killed = path.join(tmp, 'killed');
		const cli = path.resolve('test/fixtures/sweep/sweep-cli.ts');
		const args = ['sweep', '--model', 'linear', '--sampler', 'mc', '-n', String(n), '--workers', '1', '--chunk-size', '2000', '--out', killed];
		// node --import tsx (not the tsx CLI, which forks a second process that SIGKILL would miss).
		const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {stdio: 'ignore'});
		const cp = path.join(killed, 'checkpoint.json');
		await new Promise<void>((resolve, reject) => {
			const timer = setInterval(() => {
				try {
					if (fs.existsSync(cp) && JSON.parse(fs.readFileSync(cp, 'utf8')).next > 0) {
						clearInterval(timer);
						child.kill('SIGKILL');
						resolve();
					}
				} catch {
					/* checkpoint being renamed: poll again */
				}
			}, 20);
			child.on('exit', () => (clearInterval(timer), resolve()));
			child.on('error', reject);
		});
		await new Promise((r) => (child.exitCode === null && child.signalCode === null ? child.on('exit', r) : r(null)));
		expect(fs.existsSync(path.join(killed, 'runs.csv'))).toBe(false);
		const resumed = await runSweep(sweepConfig({model: 'linear', sampler: 'mc', n, workers: 1, chunkSize: 5000, out: killed, resume: true}));
		expect(resumed.metadata.resumedFrom).toBeGreaterThan(0);
		await runSweep(sweepConfig({model: 'linear', sampler: 'mc', n, workers: 0, out: path.join(tmp, 'straight')}));
		expect(read('killed', 'runs.csv') === read('straight', 'runs.csv')).toBe(true);
		expect(read('killed', 'indices.csv')).toBe(read('straight', 'indices.csv'));
	}, 90_000);
});
