/**
 * Given-data sensitivity on any sample: Spearman rank correlation and partial rank correlation
 * coefficients (PRCC; Iman & Conover 1980, Commun. Stat. A9(17); Marino et al. 2008, J. Theor. Biol.
 * 254, 178–196). PRCC_i = −P_iy / √(P_ii P_yy), with P the inverse of the rank correlation matrix of
 * (X, y); the interval comes from Fisher's z with n − 3 − (k − 1) degrees of freedom.
 */
import {zForConfidence} from '../normal.js';
import type {Problem} from '../problem.js';
import type {Sample} from '../sample.js';
import {checkOutput, constantOutputWarning} from './common.js';

export interface PrccResult {
	method: 'prcc';
	names: string[];
	PRCC: number[];
	PRCC_conf: number[];
	spearman: number[];
	runs: number;
	warnings: string[];
}

/** Ranks 1…n with ties given their average rank. */
export function ranks(v: ArrayLike<number>): Float64Array {
	const n = v.length;
	const order = Array.from({length: n}, (_, i) => i).sort((a, b) => v[a]! - v[b]!);
	const r = new Float64Array(n);
	for (let i = 0; i < n; ) {
		let j = i;
		while (j + 1 < n && v[order[j + 1]!] === v[order[i]!]) j++;
		for (let t = i; t <= j; t++) r[order[t]!] = (i + j) / 2 + 1;
		i = j + 1;
	}
	return r;
}

function correlation(a: Float64Array, b: Float64Array): number {
	const n = a.length;
	let ma = 0;
	let mb = 0;
	for (let i = 0; i < n; i++) (ma += a[i]!), (mb += b[i]!);
	ma /= n;
	mb /= n;
	let sab = 0;
	let saa = 0;
	let sbb = 0;
	for (let i = 0; i < n; i++) {
		const da = a[i]! - ma;
		const db = b[i]! - mb;
		sab += da * db;
		saa += da * da;
		sbb += db * db;
	}
	return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Number.NaN;
}

/** Gauss–Jordan inverse with partial pivoting; null when singular. */
export function invert(m: number[][]): number[][] | null {
	const n = m.length;
	const a = m.map((row, i) => [...row, ...Array.from({length: n}, (_, j) => (i === j ? 1 : 0))]);
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
		if (Math.abs(a[p]![c]!) < 1e-12) return null;
		[a[c], a[p]] = [a[p]!, a[c]!];
		const piv = a[c]![c]!;
		for (let j = 0; j < 2 * n; j++) a[c]![j] = a[c]![j]! / piv;
		for (let r = 0; r < n; r++) {
			if (r === c) continue;
			const f = a[r]![c]!;
			if (f !== 0) for (let j = 0; j < 2 * n; j++) a[r]![j] = a[r]![j]! - f * a[c]![j]!;
		}
	}
	return a.map((row) => row.slice(n));
}

export function analyzePrcc(problem: Problem, sample: Sample, Y: ArrayLike<number>, options: {confLevel?: number} = {}): PrccResult {
	checkOutput('prcc', sample, Y);
	const k = sample.k;
	const keep: number[] = [];
	for (let r = 0; r < sample.rows; r++) if (Number.isFinite(Y[r]!)) keep.push(r);
	const n = keep.length;
	const warnings = n < sample.rows ? [`${sample.rows - n} failed runs left out`] : [];
	const constantY = constantOutputWarning(Y);
	if (constantY) {
		const zeros = (): number[] => new Array<number>(k).fill(0);
		return {method: 'prcc', names: [...problem.names], PRCC: zeros(), PRCC_conf: zeros(), spearman: zeros(), runs: n, warnings: [...warnings, constantY]};
	}
	const cols = Array.from({length: k}, (_, j) => ranks(keep.map((r) => sample.X[r * k + j]!)));
	cols.push(ranks(keep.map((r) => Y[r]!)));
	const C = cols.map((a) => cols.map((b) => correlation(a, b)));
	const spearman = Array.from({length: k}, (_, j) => C[j]![k]!);
	const constant = spearman.map((s) => Number.isNaN(s));
	// Constant columns (or a constant output) make C singular; drop them from the partial correlations.
	const live = Array.from({length: k}, (_, j) => j).filter((j) => !constant[j]);
	const idx = [...live, k];
	const P = Number.isNaN(C[k]![k]!) ? null : invert(idx.map((a) => idx.map((b) => C[a]![b]!)));
	const PRCC = new Array<number>(k).fill(Number.NaN);
	const PRCC_conf = new Array<number>(k).fill(Number.NaN);
	const z = zForConfidence(options.confLevel ?? 0.95);
	const dof = n - 3 - (live.length - 1);
	if (P) {
		const y = live.length;
		live.forEach((j, a) => {
			const r = Math.max(-1, Math.min(1, -P[a]![y]! / Math.sqrt(P[a]![a]! * P[y]![y]!)));
			PRCC[j] = r;
			if (dof > 0) {
				const zr = Math.atanh(Math.min(0.999999999999, Math.abs(r)));
				PRCC_conf[j] = (Math.tanh(zr + z / Math.sqrt(dof)) - Math.tanh(zr - z / Math.sqrt(dof))) / 2;
			}
		});
	} else {
		warnings.push('rank correlation matrix is singular (constant output or collinear inputs); PRCC is NaN');
	}
	if (dof <= 0) warnings.push(`too few runs (${n}) for ${k} inputs; PRCC needs more than k + 2 runs`);
	return {method: 'prcc', names: [...problem.names], PRCC, PRCC_conf, spearman, runs: n, warnings};
}
