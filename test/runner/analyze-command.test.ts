import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {sweepConfig, type RawSweepArgs} from '../../cli/sweep/config.js';
import {reanalyze} from '../../cli/sweep/reanalyze.js';
import {runSweep} from '../../cli/sweep/run-sweep.js';
import {ScenarioError} from '../../src/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'research-analyze-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const dir = (d: string): string => path.join(tmp, d);
const read = (d: string, f: string): string => fs.readFileSync(path.join(tmp, d, f), 'utf8');
const sweep = (out: string, a: RawSweepArgs) => runSweep(sweepConfig({model: 'ishigami', out: dir(out), workers: 0, ...a}));

describe('hukou-sim analyze DIR: the runs are read back, the model is not run', () => {
	beforeAll(async () => {
		await sweep('sobol', {n: 256});
		await sweep('sobol-r50', {n: 256, resamples: 50, confLevel: 0.9});
		await sweep('morris', {sampler: 'morris', n: 12});
		await sweep('lhs', {sampler: 'lhs', n: 600});
		await sweep('lhs-rbd', {sampler: 'lhs', n: 600, analyze: 'rbd-fast'});
		await sweep('morris-opt', {sampler: 'morris', n: 8, candidates: 40});
	});

	it('a Morris sweep with optimal trajectories (--candidates) is read back with its design', async () => {
		expect(JSON.parse(read('morris-opt', 'metadata.json'))).toMatchObject({candidates: 40, runs: 32});
		await reanalyze({dir: dir('morris-opt'), format: 'table', out: dir('again-opt')});
		expect(read('again-opt', 'indices.csv')).toBe(read('morris-opt', 'indices.csv'));
		expect(read('morris-opt', 'runs.csv')).not.toBe(read('morris', 'runs.csv'));
	});

	it('with the options of the sweep, indices.csv is the sweep’s own byte for byte', async () => {
		await reanalyze({dir: dir('sobol'), format: 'table', out: dir('again')});
		expect(read('again', 'indices.csv')).toBe(read('sobol', 'indices.csv'));
		await reanalyze({dir: dir('morris'), format: 'table', out: dir('again-morris')});
		expect(read('again-morris', 'indices.csv')).toBe(read('morris', 'indices.csv'));
	});

	it('other --resamples and --conf-level give what a sweep with them gives', async () => {
		await reanalyze({dir: dir('sobol'), resamples: 50, confLevel: 0.9, format: 'table', out: dir('r50')});
		expect(read('r50', 'indices.csv')).toBe(read('sobol-r50', 'indices.csv'));
	});

	it('another compatible method: rbd-fast on an LHS sweep equals the sweep run with it', async () => {
		await reanalyze({dir: dir('lhs'), analyze: 'rbd-fast', format: 'table', out: dir('rbd')});
		expect(read('rbd', 'indices.csv')).toBe(read('lhs-rbd', 'indices.csv'));
	});

	it('JSON in the sweep’s shape, with convergence sizes ascending to the whole sample', async () => {
		const r = await reanalyze({dir: dir('sobol'), format: 'json', convergence: true});
		const doc = JSON.parse(r.stdout);
		expect(doc).toMatchObject({method: 'sobol', samples: 256, runs: 1280});
		expect(doc.convergence[0].sizes).toEqual([16, 32, 64, 128, 256]);
		expect(doc.convergence[0].results.at(-1).ST).toEqual(doc.outcomes.y.ST && Object.values(doc.outcomes.y.ST));
	});

	it('refuses an incompatible method, an unknown outcome and writing into the sweep folder, with hints', async () => {
		await expect(reanalyze({dir: dir('sobol'), analyze: 'rbd-fast', format: 'table'})).rejects.toThrow(/rbd-fast needs a mc or lhs or sobol or csv sample.*saltelli/);
		await expect(reanalyze({dir: dir('sobol'), outcome: ['nope'], format: 'table'})).rejects.toThrow(/--outcome: "nope" not in/);
		await expect(reanalyze({dir: dir('sobol'), format: 'table', out: dir('sobol')})).rejects.toThrow(/is the sweep folder being analysed/);
		await expect(reanalyze({dir: dir('missing'), format: 'table'})).rejects.toThrow(/metadata.json not found/);
	});
});

