import {describe, expect, it} from 'vitest';
import golden from '../fixtures/sweep/sobol-golden.json' with {type: 'json'};
import {sampleSobol, sobolSequence, uniformProblem} from '../../src/sensitivity/index.js';

// Fixture made by test/fixtures/sweep/export-sobol.py with scipy 1.17.1:
// scipy.stats.qmc.Sobol(d, scramble=False, bits=32).random(n).
describe('Sobol sequence equals scipy', () => {
	it.each(Object.keys(golden.cases))('%s (dimensions x points)', (key) => {
		const [d, n] = key.split('x').map(Number) as [number, number];
		const expected = (golden.cases as Record<string, number[]>)[key]!;
		expect(Array.from(sobolSequence(n, d))).toEqual(expected);
	});
	it('skip continues the same sequence', () => {
		expect(Array.from(sobolSequence(5, 7, {skip: 11}))).toEqual(Array.from(sobolSequence(16, 7).subarray(11 * 7)));
	});
	it('refuses too many dimensions with a hint', () => {
		expect(() => sobolSequence(4, 5000)).toThrow(/dimension must be 1…1024/);
	});
});

describe('Sobol sampler', () => {
	const p = uniformProblem([['a', 0, 1], ['b', 10, 20]]);
	it('warns when n is not a power of two', () => {
		expect(sampleSobol(p, 100, 1).warnings.join()).toMatch(/not a power of 2.*64 or 128/);
		expect(sampleSobol(p, 128, 1).warnings).toEqual([]);
	});
	it('unscrambled equals the scaled scipy points', () => {
		const s = sampleSobol(p, 8, 1, {scramble: false});
		const u = sobolSequence(8, 2);
		expect(Array.from(s.X)).toEqual(Array.from(u, (v, i) => (i % 2 === 0 ? v : 10 + v * 10)));
	});
	it('scrambled points stay balanced: one point per 1/n interval in each dimension', () => {
		const s = sampleSobol(p, 64, 99);
		for (let j = 0; j < 2; j++) {
			const cells = new Set<number>();
			for (let r = 0; r < 64; r++) cells.add(Math.floor(((s.X[r * 2 + j]! - (j ? 10 : 0)) / (j ? 10 : 1)) * 64));
			expect(cells.size).toBe(64);
		}
	});
});
