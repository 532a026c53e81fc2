import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {normalCdf, normalPpf, ppf, validateDistribution, type Distribution} from '../../src/sensitivity/index.js';

const dists: Distribution[] = [
	{type: 'uniform', min: -2, max: 3},
	{type: 'triangular', min: 0, mode: 1, max: 4},
	{type: 'normal', mean: 5, sd: 2},
	{type: 'truncnormal', mean: 0, sd: 1, min: -1, max: 2},
	{type: 'truncnormal', mean: 0, sd: 1, min: 6, max: 7},
	{type: 'lognormal', mu: 0, sigma: 0.5},
	{type: 'discrete', values: [1, 2, 3], weights: [1, 0, 3]},
];
const u01 = fc.double({min: 0, max: 1, noNaN: true});

describe.each(dists.map((d) => [d.type, d] as const))('ppf of %s', (_t, d) => {
	it('is monotone non-decreasing', () => {
		fc.assert(fc.property(u01, u01, (a, b) => ppf(d, Math.min(a, b)) <= ppf(d, Math.max(a, b))));
	});
	it('stays inside the support', () => {
		fc.assert(
			fc.property(fc.double({min: 1e-12, max: 1 - 1e-12, noNaN: true}), (u) => {
				const x = ppf(d, u);
				if ('min' in d && x < d.min) return false;
				if ('max' in d && x > d.max) return false;
				if (d.type === 'lognormal' && !(x > 0)) return false;
				if (d.type === 'discrete' && !d.values.includes(x)) return false;
				return Number.isFinite(x);
			}),
		);
	});
	it('has no validation problems', () => expect(validateDistribution(d)).toEqual([]));
});

describe('known quantiles', () => {
	it('uniform and triangular medians, normal 97.5%, lognormal median', () => {
		expect(ppf({type: 'uniform', min: 2, max: 4}, 0.5)).toBe(3);
		expect(ppf({type: 'triangular', min: 0, mode: 1, max: 2}, 0.5)).toBeCloseTo(1, 12);
		expect(ppf({type: 'normal', mean: 0, sd: 1}, 0.975)).toBeCloseTo(1.959963984540054, 12);
		expect(ppf({type: 'lognormal', mu: 1, sigma: 2}, 0.5)).toBeCloseTo(Math.E, 12);
		expect(ppf({type: 'discrete', values: [1, 2, 3], weights: [1, 0, 3]}, 0.3)).toBe(3);
	});
	it('truncated normal puts its median where the CDF halves the truncated mass', () => {
		const x = ppf({type: 'truncnormal', mean: 0, sd: 1, min: 0, max: 10}, 0.5);
		expect(normalCdf(x)).toBeCloseTo(0.75, 12);
	});
	it('normal ppf inverts the CDF', () => {
		fc.assert(fc.property(fc.double({min: 1e-9, max: 1 - 1e-9, noNaN: true}), (p) => Math.abs(normalCdf(normalPpf(p)) - p) < 1e-13));
	});
});

describe('validation names field, value and expectation', () => {
	it.each([
		[{type: 'uniform', min: 3, max: 1}, /expected min < max, got min=3, max=1/],
		[{type: 'normal', mean: 0, sd: -1}, /sd: expected a number > 0, got -1/],
		[{type: 'triangular', min: 0, mode: 5, max: 4}, /expected mode <= max/],
		[{type: 'discrete', values: [1, 2], weights: [1]}, /expected 2 weights/],
		[{type: 'beta', a: 1}, /unknown distribution "beta"; expected one of uniform/],
		[{type: 'lognormal', mu: 'x', sigma: 1}, /mu: expected a finite number, got "x"/],
	])('%j', (d, msg) => expect(validateDistribution(d).join('\n')).toMatch(msg));
});