describe('groups declared on a scenario’s uncertainties', () => {
	it('a grouped Sobol’ sweep of the baseline has one index per group, and analyze DIR gives the same file', async () => {
		const scenario = path.join(tmp, 'grouped.yaml');
		const base = path.resolve('scenarios/henan-2017.yaml');
		fs.writeFileSync(scenario, `extends: ${JSON.stringify(base)}\nuncertainties:
  - {parameter: willingness, group: settlement, dist: {type: uniform, min: 0.30, max: 0.40}}
  - {parameter: takeUp, group: settlement, dist: {type: triangular, min: 0.30, mode: 0.457, max: 0.50}}
  - {parameter: costGrowth, dist: {type: uniform, min: 0.03, max: 0.07}}
`);
		await runSweep(sweepConfig({scenario, n: 32, levers: false, out: dir('grouped'), workers: 0}));
		const meta = JSON.parse(read('grouped', 'metadata.json'));
		expect(meta.runs).toBe(32 * 4);
		expect(meta.parameters.map((p: {group: string}) => p.group)).toEqual(['settlement', 'settlement', 'costGrowth']);
		expect(read('grouped', 'indices.csv').split('\n')[1]).toMatch(/^hukouRate2020,settlement,/);
		await reanalyze({dir: dir('grouped'), format: 'table', out: dir('grouped-again')});
		expect(read('grouped-again', 'indices.csv')).toBe(read('grouped', 'indices.csv'));
	});
});

describe('rank correlations declared on a scenario’s uncertainties', () => {
	it('the runs of an LHS sweep carry the correlation; a Saltelli design is refused before anything runs', async () => {
		const scenario = path.join(tmp, 'correlated.yaml');
		fs.writeFileSync(scenario, `extends: ${JSON.stringify(path.resolve('scenarios/henan-2017.yaml'))}\nuncertainties:
  - {parameter: willingness, dist: {type: uniform, min: 0.30, max: 0.40}}
  - {parameter: takeUp, dist: {type: triangular, min: 0.30, mode: 0.457, max: 0.50}, correlations: [{with: willingness, rank: 0.6}]}
`);
		await runSweep(sweepConfig({scenario, sampler: 'lhs', analyze: 'prcc', n: 400, levers: false, out: dir('correlated'), workers: 0}));
		expect(JSON.parse(read('correlated', 'metadata.json')).correlations).toEqual([{a: 'takeUp', b: 'willingness', rank: 0.6}]);
		const X = Float64Array.from(read('correlated', 'runs.csv').trim().split('\n').slice(1).flatMap((l) => l.split(',').slice(1, 3).map(Number)));
		const {analyzePrcc} = await import('../../src/sensitivity/index.js');
		const one = {method: 'lhs' as const, X: X.filter((_, i) => i % 2 === 0), rows: 400, k: 1, names: ['w'], seed: 0, n: 400, warnings: []};
		expect(analyzePrcc({names: ['w'], dists: [{type: 'uniform', min: 0, max: 1}]}, one, X.filter((_, i) => i % 2 === 1)).spearman[0]).toBeCloseTo(0.6, 1);
		await expect(runSweep(sweepConfig({scenario, n: 16, levers: false, out: dir('correlated-sobol'), workers: 0}))).rejects.toThrow(/correlated inputs need a random sample/);
		expect(fs.existsSync(dir('correlated-sobol'))).toBe(false);
	});
});

describe('hukou-sim analyze --inputs --outputs --problem: runs made elsewhere', () => {
	const write = (f: string, text: string): string => (fs.writeFileSync(dir(f), text), dir(f));
	it('reads the problem (hukou-sim or SALib form), matches columns by name and analyses each output column', async () => {
		await sweep('ext-src', {sampler: 'lhs', n: 600, analyze: 'delta'});
		// Split the sweep's runs.csv into an inputs file (columns reordered) and an outputs file.
		const lines = read('ext-src', 'runs.csv').trim().split('\n').map((l) => l.split(','));
		const X = write('X.csv', lines.map((c) => [c[3], c[1], c[2]].join(',')).join('\n') + '\n');
		const Y = write('Y.csv', lines.map((c) => c[4]).join('\n') + '\n');
		const P = write('problem.yaml', 'names: [x1, x2, x3]\nbounds: [[-3.141592653589793, 3.141592653589793], [-3.141592653589793, 3.141592653589793], [-3.141592653589793, 3.141592653589793]]\n');
		await reanalyze({inputs: X, outputs: Y, problem: P, analyze: 'delta', format: 'table', out: dir('ext'), seed: 42});
		expect(read('ext', 'indices.csv')).toBe(read('ext-src', 'indices.csv'));
	});
	it('a bad problem file is reported with its line and key', async () => {
		const P = write('bad.yaml', 'inputs:\n  - {name: a, dist: {type: uniform, min: 0, maks: 1}}\n');
		const err = await reanalyze({inputs: dir('X.csv'), outputs: dir('Y.csv'), problem: P, format: 'table'}).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(ScenarioError);
		expect((err as ScenarioError).message).toMatch(/bad\.yaml:2:\d+: error: .*maks/);
	});
	it('rows that do not match are refused', async () => {
		const P = write('p3.yaml', 'inputs:\n  - {name: x1, dist: {type: uniform, min: -4, max: 4}}\n');
		const Y = write('short.csv', 'y\n1\n2\n');
		await expect(reanalyze({inputs: dir('X.csv'), outputs: Y, problem: P, format: 'table'})).rejects.toThrow(/has 2 rows but --inputs has 600/);
	});
});
