/**
 * The column forms of the conditioning (one outcome column at a time, inputs read block by block)
 * give the numbers of the plain matrix algorithms bit for bit: the references below are those
 * algorithms written out directly (pairs sorted by value, each statistic its own pass), as the
 * conditioned report computed them before it was made to stream. Draws include ties, −0 and +0,
 * failed runs (NaN, ±∞), 0/1 outcomes, zero weights, and 0/1 or kernel weights.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {conditionedColumn, conditionWeights, columnScratch, ridges, ridgesOf, weightFacts, type ObservedFigure} from '../../src/sensitivity/conditioning.js';
import {matrixColumns} from '../../src/sensitivity/output-columns.js';
import {outputFileColumns} from '../../src/runner/output-file.js';

function referenceWeights(Y: Float64Array, columns: number, figures: readonly ObservedFigure[], method: 'rejection' | 'weights'): Float64Array {
	const runs = Y.length / columns;
	const w = new Float64Array(runs);
	for (let r = 0; r < runs; r++) {
		let d2 = 0;
		let keep = true;
		let failed = false;
		for (const f of figures) {
			const e = Y[r * columns + f.column]! - f.observed;
			if (!Number.isFinite(e)) {
				failed = true;
				break;
			}
			if (Math.abs(e) > f.tolerance) keep = false;
			d2 += (e / f.tolerance) ** 2;
		}
		w[r] = failed ? 0 : method === 'rejection' ? (keep ? 1 : 0) : Math.exp(-0.5 * d2);
	}
	return w;
}

function referenceEss(w: ArrayLike<number>): number {
	let s = 0;
	let s2 = 0;
	for (let i = 0; i < w.length; i++) (s += w[i]!), (s2 += w[i]! * w[i]!);
	return s2 > 0 ? (s * s) / s2 : 0;
}

function referenceSummary(y: Float64Array, w: Float64Array) {
	const pairs: [number, number][] = [];
	for (let r = 0; r < w.length; r++) if (w[r]! > 0 && Number.isFinite(y[r]!)) pairs.push([y[r]!, w[r]!]);
	const total = pairs.reduce((s, [, v]) => s + v, 0);
	if (total === 0) return {ess: 0, mean: NaN, q05: NaN, q50: NaN, q95: NaN};
	pairs.sort((a, b) => a[0] - b[0]);
	const quantile = (q: number) => {
		let acc = 0;
		for (const [v, wt] of pairs) {
			acc += wt;
			if (acc >= q * total - 1e-12 * total) return v;
		}
		return pairs.at(-1)![0];
	};
	const mean = pairs.reduce((s, [v, wt]) => s + v * wt, 0) / total;
	return {ess: referenceEss(pairs.map((p) => p[1])), mean, q05: quantile(0.05), q50: quantile(0.5), q95: quantile(0.95)};
}

function referenceProbability(y: Float64Array, w: Float64Array) {
	let s = 0;
	let met = 0;
	const used = new Float64Array(w.length);
	for (let r = 0; r < w.length; r++) {
		if (!(w[r]! > 0) || !Number.isFinite(y[r]!)) continue;
		used[r] = w[r]!;
		s += w[r]!;
		if (y[r]! >= 0.5) met += w[r]!;
	}
	return {p: s > 0 ? met / s : NaN, ess: referenceEss(used)};
}

function referenceRidges(X: Float64Array, names: readonly string[], w: Float64Array, threshold = -0.3) {
	const k = names.length;
	const runs = w.length;
	const out: {a: string; b: string; correlation: number; cvA: number; cvB: number; cvProduct: number}[] = [];
	const stats = (f: (r: number) => number) => {
		let s = 0;
		let m = 0;
		for (let r = 0; r < runs; r++) if (w[r]! > 0) (s += w[r]!), (m += w[r]! * f(r));
		m /= s;
		let v = 0;
		for (let r = 0; r < runs; r++) if (w[r]! > 0) v += w[r]! * (f(r) - m) ** 2;
		return {m, sd: Math.sqrt(v / s)};
	};
	const positive = names.map((_, j) => {
		for (let r = 0; r < runs; r++) if (w[r]! > 0 && !(X[r * k + j]! > 0)) return false;
		return true;
	});
	if (referenceEss(w) < 3) return out;
	const cv = (f: (r: number) => number) => {
		const s = stats(f);
		return s.sd / Math.abs(s.m);
	};
	for (let a = 0; a < k; a++) {
		if (!positive[a]) continue;
		for (let b = a + 1; b < k; b++) {
			if (!positive[b]) continue;
			const la = stats((r) => Math.log(X[r * k + a]!));
			const lb = stats((r) => Math.log(X[r * k + b]!));
			if (la.sd === 0 || lb.sd === 0) continue;
			const correlation = stats((r) => (Math.log(X[r * k + a]!) - la.m) * (Math.log(X[r * k + b]!) - lb.m)).m / (la.sd * lb.sd);
			if (correlation > threshold) continue;
			const [cvA, cvB] = [cv((r) => X[r * k + a]!), cv((r) => X[r * k + b]!)];
			out.push({a: names[a]!, b: names[b]!, correlation, cvA, cvB, cvProduct: cv((r) => X[r * k + a]! * X[r * k + b]!)});
		}
	}
	return out.sort((x, y) => x.correlation - y.correlation);
}

/** Object.is on every number (−0 and +0 differ, NaN equals NaN). */
function expectSameBits(actual: unknown, expected: unknown): void {
	const walk = (a: unknown, e: unknown, at: string): void => {
		if (typeof e === 'number') {
			if (!Object.is(a, e)) throw new Error(`${at}: ${String(a)} is not ${String(e)}`);
		} else if (e && typeof e === 'object') {
			for (const key of Object.keys(e)) walk((a as Record<string, unknown>)[key], (e as Record<string, unknown>)[key], `${at}.${key}`);
		}
		else expect(a).toBe(e);
	};
	walk(actual, expected, 'result');
}

