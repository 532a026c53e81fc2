import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildDesign, crossLevers, saltelliSource, sobolSource} from '../../src/runner/index.js';
import {sample, sampleSaltelli, sampleSobol, sobolSequence, type Problem} from '../../src/sensitivity/index.js';

const problem: Problem = {
	names: ['a', 'b', 'c', 'd'],
	dists: [
		{type: 'uniform', min: 0, max: 1},
		{type: 'normal', mean: 2, sd: 0.5},
		{type: 'triangular', min: -1, mode: 0, max: 3},
		{type: 'lognormal', mu: 0, sigma: 0.3},
	],
};

/** Every block [start, start+count) of the per-block source equals that slice of the whole sampler's matrix. */
function sameBlocks(whole: Float64Array, k: number, block: (s: number, c: number) => Float64Array, rows: number): void {
	fc.assert(
		fc.property(fc.integer({min: 0, max: rows - 1}), fc.integer({min: 1, max: 300}), (start, c) => {
			const count = Math.min(c, rows - start);
			expect(Array.from(block(start, count))).toEqual(Array.from(whole.subarray(start * k, (start + count) * k)));
		}),
		{numRuns: 60},
	);
}

describe('design generated per block', () => {
	it('Sobol′ skip-ahead gives the points of the sequential generator', () => {
		const whole = sobolSequence(3000, 9);
		for (const skip of [0, 1, 2, 3, 5, 1023, 1024, 2047, 2500]) expect(Array.from(sobolSequence(200, 9, {skip}))).toEqual(Array.from(whole.subarray(skip * 9, (skip + 200) * 9)));
	});

	it.each([false, true])('Saltelli blocks equal sampleSaltelli (second order %s), bit for bit', (secondOrder) => {
		const s = sampleSaltelli(problem, 200, 7, {secondOrder});
		const src = saltelliSource(problem, 200, secondOrder);
		expect(src.rows).toBe(s.rows);
		sameBlocks(s.X, 4, src.block, s.rows);
	});

	it('scrambled Sobol′ blocks equal sampleSobol', () => {
		const s = sampleSobol(problem, 1000, 11);
		sameBlocks(s.X, 4, sobolSource(problem, 1000, 11).block, 1000);
	});

	it('Monte Carlo blocks equal the whole sample, and the design facts carry no inputs', () => {
		const d = buildDesign(problem, {sampler: 'mc', n: 500, seed: 3, secondOrder: false});
		sameBlocks(sample('mc', problem, 500, 3).X, 4, d.source.block, 500);
		expect(d.blockwise).toBe(true);
		expect(d.sample.X).toHaveLength(0);
	});

	it('crossed with levers, a block far into the design never builds the whole matrix', () => {
		// 2^31 base points × 6 rows per point × 2 policies: k × rows is past 2^32, one block still comes at once.
		const d = buildDesign(problem, {sampler: 'saltelli', n: 2 ** 31, seed: 1, secondOrder: false});
		const src = crossLevers([{name: 'lever', values: [1, 2]}], d.source);
		expect(src.rows).toBe(2 * 6 * 2 ** 31);
		const X = src.block(src.rows - 3, 3);
		expect(X).toHaveLength(15);
		expect(X[0]).toBe(2);
		expect(X.every(Number.isFinite)).toBe(true);
	});

	it('Latin hypercube and Morris designs are built whole by their sampler', () => {
		const d = buildDesign(problem, {sampler: 'lhs', n: 50, seed: 2, secondOrder: false});
		expect(d.blockwise).toBe(false);
		expect(Array.from(d.source.block(10, 5))).toEqual(Array.from(sample('lhs', problem, 50, 2).X.subarray(40, 60)));
	});
});
