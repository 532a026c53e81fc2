/**
 * Ascending sort of float64 values in place, the order of Float64Array.prototype.sort (−0 before +0)
 * for values that are not NaN. Large arrays (a sweep's column of 10^5–10^6 runs) take a least
 * significant digit radix sort (Knuth, TAOCP vol. 3, §5.2.5; four passes of 16-bit digits) of the IEEE 754 bits made
 * order-preserving (sign bit flipped for positives, every bit for negatives): 2–3× faster than the
 * engine's comparison sort there; small arrays take the engine's. Equal keys are equal bits, so the
 * result is the same array of values either way.
 */

/** Below this length the engine's sort is as fast (and needs no compilation of the loops below). */
const RADIX_FROM = 65_536;

export function sortFloat64(a: Float64Array): Float64Array {
	if (a.length < RADIX_FROM) return a.sort();
	const n = a.length;
	const words = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
	toKeys(words);
	const counts = digitCounts(new Uint16Array(a.buffer, a.byteOffset, 4 * n));
	let src: Float64Array = a;
	let dst: Float64Array = new Float64Array(n);
	for (let d = 0; d < 4; d++) {
		const c = counts.subarray(d * DIGITS, (d + 1) * DIGITS);
		if (c.includes(n)) continue; // every key has the same digit here
		offsets(c);
		const from = new Uint32Array(src.buffer, src.byteOffset, 2 * n);
		scatter(from, new Uint32Array(dst.buffer, dst.byteOffset, 2 * n), new Uint16Array(src.buffer, src.byteOffset, 4 * n), c, d);
		[src, dst] = [dst, src];
	}
	if (src !== a) words.set(new Uint32Array(src.buffer, src.byteOffset, 2 * n));
	fromKeys(words);
	return a;
}

/** Four passes of 16-bit digits (little-endian halves of the 64-bit key, 0 = least significant). */
const DIGITS = 65_536;

/** IEEE bits → unsigned keys in the values' order (little-endian words: low at 2i, high at 2i + 1). */
function toKeys(u: Uint32Array): void {
	for (let i = 1; i < u.length; i += 2) {
		const hi = u[i]!;
		if (hi >>> 31) {
			u[i] = ~hi;
			u[i - 1] = ~u[i - 1]!;
		} else u[i] = hi | 0x80000000;
	}
}

function fromKeys(u: Uint32Array): void {
	for (let i = 1; i < u.length; i += 2) {
		const hi = u[i]!;
		if (hi >>> 31) u[i] = hi & 0x7fffffff;
		else {
			u[i] = ~hi;
			u[i - 1] = ~u[i - 1]!;
		}
	}
}

/** counts[d·2¹⁶ + v]: how many keys have digit d equal to v. */
function digitCounts(halves: Uint16Array): Uint32Array {
	const counts = new Uint32Array(4 * DIGITS);
	for (let i = 0; i < halves.length; i += 4) {
		counts[halves[i]!]!++;
		counts[DIGITS + halves[i + 1]!]!++;
		counts[2 * DIGITS + halves[i + 2]!]!++;
		counts[3 * DIGITS + halves[i + 3]!]!++;
	}
	return counts;
}

/** Counts → where each digit's keys start. */
function offsets(c: Uint32Array): void {
	let s = 0;
	for (let v = 0; v < c.length; v++) {
		const t = c[v]!;
		c[v] = s;
		s += t;
	}
}

/** Moves every key (two 32-bit words: keys can have the bits of a NaN, which a float64 copy may not keep) to its digit's next place. */
function scatter(src: Uint32Array, dst: Uint32Array, halves: Uint16Array, c: Uint32Array, d: number): void {
	for (let i = 0; i < src.length; i += 2) {
		const p = 2 * c[halves[2 * i + d]!]!++;
		dst[p] = src[i]!;
		dst[p + 1] = src[i + 1]!;
	}
}
