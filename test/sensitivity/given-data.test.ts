import {describe, expect, it} from 'vitest';
import {
	analyze,
	analyzeMonteCarlo,
	analyzeOneAtATime,
	analyzePrcc,
	linearModel,
	ranks,
	sampleLatinHypercube,
	sampleMonteCarlo,
	sampleOneAtATime,
	uniformProblem,
} from '../../src/sensitivity/index.js';
import {evaluateRows} from './helpers.js';

describe('Monte Carlo summaries', () => {
	const p = uniformProblem([['x', 0, 1]]);
	const s = sampleMonteCarlo(p, 20000, 4);
	const Y = Float64Array.from({length: s.rows}, (_, r) => s.X[r]!);
	it('mean, sd and quantiles of U(0,1)', () => {
		const res = analyzeMonteCarlo(p, s, Y, {target: {op: '>=', value: 0.8}});
		expect(res.mean).toBeCloseTo(0.5, 2);
		expect(res.sd).toBeCloseTo(Math.sqrt(1 / 12), 2);
		expect(res.quantiles['0.95']).toBeCloseTo(0.95, 2);
		expect(Math.abs(res.probability! - 0.2)).toBeLessThan(3 * res.probability_se!);
	});
	it('a 0/1 outcome has probability = share of ones; failed runs are counted and left out', () => {
		const flags = Float64Array.from([1, 0, 1, 1, Number.NaN]);
		const small = sampleMonteCarlo(p, 5, 1);
		const res = analyzeMonteCarlo(p, small, flags);
		expect(res.probability).toBe(0.75);
		expect(res.failed).toBe(1);
		expect(res.warnings.join()).toMatch(/1 of 5 runs failed/);
	});
});

describe('PRCC and Spearman', () => {
	it('ranks average ties', () => expect(Array.from(ranks([3, 1, 3, 2]))).toEqual([3.5, 1, 3.5, 2]));
	it('a linear model: PRCC has the sign of each coefficient, is large for strong inputs and ≈ 0 for the idle one', () => {
		const f = linearModel();
		const s = sampleLatinHypercube(f.problem, 500, 2);
		const res = analyzePrcc(f.problem, s, evaluateRows(f, s));
		// Ranks bend the linear relation, so a weak input (x1, 2% of the variance) is well below 1.
		expect(res.PRCC[0]!).toBeGreaterThan(0.3);
		expect(res.PRCC[2]!).toBeGreaterThan(0.9);
		expect(res.PRCC[1]!).toBeLessThan(-0.9);
		expect(Math.abs(res.PRCC[4]!)).toBeLessThan(res.PRCC_conf[4]! * 1.5);
		expect(res.spearman[3]!).toBeGreaterThan(0);
	});
});

describe('tornado', () => {
	it('swings of a linear model are |c|·(high − low), ranked', () => {
		const f = linearModel();
		const s = sampleOneAtATime(f.problem, 0, 0, {lowQuantile: 0, highQuantile: 1});
		const res = analyzeOneAtATime(f.problem, s, evaluateRows(f, s));
		expect(res.swing.map((v) => +v.toFixed(9))).toEqual([1, 4, 6, 5, 0]);
		expect(res.rank).toEqual([2, 3, 1, 0, 4]);
	});
});

describe('sampler/analyser mismatch', () => {
	const f = linearModel();
	const s = sampleMonteCarlo(f.problem, 10, 1);
	it.each([
		['morris', /morris analysis needs a morris sample.*use --sampler morris/],
		['oat', /oat analysis needs a oat sample.*use --sampler oat/],
	] as const)('%s on a Monte Carlo sample is refused', (m, msg) => {
		expect(() => analyze(m, f.problem, s, new Float64Array(10))).toThrow(msg);
	});
});
