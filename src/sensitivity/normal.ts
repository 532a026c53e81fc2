/**
 * The standard normal distribution to double precision, for ppf-based sampling and for z-scores of
 * confidence levels.
 * - ppf: Wichura (1988), "Algorithm AS 241: The percentage points of the normal distribution",
 *   Applied Statistics 37(3), 477–484 (PPND16, relative accuracy about 1e-16).
 * - cdf: Hart (1968) algorithm 5666 as given by West (2005), "Better approximations to cumulative
 *   normal functions", Wilmott Magazine (absolute accuracy about 1e-15).
 */

function poly(c: readonly number[], x: number): number {
	let s = 0;
	for (let i = c.length - 1; i >= 0; i--) s = s * x + c[i]!;
	return s;
}

const A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
	45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
	39307.89580009271061, 28729.085735721942674, 5226.495278852545925];
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
	1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
	0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
	0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
	7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** Inverse of the standard normal CDF; −∞ at 0 and +∞ at 1, NaN outside [0, 1]. */
export function normalPpf(p: number): number {
	if (!(p >= 0 && p <= 1)) return Number.NaN;
	if (p === 0) return -Infinity;
	if (p === 1) return Infinity;
	const q = p - 0.5;
	if (Math.abs(q) <= 0.425) {
		const r = 0.180625 - q * q;
		return (q * poly(A, r)) / poly(B, r);
	}
	let r = q < 0 ? p : 1 - p;
	r = Math.sqrt(-Math.log(r));
	let x: number;
	if (r <= 5) {
		r -= 1.6;
		x = poly(C, r) / poly(D, r);
	} else {
		r -= 5;
		x = poly(E, r) / poly(F, r);
	}
	return q < 0 ? -x : x;
}

/** Standard normal CDF Φ(x). */
export function normalCdf(x: number): number {
	if (Number.isNaN(x)) return Number.NaN;
	const ax = Math.abs(x);
	let c: number;
	if (ax > 37) {
		c = 0;
	} else {
		const e = Math.exp((-ax * ax) / 2);
		if (ax < 7.07106781186547) {
			let b = 3.52624965998911e-2 * ax + 0.700383064443688;
			b = b * ax + 6.37396220353165;
			b = b * ax + 33.912866078383;
			b = b * ax + 112.079291497871;
			b = b * ax + 221.213596169931;
			b = b * ax + 220.206867912376;
			let d = 8.83883476483184e-2 * ax + 1.75566716318264;
			d = d * ax + 16.064177579207;
			d = d * ax + 86.7807322029461;
			d = d * ax + 296.564248779674;
			d = d * ax + 637.333633378831;
			d = d * ax + 793.826512519948;
			d = d * ax + 440.413735824752;
			c = (e * b) / d;
		} else {
			let b = ax + 0.65;
			b = ax + 4 / b;
			b = ax + 3 / b;
			b = ax + 2 / b;
			b = ax + 1 / b;
			c = e / b / 2.506628274631;
		}
	}
	return x > 0 ? 1 - c : c;
}

/** Two-sided z-score for a confidence level, e.g. 1.959964 for 0.95. */
export function zForConfidence(level: number): number {
	if (!(level > 0 && level < 1)) {
		throw new RangeError(`confidence level must be between 0 and 1 (exclusive), got ${level}; hint: 0.95`);
	}
	return normalPpf(0.5 + level / 2);
}
