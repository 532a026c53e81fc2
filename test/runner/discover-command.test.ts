import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {sweepConfig} from '../../cli/sweep/config.js';
import {discover} from '../../cli/sweep/discovery.js';
import {runSweep} from '../../cli/sweep/run-sweep.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'research-discover-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const dir = path.join(tmp, 'mc');

describe('hukou-sim discover DIR --outcome NAME', () => {
	beforeAll(() => runSweep(sweepConfig({model: 'linear', sampler: 'lhs', n: 2000, out: dir, workers: 0})));

	it('JSON in the documented shape: {outcome, boxes: [{coverage, density, mass, limits: {INPUT: [lo, hi]}}], trajectory}', async () => {
		// y = 1 + x1 − 2 x2 + 3 x3 + 0.5 x4: y > 9 needs x3 and x4 high and x2 low.
		const {stdout} = await discover({dir, outcome: 'y', above: 9, format: 'json'});
		const doc = JSON.parse(stdout);
		expect(doc).toMatchObject({outcome: 'y', cases: 'y > 9', runs: 2000});
		expect(doc.boxes.length).toBeGreaterThan(0);
		const b = doc.boxes[0];
		expect(Object.keys(b)).toEqual(expect.arrayContaining(['coverage', 'density', 'mass', 'limits']));
		expect(b.density).toBeGreaterThanOrEqual(0.8);
		expect(Object.keys(b.limits)).toEqual(expect.arrayContaining(['x2', 'x3', 'x4']));
		expect(b.limits.x3[0]).toBeGreaterThan(0);
		expect(b.limits.x4[0]).toBeGreaterThan(14);
		for (const [lo, hi] of Object.values(b.limits) as [number, number][]) expect(lo).toBeLessThan(hi);
		expect(doc.trajectory[0]).toMatchObject({box: 1, step: 0, phase: 'start', coverage: 1, mass: 1});
	});

	it('the table lists the boxes, the trajectory and the tradeoff chart', async () => {
		const {stdout} = await discover({dir, outcome: 'y', above: 9, format: 'table'});
		expect(stdout).toMatch(/^PRIM scenario discovery: y > 9 in \d+ of 2000 runs/);
		expect(stdout).toMatch(/box 1: coverage [\d.]+, density [\d.]+, mass [\d.]+/);
		expect(stdout).toMatch(/peeling trajectory\nbox  step  phase/);
		expect(stdout).toMatch(/density\n1\.0 \|/);
	});

	it('runs made elsewhere (--inputs, --outputs, --problem) give the same boxes as the sweep folder they came from', async () => {
		const lines = fs.readFileSync(path.join(dir, 'runs.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
		fs.writeFileSync(path.join(tmp, 'X.csv'), lines.map((c) => c.slice(1, 6).join(',')).join('\n') + '\n');
		fs.writeFileSync(path.join(tmp, 'Y.csv'), lines.map((c) => c[6]).join('\n') + '\n');
		const meta = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8'));
		const yaml = 'inputs:\n' + meta.parameters.map((p: {name: string; dist: object}) => `  - {name: ${p.name}, dist: ${JSON.stringify(p.dist)}}`).join('\n') + '\n';
		fs.writeFileSync(path.join(tmp, 'problem.yaml'), yaml);
		const ext = await discover({inputs: path.join(tmp, 'X.csv'), outputs: path.join(tmp, 'Y.csv'), problem: path.join(tmp, 'problem.yaml'), outcome: 'y', above: 9, format: 'json'});
		const own = await discover({dir, outcome: 'y', above: 9, format: 'json'});
		expect(JSON.parse(ext.stdout).boxes).toEqual(JSON.parse(own.stdout).boxes);
	});

	it('a non-0/1 outcome without --below/--above, an unknown outcome, or no case at all is refused with a hint', async () => {
		await expect(discover({dir, outcome: 'y', format: 'table'})).rejects.toThrow(/not a 0\/1 outcome/);
		await expect(discover({dir, outcome: 'z', format: 'table'})).rejects.toThrow(/"z" is not an outcome/);
		await expect(discover({dir, outcome: 'y', above: 1e9, format: 'table'})).rejects.toThrow(/no run has y > 1000000000/);
		await expect(discover({dir, outcome: 'y', above: 1, below: 2, format: 'table'})).rejects.toThrow(/not both/);
	});
});
