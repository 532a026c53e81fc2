/**
 * sortFloat64 gives the engine's ascending order (Float64Array.prototype.sort) bit for bit, on both
 * of its paths: short arrays (the engine's sort) and long ones (the radix sort), with ties, −0 and
 * +0, subnormals (whose keys have the bits of a NaN), infinities and the extremes.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sortFloat64} from '../../src/sensitivity/sort.js';

const sameBits = (a: Float64Array, b: Float64Array): boolean => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

const tiny = 2.2250738585072014e-308;
const special = [0, -0, 5e-324, -5e-324, tiny, -tiny, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, 1, -1, 0.5];

describe('sortFloat64', () => {
	it('orders short arrays as the engine does', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...special), fc.double({noNaN: true})), {maxLength: 200}), (xs) => {
				const a = Float64Array.from(xs);
				expect(sameBits(sortFloat64(a.slice()), a.slice().sort())).toBe(true);
			}),
		);
	});
	it('orders long arrays (the radix path) as the engine does', () => {
		fc.assert(
			fc.property(fc.integer({min: 1, max: 2 ** 32 - 1}), fc.constantFrom(65_536, 100_003), (seed, n) => {
				// A cheap deterministic stream of doubles: every exponent, both signs, many exact ties and the specials.
				const a = new Float64Array(n);
				let s = seed >>> 0;
				const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
				const words = new Uint32Array(a.buffer);
				for (let i = 0; i < n; i++) {
					if (next() % 7 === 0) a[i] = special[next() % special.length]!;
					else if (next() % 5 === 0) a[i] = (next() % 50) - 25;
					else {
						words[2 * i] = next();
						words[2 * i + 1] = next();
						if (Number.isNaN(a[i])) a[i] = -a.length; // not a NaN
					}
				}
				expect(sameBits(sortFloat64(a.slice()), a.slice().sort())).toBe(true);
			}),
			{numRuns: 12},
		);
	});
	it('sorts in place and returns the array', () => {
		const a = Float64Array.from({length: 70_000}, (_, i) => (i * 7919) % 70_001);
		expect(sortFloat64(a)).toBe(a);
		expect(a.every((v, i) => i === 0 || a[i - 1]! <= v)).toBe(true);
	});
});
