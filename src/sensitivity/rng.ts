/**
 * Seeded random streams for samplers and bootstraps.
 *
 * pure-rand's xoroshiro128+ (Blackman & Vigna 2018) seeded with a raw integer starts from the state
 * (-1, ~seed, seed, 0): small consecutive seeds then give correlated first draws (TOOLCHAIN §7). So the
 * 128-bit state is filled from splitmix32 (a 32-bit variant of Steele, Lea & Flood 2014, "Fast splittable
 * pseudorandom number generators") applied to (seed, stream). A stream is an independent sequence named
 * by an integer: run i of a Monte Carlo sample uses stream i, so its draws depend only on (seed, i) and
 * never on which worker evaluated it or in what order.
 */
import {xoroshiro128plusFromState} from 'pure-rand/generator/xoroshiro128plus';
import {uniformFloat64} from 'pure-rand/distribution/uniformFloat64';

/** A mutable source of uniform doubles in [0, 1) with 53 random bits. */
export interface Rng {
	/** Next uniform in [0, 1). */
	next(): number;
	/** Next integer in [0, n). */
	int(n: number): number;
}

/** One splitmix32 step: returns the mixed output for the state x (a 32-bit integer). */
export function splitmix32(x: number): number {
	let z = (x + 0x9e3779b9) | 0;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	return (z ^ (z >>> 16)) >>> 0;
}

/** Check that a seed is usable and fold it to 32 bits (seeds above 2^32 keep their high bits). */
export function normalizeSeed(seed: number): number {
	if (!Number.isSafeInteger(seed) || seed < 0) {
		throw new RangeError(`seed must be a non-negative integer, got ${seed}; hint: use e.g. --seed 42`);
	}
	const high = Math.floor(seed / 0x1_0000_0000);
	return (seed ^ splitmix32(high)) >>> 0;
}

/**
 * The stream `stream` (a non-negative integer) of the generator seeded by `seed`.
 * Streams with different (seed, stream) pairs are seeded from distinct splitmix32 chains.
 */
export function createRng(seed: number, stream = 0): Rng {
	const s = normalizeSeed(seed);
	// Chain splitmix32 over (seed, stream) to get four 32-bit state words.
	let h = splitmix32(s);
	h = splitmix32(h ^ (stream >>> 0));
	h = splitmix32(h ^ Math.floor(stream / 0x1_0000_0000));
	const state: number[] = [];
	for (let i = 0; i < 4; i++) {
		h = splitmix32(h + i);
		state.push(h | 0);
	}
	// xoroshiro128+ must not start from the all-zero state.
	if (!state.some((w) => w !== 0)) state[0] = 1;
	const gen = xoroshiro128plusFromState(state);
	return {
		next: () => uniformFloat64(gen),
		int: (n: number) => Math.floor(uniformFloat64(gen) * n),
	};
}

/** Fisher–Yates shuffle of `a` in place with `rng` (Knuth, TAOCP vol. 2, Algorithm P). */
export function shuffleInPlace(a: Int32Array | number[], rng: Rng): void {
	for (let i = a.length - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		const t = a[i]!;
		a[i] = a[j]!;
		a[j] = t;
	}
}