// A few distinct values (ties), signed zeros, failed runs and ordinary doubles.
const value = fc.oneof(
	fc.constantFrom(0, -0, 1, 0.5, 2, -3, NaN, Infinity, -Infinity),
	fc.double({min: -1e9, max: 1e9, noNaN: true}),
	fc.integer({min: -3, max: 3}).map((v) => v / 4),
);
const weight = fc.oneof(fc.constantFrom(0, 1), fc.double({min: 0, max: 2, noNaN: true}));
const column = (values: fc.Arbitrary<number>) =>
	fc.integer({min: 1, max: 60}).chain((n) => {
		const of = <T>(a: fc.Arbitrary<T>) => fc.array(a, {minLength: n, maxLength: n});
		return fc.tuple(of(values), fc.oneof(of(fc.constantFrom(0, 1)), of(weight)));
	});

describe('conditionedColumn', () => {
	it('gives the summary, P(met) and the unconditioned figures of the pairs algorithm, bit for bit', () => {
		fc.assert(
			fc.property(column(fc.oneof(value, fc.constantFrom(0, 1, -0))), ([ys, ws]) => {
				const y = Float64Array.from(ys);
				const w = Float64Array.from(ws);
				const ones = new Float64Array(y.length).fill(1);
				const got = conditionedColumn(y, w, columnScratch(y.length));
				expectSameBits(got.summary, referenceSummary(y, w));
				const p = referenceProbability(y, w);
				expectSameBits({p: got.probability.p, ess: got.probability.ess}, p);
				expectSameBits(got.unconditionalMean, referenceSummary(y, ones).mean);
				expectSameBits(got.unconditionalProbability, referenceProbability(y, ones).p);
				expect(got.indicator).toBe(ys.every((v) => !Number.isFinite(v) || v === 0 || v === 1));
			}),
			{numRuns: 2000},
		);
	});
	it('puts −0 and +0 back in run order for the quantiles of equal weights', () => {
		const y = Float64Array.from([0, -0, 0, -0, 5]);
		const w = Float64Array.from([1, 1, 1, 1, 1]);
		expect(Object.is(conditionedColumn(y, w).summary.q05, 0)).toBe(true);
		expect(Object.is(conditionedColumn(Float64Array.from([-0, 0, 0, 0, 5]), w).summary.q05, -0)).toBe(true);
	});
});

