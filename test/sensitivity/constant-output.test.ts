import {describe, expect, it} from 'vitest';
import {analyze, constantOutputWarning, ishigami, sampleLatinHypercube, sampleMorris, sampleSaltelli, type AnalyzerName, type Sample} from '../../src/sensitivity/index.js';

// An outcome constant to rounding, as a sum of shares gives: 0.36 ± a few ulps, never exactly equal.
const nearlyConstant = (s: Sample): Float64Array => Float64Array.from({length: s.rows}, (_, r) => 0.12 + 0.24 * (1 + (r % 7) * 1e-16));

describe('constant outcomes give indices 0 and a warning (SALib: "Constant values encountered")', () => {
	const f = ishigami();
	const cases: [AnalyzerName, Sample, string[]][] = [
		['sobol', sampleSaltelli(f.problem, 64, 1), ['S1', 'S1_conf', 'ST', 'ST_conf']],
		['morris', sampleMorris(f.problem, 10, 1), ['mu', 'mu_star', 'sigma', 'mu_star_conf']],
		['rbd-fast', sampleLatinHypercube(f.problem, 200, 1), ['S1', 'S1_conf']],
		['delta', sampleLatinHypercube(f.problem, 200, 1), ['delta', 'delta_conf', 'S1', 'S1_conf']],
		['prcc', sampleLatinHypercube(f.problem, 200, 1), ['PRCC', 'PRCC_conf', 'spearman']],
	];
	it.each(cases)('%s', (method, s, keys) => {
		const Y = nearlyConstant(s);
		expect(new Set(Y).size).toBeGreaterThan(1);
		const res = analyze(method, f.problem, s, Y) as unknown as Record<string, number[]> & {warnings: string[]};
		for (const key of keys) expect(res[key]).toEqual([0, 0, 0]);
		expect(res.warnings.join('\n')).toMatch(/constant across all runs \(mean 0\.360000, sd .* ≤ 1e-12 × \|mean\|\)/);
	});
	it("every run equal to 0.36 (whose mean is not exactly 0.36 in floating point) gives Sobol' 0, not NaN", () => {
		const s = sampleSaltelli(f.problem, 64, 1);
		const res = analyze('sobol', f.problem, s, new Float64Array(s.rows).fill(0.36)) as {S1: number[]; ST: number[]; warnings: string[]};
		expect([...res.S1, ...res.ST]).toEqual([0, 0, 0, 0, 0, 0]);
		expect(res.warnings.join()).toMatch(/constant/);
	});
	it('an outcome that varies around 0, or only a little against its mean, is not constant', () => {
		expect(constantOutputWarning([-1e-20, 1e-20, 0])).toBeNull();
		expect(constantOutputWarning([1, 1 + 1e-9])).toBeNull();
		expect(constantOutputWarning([0, 0, 0])).toMatch(/constant/);
		expect(constantOutputWarning([5, 5, Number.NaN])).toMatch(/mean 5\.00000/);
	});
});
