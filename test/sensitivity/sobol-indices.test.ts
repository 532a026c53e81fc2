import {describe, expect, it} from 'vitest';
import {analyzeSobol, ishigami, linearModel, sampleMonteCarlo, sampleSaltelli, sobolG} from '../../src/sensitivity/index.js';
import {evaluateRows} from './helpers.js';

// Statistical oracle (ANCHORS §3): the analytic index lies inside estimate ± bootstrap half-width.
// A fixed seed keeps the test reproducible; the check itself does not depend on the RNG stream.
describe.each([
	['ishigami', ishigami()],
	['sobol-g', sobolG()],
	['linear', linearModel()],
])('Sobol indices of %s', (_name, f) => {
	const sample = sampleSaltelli(f.problem, 1024, 7, {secondOrder: true});
	const res = analyzeSobol(f.problem, sample, evaluateRows(f, sample), {seed: 7});
	it('S1 contains the closed form within its confidence interval', () => {
		f.S1.forEach((s, i) => expect(Math.abs(res.S1[i]! - s)).toBeLessThanOrEqual(res.S1_conf[i]!));
	});
	it('ST contains the closed form within its confidence interval', () => {
		f.ST.forEach((s, i) => expect(Math.abs(res.ST[i]! - s)).toBeLessThanOrEqual(res.ST_conf[i]!));
	});
});

describe('Sobol second order on Ishigami', () => {
	it('S13 ≈ 0.2437, S12 ≈ S23 ≈ 0 (SALib regression tolerances)', () => {
		const f = ishigami();
		const s = sampleSaltelli(f.problem, 4096, 1, {secondOrder: true});
		const res = analyzeSobol(f.problem, s, evaluateRows(f, s));
		expect(res.S2![0]![2]!).toBeCloseTo(0.2437, 1);
		expect(Math.abs(res.S2![0]![1]!)).toBeLessThan(0.05);
		expect(Math.abs(res.S2![1]![2]!)).toBeLessThan(0.05);
	});
});

describe('Sobol analysis guards', () => {
	const f = ishigami();
	const s = sampleSaltelli(f.problem, 64, 1);
	it('constant output gives zeros and a warning', () => {
		const res = analyzeSobol(f.problem, s, new Float64Array(s.rows).fill(3));
		expect(res.S1).toEqual([0, 0, 0]);
		expect(res.warnings.join()).toMatch(/constant/);
	});
	it('refuses a Y of the wrong length with a SALib-like hint', () => {
		expect(() => analyzeSobol(f.problem, s, new Float64Array(s.rows - 1))).toThrow(/second-order matches/);
	});
	it('refuses a non-Saltelli sample with a hint', () => {
		const mc = sampleMonteCarlo(f.problem, 100, 1);
		expect(() => analyzeSobol(f.problem, mc, new Float64Array(100))).toThrow(/sobol analysis needs a saltelli sample.*use --sampler saltelli/);
	});
	it('is deterministic for a seed', () => {
		const Y = evaluateRows(f, s);
		expect(analyzeSobol(f.problem, s, Y, {seed: 3})).toEqual(analyzeSobol(f.problem, s, Y, {seed: 3}));
	});
});
