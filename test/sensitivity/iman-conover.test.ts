import {describe, expect, it} from 'vitest';
import {analyzePrcc, cholesky, ishigami, problemErrors, sample, sampleLatinHypercube, uniformProblem} from '../../src/sensitivity/index.js';

const col = (X: Float64Array, k: number, j: number): number[] => Array.from({length: X.length / k}, (_, r) => X[r * k + j]!);

describe('correlated inputs by rank (Iman & Conover 1982)', () => {
	const p = {...uniformProblem([['a', 0, 1], ['b', 10, 20], ['c', -1, 1], ['d', 0, 5]]), correlations: [{a: 'a', b: 'b', rank: 0.7}, {a: 'c', b: 'd', rank: -0.4}]};
	const s = sample('lhs', p, 2000, 5);
	const spearman = (i: number, j: number): number => {
		// Spearman rank correlation of two columns: the PRCC analyser on a one-input sample reports it.
		const q = {...uniformProblem([['x', 0, 1]])};
		const one = {method: 'lhs' as const, X: Float64Array.from(col(s.X, 4, i)), rows: 2000, k: 1, names: ['x'], seed: 0, n: 2000, warnings: []};
		return analyzePrcc(q, one, Float64Array.from(col(s.X, 4, j))).spearman[0]!;
	};
	it('the rank correlations are the targets (to sampling error), the other pairs stay near 0', () => {
		expect(spearman(0, 1)).toBeCloseTo(0.7, 1);
		expect(Math.abs(spearman(0, 1) - 0.7)).toBeLessThan(0.03);
		expect(Math.abs(spearman(2, 3) + 0.4)).toBeLessThan(0.03);
		expect(Math.abs(spearman(0, 2))).toBeLessThan(0.06);
		expect(Math.abs(spearman(1, 3))).toBeLessThan(0.06);
	});
	it('each column keeps its values: the Latin hypercube strata are unchanged', () => {
		const plain = sampleLatinHypercube(p, 2000, 5);
		for (let j = 0; j < 4; j++) expect(col(s.X, 4, j).sort((x, y) => x - y)).toEqual(col(plain.X, 4, j).sort((x, y) => x - y));
	});
	it('is deterministic for a seed, and refuses designs that assume independence', () => {
		expect(sample('lhs', p, 200, 9).X).toEqual(sample('lhs', p, 200, 9).X);
		expect(() => sample('saltelli', p, 64, 1)).toThrow(/correlated inputs need a random sample \(mc, lhs, sobol\), got 'saltelli'/);
		expect(() => sample('morris', p, 10, 1)).toThrow(/assume independent inputs/);
	});
	it('inconsistent or malformed correlations are refused with the input named', () => {
		const bad = {...ishigami().problem, correlations: [{a: 'x1', b: 'x2', rank: 0.9}, {a: 'x2', b: 'x3', rank: 0.9}, {a: 'x1', b: 'x3', rank: -0.9}]};
		expect(() => sample('mc', bad, 100, 1)).toThrow(/not positive definite/);
		expect(problemErrors({...ishigami().problem, correlations: [{a: 'x1', b: 'zz', rank: 1}]}).join('\n')).toMatch(/unknown input "zz"[\s\S]*strictly between -1 and 1/);
		expect(cholesky([[4, 2], [2, 3]])).toEqual([[2, 0], [1, Math.SQRT2]]);
	});
});
