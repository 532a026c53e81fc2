/**
 * Conditioning on observations: closed forms of the rejection set, the kernel weights, Kish's ESS,
 * the Wilson interval (published values), ABC rejection on a model whose posterior is known by
 * symmetry, and the ridge of inputs that enter only as a product.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {conditionWeights, effectiveSampleSize, ridges, weightedProbability, weightedSummary, wilsonInterval} from '../../src/sensitivity/conditioning.js';
import {createRng} from '../../src/sensitivity/rng.js';

describe('conditionWeights', () => {
	// Two runs × (outcome, observed figure).
	const Y = Float64Array.from([1, 0.31, 0, 0.33, 1, NaN]);
	it('keeps a run only when every figure is within the tolerance, never a failed run', () => {
		expect(Array.from(conditionWeights(Y, 2, [{column: 1, observed: 0.3115, tolerance: 0.002}], 'rejection'))).toEqual([1, 0, 0]);
	});
	it('weights by the Gaussian kernel exp(−½(e/σ)²)', () => {
		const w = conditionWeights(Y, 2, [{column: 1, observed: 0.32, tolerance: 0.01}], 'weights');
		expect(w[0]).toBeCloseTo(Math.exp(-0.5), 12);
		expect(w[1]).toBeCloseTo(Math.exp(-0.5), 12);
		expect(w[2]).toBe(0);
	});
	it('names every bad figure at once', () => {
		expect(() => conditionWeights(Y, 2, [{column: 5, observed: 1, tolerance: 0}], 'rejection')).toThrow(/column 5.*tolerance must be a positive number/);
	});
});

describe('effective sample size and the Wilson interval', () => {
	it('Kish: 0/1 weights count the kept runs; (Σw)²/Σw² otherwise', () => {
		expect(effectiveSampleSize(Float64Array.from([1, 1, 0, 0]))).toBe(2);
		expect(effectiveSampleSize(Float64Array.from([1, 0.5]))).toBeCloseTo(2.25 / 1.25, 12);
	});
	it('matches the published Wilson 95% interval for 50 of 100 (0.4038, 0.5962) and 0 of 10 (0, 0.2775)', () => {
		const [a, b] = wilsonInterval(0.5, 100);
		expect(a).toBeCloseTo(0.4038, 4);
		expect(b).toBeCloseTo(0.5962, 4);
		const [c, d] = wilsonInterval(0, 10);
		expect(c).toBe(0);
		expect(d).toBeCloseTo(0.2775, 4);
	});
});

describe('ABC rejection on y = a + b with a, b ~ U(0, 1)', () => {
	// Observing y = 1 makes a and b symmetric given y: P(a > 1/2 | y ≈ 1) = 1/2, E[a | y ≈ 1] = 1/2.
	const rng = createRng(7);
	const rand = () => rng.next();
	const runs = 40_000;
	const X = new Float64Array(runs * 2);
	const Y = new Float64Array(runs * 3);
	for (let r = 0; r < runs; r++) {
		const a = rand();
		const b = rand();
		X[2 * r] = a;
		X[2 * r + 1] = b;
		Y[3 * r] = a;
		Y[3 * r + 1] = a > 0.5 ? 1 : 0;
		Y[3 * r + 2] = a + b;
	}
	const w = conditionWeights(Y, 3, [{column: 2, observed: 1, tolerance: 0.02}], 'rejection');
	it('keeps about the share of the triangle density at 1 (2 × tol = 4%)', () => {
		expect(effectiveSampleSize(w) / runs).toBeCloseTo(0.04, 2);
	});
	it('recovers the posterior mean and probability within their sampling error', () => {
		const s = weightedSummary(Y, 3, 0, w);
		expect(Math.abs(s.mean - 0.5)).toBeLessThan(0.02);
		const p = weightedProbability(Y, 3, 1, w);
		expect(p.lower).toBeLessThan(0.5);
		expect(p.upper).toBeGreaterThan(0.5);
	});
	it('flags a and b as a ridge only when the figure is their product', () => {
		// y = a + b fixes the sum, not the product: the log-correlation is negative but a product
		// model shows it sharper. Build y = a × b and condition on 0.25.
		const Yp = new Float64Array(runs);
		for (let r = 0; r < runs; r++) Yp[r] = X[2 * r]! * X[2 * r + 1]!;
		const wp = conditionWeights(Yp, 1, [{column: 0, observed: 0.25, tolerance: 0.005}], 'rejection');
		const found = ridges(X, ['a', 'b'], wp);
		expect(found).toHaveLength(1);
		expect(found[0]!.correlation).toBeLessThan(-0.9);
		expect(found[0]!.cvProduct).toBeLessThan(found[0]!.cvA / 5);
		expect(ridges(X, ['a', 'b'], new Float64Array(runs).fill(1))).toHaveLength(0);
	});
});

describe('weightedSummary', () => {
	it('with equal weights gives the sample mean and the empirical quantiles', () => {
		fc.assert(
			fc.property(fc.array(fc.double({min: -1e6, max: 1e6, noNaN: true}), {minLength: 1, maxLength: 50}), (ys) => {
				const Y = Float64Array.from(ys);
				const s = weightedSummary(Y, 1, 0, new Float64Array(ys.length).fill(1));
				const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
				expect(s.mean).toBeCloseTo(mean, 6);
				const sorted = [...ys].sort((a, b) => a - b);
				expect(s.q50).toBe(sorted[Math.ceil(0.5 * ys.length) - 1]);
			}),
		);
	});
});
