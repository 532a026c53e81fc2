import {describe, expect, it} from 'vitest';
import {analyzeMorris, LINEAR_BOUNDS, LINEAR_COEFFICIENTS, linearModel, sampleMorris, ishigami} from '../../src/sensitivity/index.js';
import {evaluateRows} from './helpers.js';

describe('Morris on a linear model', () => {
	const f = linearModel();
	it.each([4, 6, 8])('μ* = |c|·range and σ = 0 (p = %i levels)', (levels) => {
		const s = sampleMorris(f.problem, 20, 11, {levels});
		const res = analyzeMorris(f.problem, s, evaluateRows(f, s));
		LINEAR_COEFFICIENTS.forEach((c, i) => {
			const range = LINEAR_BOUNDS[i]![1] - LINEAR_BOUNDS[i]![0];
			// Equal up to floating-point rounding of the model's own sum.
			expect(res.mu_star[i]!).toBeCloseTo(Math.abs(c) * range, 10);
			expect(res.mu[i]!).toBeCloseTo(c * range, 10);
			expect(res.sigma[i]!).toBeLessThan(1e-9);
		});
	});
});

describe('Morris design', () => {
	const f = ishigami();
	const s = sampleMorris(f.problem, 10, 5);
	it('has r·(k+1) rows, each step moving exactly one input', () => {
		expect(s.rows).toBe(10 * 4);
		for (let t = 0; t < 10; t++) {
			for (let st = 0; st < 3; st++) {
				const a = s.X.subarray((t * 4 + st) * 3, (t * 4 + st + 1) * 3);
				const b = s.X.subarray((t * 4 + st + 1) * 3, (t * 4 + st + 2) * 3);
				const changed = [0, 1, 2].filter((j) => a[j] !== b[j]);
				expect(changed).toEqual([Math.abs(s.morris!.steps[t * 3 + st]!) - 1]);
			}
		}
	});
	it('gives a positive μ* and confidence for every Ishigami input', () => {
		const res = analyzeMorris(f.problem, s, evaluateRows(f, s));
		res.mu_star.forEach((m) => expect(m).toBeGreaterThan(0));
		res.mu_star_conf.forEach((c) => expect(c).toBeGreaterThan(0));
	});
	it('rejects odd levels', () => {
		expect(() => sampleMorris(f.problem, 10, 1, {levels: 5})).toThrow(/even integer/);
	});
});
