import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {sweepConfig} from '../../cli/sweep/config.js';
import {runSweep} from '../../cli/sweep/run-sweep.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hukou-sweep-scn-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const scenario = path.resolve('scenarios/henan-2017.yaml');

describe('sweep of the Henan scenario', () => {
	it('crosses the levers with the uncertainties and analyses each policy', async () => {
		const out = path.join(tmp, 'levers');
		const r = await runSweep(sweepConfig({scenario, sampler: 'morris', n: 2, workers: 0, out, format: 'json'}));
		const meta = r.metadata;
		const k = meta.parameters.length;
		const policies = meta.levers.reduce((p, l) => p * l.values.length, 1);
		expect(k).toBeGreaterThanOrEqual(10);
		expect(meta.runs).toBe(policies * 2 * (k + 1));
		expect(meta.target).toMatchObject({scenario, sha256: expect.stringMatching(/^[0-9a-f]{64}$/)});
		const header = fs.readFileSync(path.join(out, 'runs.csv'), 'utf8').split('\n')[0]!.split(',');
		expect(header.slice(1, 1 + meta.levers.length)).toEqual(meta.levers.map((l) => l.name));
		expect(header.at(-1)).toBe('error');
		expect(fs.readFileSync(path.join(out, 'indices.csv'), 'utf8').split('\n')[0]).toBe('policy,outcome,input,mu,mu_star,sigma,mu_star_conf');
		expect(Object.keys(JSON.parse(r.stdout).outcomes)).toHaveLength(policies * meta.outcomes.length);
	});

	it('keeps the levers at the scenario values with --no-levers', async () => {
		const r = await runSweep(sweepConfig({scenario, sampler: 'oat', levers: false, workers: 0, out: path.join(tmp, 'oat')}));
		expect(r.metadata.levers).toEqual([]);
		expect(r.metadata.runs).toBe(1 + 2 * r.metadata.parameters.length);
		expect(r.metadata.failures.count).toBe(0);
		expect(r.stdout).toMatch(/oat analysis of \d+ runs/);
	});
});

describe('sweep --condition on the Henan scenario', () => {
	it('adds the observed figures as outputs and reports the runs that reproduce them', async () => {
		const out = path.join(tmp, 'condition');
		const r = await runSweep(sweepConfig({scenario, sampler: 'mc', n: 3000, levers: false, workers: 0, out, condition: true}));
		expect(r.metadata.outcomes.slice(-2)).toEqual(['obs.hukouUrbanizationRate.2017', 'obs.hukouUrbanizationRate.2018']);
		expect(r.metadata.condition).toMatchObject({method: 'rejection', tolerance: 0.002, on: 'calibration'});
		const c = r.conditioning!;
		const p = c.policies[0]!;
		expect(p.kept).toBeGreaterThan(100);
		expect(p.kept).toBeLessThan(p.runs);
		// Every kept run reproduces both figures within the tolerance (checked on runs.csv itself).
		const lines = fs.readFileSync(path.join(out, 'runs.csv'), 'utf8').trim().split('\n');
		const header = lines[0]!.split(',');
		const j17 = header.indexOf('obs.hukouUrbanizationRate.2017');
		const j18 = header.indexOf('obs.hukouUrbanizationRate.2018');
		const within = lines.slice(1).filter((l) => {
			const f = l.split(',');
			return Math.abs(Number(f[j17]) - 0.313) <= 0.002 && Math.abs(Number(f[j18]) - 0.3289) <= 0.002;
		});
		expect(within).toHaveLength(p.kept);
		const met = p.outcomes.find((o) => o.outcome === 'target37Met')!;
		expect(met.pMet!.unconditional).toBeGreaterThan(met.pMet!.p);
		expect(p.ridges.map((x) => `${x.a}×${x.b}`)).toContain('willingness×takeUp');
		expect(r.stdout).toContain('not separately identifiable: willingness × takeUp');
		expect(fs.existsSync(path.join(out, 'conditioning.json'))).toBe(true);
	});
	it('conditions a scenario with calibration observations by default, and says so; --no-condition turns it off', async () => {
		const on = await runSweep(sweepConfig({scenario, sampler: 'mc', n: 200, levers: false, workers: 0, out: path.join(tmp, 'default-on')}));
		expect(on.conditioning?.byDefault).toBe(true);
		expect(on.stdout).toContain('by default the analysis is conditioned on the observations');
		const off = await runSweep(sweepConfig({scenario, sampler: 'mc', n: 200, levers: false, workers: 0, out: path.join(tmp, 'default-off'), condition: false}));
		expect(off.conditioning).toBeUndefined();
		expect(off.metadata.outcomes.some((o) => o.startsWith('obs.'))).toBe(false);
	});
	it('refuses --condition for a test model', () => {
		expect(() => sweepConfig({model: 'ishigami', condition: true})).toThrow(/needs a scenario/);
	});
});
