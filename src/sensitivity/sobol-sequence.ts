/**
 * Sobol' low-discrepancy sequence (Sobol 1967) in base 2 with 32-bit precision, generated in
 * Gray-code order (Antonov & Saleev 1979) from the Joe & Kuo (2008) new-joe-kuo-6.21201 direction
 * numbers (SIAM J. Sci. Comput. 30, 2635–2654; data file ./data/sobol-directions.json, taken from
 * scipy's copy). Unscrambled, it reproduces scipy.stats.qmc.Sobol(d, scramble=False, bits=32)
 * bit for bit, first point (all zeros) included.
 */
import directions from './data/sobol-directions.json' with {type: 'json'};

const BITS = 32;
const SCALE = 2 ** -BITS;
export const SOBOL_MAX_DIMENSIONS: number = directions.dimensions;

/** The 32 direction numbers of dimension d (0-based), already shifted to 32-bit integers. */
function directionNumbers(d: number): Uint32Array {
	const v = new Uint32Array(BITS);
	if (d === 0) {
		for (let j = 0; j < BITS; j++) v[j] = 2 ** (BITS - 1 - j);
		return v;
	}
	const p = directions.poly[d]!;
	const m = Math.floor(Math.log2(p));
	const init = directions.vinit[d]!;
	const w = new Array<number>(BITS);
	for (let j = 0; j < m; j++) w[j] = init[j]!;
	// Bratley & Fox (1988) recurrence on the m_j values, with the polynomial's inner coefficients.
	for (let j = m; j < BITS; j++) {
		let nv = w[j - m]!;
		let pow2 = 1;
		for (let k = 0; k < m; k++) {
			pow2 *= 2;
			if ((p >> (m - 1 - k)) & 1) nv ^= pow2 * w[j - k - 1]!;
		}
		w[j] = nv;
	}
	for (let j = 0; j < BITS; j++) v[j] = (w[j]! * 2 ** (BITS - 1 - j)) >>> 0;
	return v;
}

/** Position (0-based) of the lowest zero bit of i. */
function lowZeroBit(i: number): number {
	let b = 0;
	while (i % 2 === 1) {
		i = Math.floor(i / 2);
		b++;
	}
	return b;
}

export interface SobolOptions {
	/** Points to drop from the start of the sequence. */
	skip?: number;
	/** XOR every coordinate with these 32-bit words, one per dimension (random digital shift). */
	shift?: Uint32Array;
}

/** Points skip … skip+n−1 of the d-dimensional sequence, row-major n × d, in [0, 1). */
export function sobolSequence(n: number, d: number, options: SobolOptions = {}): Float64Array {
	if (!Number.isSafeInteger(d) || d < 1 || d > SOBOL_MAX_DIMENSIONS) {
		throw new RangeError(`Sobol' dimension must be 1…${SOBOL_MAX_DIMENSIONS}, got ${d}; hint: fewer uncertain inputs, or group per-unit ones`);
	}
	const skip = options.skip ?? 0;
	if (skip + n > 2 ** BITS) throw new RangeError(`Sobol' sequence with 32 bits has at most 2^32 points, asked for ${skip + n}`);
	const v = Array.from({length: d}, (_, j) => directionNumbers(j));
	const q = new Uint32Array(d);
	const out = new Float64Array(n * d);
	const shift = options.shift;
	// Point 0 is all zeros; point i is point i−1 XOR the direction number at i−1's lowest zero bit,
	// so point i is the XOR of the direction numbers at the set bits of its Gray code i ^ (i >> 1)
	// (Antonov & Saleev 1979): jump straight to point `skip` (a shard far into the design starts at once).
	for (let g = (skip ^ Math.floor(skip / 2)) >>> 0, b = 0; g > 0; g = Math.floor(g / 2), b++) if (g % 2 === 1) step(q, v, b);
	for (let r = 0; r < n; r++) {
		if (r > 0) step(q, v, lowZeroBit(r + skip - 1));
		for (let j = 0; j < d; j++) out[r * d + j] = ((shift ? (q[j]! ^ shift[j]!) >>> 0 : q[j]!) * SCALE);
	}
	return out;
}

function step(q: Uint32Array, v: Uint32Array[], bit: number): void {
	for (let j = 0; j < q.length; j++) q[j] = q[j]! ^ v[j]![bit]!;
}