describe('conditionWeights and weightFacts', () => {
	it('weigh every run as the per-run algorithm, from a matrix or its columns', () => {
		const tolerances = fc.double({min: 0.01, max: 3, noNaN: true});
		fc.assert(
			fc.property(fc.integer({min: 1, max: 40}), fc.constantFrom('rejection', 'weights'), tolerances, (runs, method, tolerance) => {
				const Y = Float64Array.from({length: runs * 3}, (_, i) => (i % 17 === 5 ? NaN : Math.sin(i * 7.1) * 2));
				const figures = [
					{column: 2, observed: 0.3, tolerance},
					{column: 0, observed: -0.2, tolerance: tolerance / 2},
				];
				const expected = referenceWeights(Y, 3, figures, method);
				expectSameBits(Array.from(conditionWeights(Y, 3, figures, method)), Array.from(expected));
				expectSameBits(Array.from(conditionWeights(matrixColumns(Y, 3), 3, figures, method)), Array.from(expected));
				expect(weightFacts(expected)).toEqual({kept: expected.filter((v) => v > 0).length, ess: referenceEss(expected)});
			}),
		);
	});
});

describe('ridgesOf', () => {
	// y = a × b × c observed: a, b, c trade off pairwise; d is noise, e is sometimes not positive.
	const runs = 3000;
	const k = 5;
	const names = ['a', 'b', 'c', 'd', 'e'];
	const X = new Float64Array(runs * k);
	const noise = (r: number, j: number) => ((Math.sin(r * (j + 1) * 12.9898) * 43758.5453) % 1 + 1) / 2;
	for (let r = 0; r < runs; r++) for (let j = 0; j < k; j++) X[r * k + j] = j === 4 ? Math.cos(r * 1.3) + 0.9 : 0.5 + noise(r, j);
	const product = (r: number) => X[r * k]! * X[r * k + 1]! * X[r * k + 2]!;
	const rejection = Float64Array.from({length: runs}, (_, r) => (Math.abs(product(r) - 1.6) < 0.15 ? 1 : 0));
	const kernel = Float64Array.from({length: runs}, (_, r) => Math.exp(-0.5 * ((product(r) - 1.6) / 0.1) ** 2));
	const rows = {rows: runs, k, block: (start: number, count: number) => X.slice(start * k, (start + count) * k)};
	it('finds the trade-offs of the reference, number for number, for 0/1 and kernel weights', () => {
		for (const w of [rejection, kernel]) {
			const expected = referenceRidges(X, names, w);
			expect(expected.length).toBeGreaterThanOrEqual(2);
			expectSameBits(ridges(X, names, w), expected);
		}
	});
	it('gives the same numbers whether the kept rows are held or read again per block, for every weighting at once', () => {
		const expected = [referenceRidges(X, names, rejection), referenceRidges(X, names, kernel), []];
		const none = new Float64Array(runs);
		expectSameBits(ridgesOf(rows, names, [rejection, kernel, none], -0.3, 0, 7), expected);
		expectSameBits(ridgesOf(rows, names, [rejection, kernel, none], -0.3, 2 ** 30, 1000), expected);
		expectSameBits(ridgesOf(rows, names, [rejection, kernel, none], -0.3, 2 ** 30, runs * 2), expected);
	});
});

describe('outputFileColumns', () => {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hukou-columns-'));
	afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
	it('reads the columns of the binary outputs file as the matrix holds them, a few per pass', () => {
		const runs = 1234;
		const m = 5;
		const Y = Float64Array.from({length: runs * m}, (_, i) => (i % 11 === 0 ? NaN : i * 0.37 - 100));
		const file = path.join(tmp, 'runs.y.partial');
		fs.writeFileSync(file, new Uint8Array(Y.buffer));
		const fromMatrix = matrixColumns(Y, m);
		for (const budget of [8, runs * 8 * 2, 2 ** 30]) {
			const fromFile = outputFileColumns(file, runs, m, budget);
			for (const j of [4, 0, 1, 2, 3, 4, 2]) expectSameBits(Array.from(fromFile.column(j)), Array.from(fromMatrix.column(j)));
		}
	});
	it('refuses a file whose size is not runs × outputs × 8', () => {
		const file = path.join(tmp, 'short.y');
		fs.writeFileSync(file, new Uint8Array(8 * 9));
		expect(() => outputFileColumns(file, 5, 2)).toThrow(/72 bytes, expected 80/);
	});
});
