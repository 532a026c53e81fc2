import {describe, expect, it} from 'vitest';
import {
	monteCarloRows,
	sample,
	sampleFromRows,
	sampleFullFactorial,
	sampleLatinHypercube,
	sampleOneAtATime,
	sampleSaltelli,
	SAMPLER_NAMES,
	type Problem,
} from '../../src/sensitivity/index.js';

const problem: Problem = {
	names: ['u', 'tri', 'n', 'tn', 'ln', 'd'],
	dists: [
		{type: 'uniform', min: 0, max: 2},
		{type: 'triangular', min: 0, mode: 1, max: 4},
		{type: 'normal', mean: 5, sd: 1},
		{type: 'truncnormal', mean: 0, sd: 1, min: -1, max: 2},
		{type: 'lognormal', mu: 0, sigma: 0.5},
		{type: 'discrete', values: [1, 2, 3], weights: [1, 1, 2]},
	],
};
const csvRows = [[1, 1, 5, 0, 1, 1], [2, 2, 5, 1, 1, 3]];

describe('every sampler is deterministic for a seed and gives finite values', () => {
	it.each(SAMPLER_NAMES)('%s', (m) => {
		const n = m === 'ff' ? 2 : m === 'morris' ? 4 : 16;
		const a = sample(m, problem, n, 5, {rows: csvRows});
		const b = sample(m, problem, n, 5, {rows: csvRows});
		expect(a.X).toEqual(b.X);
		expect(a.X.length).toBe(a.rows * a.k);
		expect(Array.from(a.X).every(Number.isFinite)).toBe(true);
	});
	it('different seeds give different Monte Carlo samples', () => {
		expect(sample('mc', problem, 8, 1).X).not.toEqual(sample('mc', problem, 8, 2).X);
	});
});

describe('Monte Carlo rows depend only on (seed, row)', () => {
	it('any block equals the same rows of the whole sample', () => {
		const all = monteCarloRows(problem, 42, 0, 100);
		expect(monteCarloRows(problem, 42, 37, 20)).toEqual(all.subarray(37 * 6, 57 * 6));
	});
});

describe('Latin hypercube', () => {
	it('uses every stratum of every input once', () => {
		const p: Problem = {names: ['a', 'b'], dists: [{type: 'uniform', min: 0, max: 1}, {type: 'uniform', min: 0, max: 1}]};
		const s = sampleLatinHypercube(p, 50, 3);
		for (let j = 0; j < 2; j++) {
			const strata = new Set(Array.from({length: 50}, (_, r) => Math.floor(s.X[r * 2 + j]! * 50)));
			expect(strata.size).toBe(50);
		}
	});
});

describe('Saltelli', () => {
	it('has N(k+2) rows, or N(2k+2) with second order, and AB_i differs from A only in column i', () => {
		const p: Problem = {names: ['a', 'b', 'c'], dists: Array.from({length: 3}, () => ({type: 'uniform' as const, min: 0, max: 1}))};
		expect(sampleSaltelli(p, 8, 1).rows).toBe(40);
		const s = sampleSaltelli(p, 8, 1, {secondOrder: true});
		expect(s.rows).toBe(64);
		const row = (r: number): number[] => Array.from(s.X.subarray(r * 3, r * 3 + 3));
		const [A, AB2, B] = [row(0), row(2), row(7)];
		expect(AB2).toEqual([A[0], B[1], A[2]]);
	});
});

describe('full factorial and one-at-a-time', () => {
	it('full factorial crosses all levels, last input fastest, discrete inputs on their values', () => {
		const p: Problem = {names: ['a', 'd'], dists: [{type: 'uniform', min: 0, max: 1}, {type: 'discrete', values: [7, 9]}]};
		expect(Array.from(sampleFullFactorial(p, 3, 0).X)).toEqual([0, 7, 0, 9, 0.5, 7, 0.5, 9, 1, 7, 1, 9]);
	});
	it('one-at-a-time moves one input at a time around the medians', () => {
		const p: Problem = {names: ['a', 'b'], dists: [{type: 'uniform', min: 0, max: 10}, {type: 'uniform', min: 100, max: 200}]};
		const s = sampleOneAtATime(p, 0, 0, {lowQuantile: 0.1, highQuantile: 0.9});
		expect(Array.from(s.X)).toEqual([5, 150, 1, 150, 9, 150, 5, 110, 5, 190]);
	});
});

describe('rows from a user file', () => {
	it('reports every bad row at once', () => {
		expect(() => sampleFromRows(problem, [[1, 2], [1, 2, 3, 4, 5, Number.NaN]], 0, 'inputs.csv')).toThrow(
			/inputs.csv row 1: 2 values, expected 6[\s\S]*row 2, column d: expected a finite number/,
		);
	});
});
