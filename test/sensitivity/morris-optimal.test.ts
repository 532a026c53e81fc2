import {describe, expect, it} from 'vitest';
import {analyzeMorris, distanceMatrix, linearModel, sampleMorris, selectTrajectories, trajectoryDistance} from '../../src/sensitivity/index.js';
import {evaluateRows} from './helpers.js';

// The six two-input trajectories of SALib's tests/sample/morris/test_morris_strategies.py.
const t = 1 / 3;
const SIX = [
	[[0, t], [0, 1], [2 * t, 1]],
	[[0, t], [2 * t, t], [2 * t, 1]],
	[[2 * t, 0], [2 * t, 2 * t], [0, 2 * t]],
	[[t, 1], [1, 1], [1, t]],
	[[t, 1], [t, t], [1, t]],
	[[t, 2 * t], [t, 0], [1, 0]],
].flat(2);

describe('optimal trajectories (Campolongo et al. 2007), against SALib’s strategy tests', () => {
	const dist = distanceMatrix(SIX, 6, 3, 2);
	it('the distance matrix (SALib test_compute_distance_matrix, rtol 1e-2)', () => {
		const expected = [[5.5], [6.18, 5.31], [6.89, 6.18, 6.57], [6.18, 5.31, 5.41, 5.5], [7.52, 5.99, 5.52, 7.31, 5.77]];
		expected.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(dist[(i + 1) * 6 + j]! - v) / v).toBeLessThan(1e-2)));
		expect(trajectoryDistance(SIX, 3, 2, 0, 0)).toBe(0);
	});
	it('brute force keeps trajectories 1, 3, 4 and 6 (SALib test_brute_force)', () => {
		expect(selectTrajectories(dist, 6, 4)).toEqual([0, 2, 3, 5]);
	});
	it('the greedy search (past 20,000 subsets) starts from the most distant pair and never spreads less than the first r', () => {
		const f = linearModel();
		const r = 10;
		const s = sampleMorris(f.problem, 60, 7); // 60 random candidates; C(60, 10) is far past the brute-force limit
		const U = s.X; // spread is compared on the same scale for both sets
		const d = distanceMatrix(U, 60, 6, 5);
		const keep = selectTrajectories(d, 60, r);
		const D = (set: number[]): number => Math.sqrt(set.reduce((acc, a, i) => acc + set.slice(i + 1).reduce((q, b) => q + d[a * 60 + b]! ** 2, 0), 0));
		expect(keep.length).toBe(r);
		expect(D(keep)).toBeGreaterThan(D(Array.from({length: r}, (_, i) => i)));
	});
	it('a sample with candidates keeps r trajectories, and μ* of a linear model is still exact', () => {
		const f = linearModel();
		const s = sampleMorris(f.problem, 8, 3, {candidates: 40});
		expect(s.rows).toBe(8 * 6);
		const res = analyzeMorris(f.problem, s, evaluateRows(f, s));
		res.mu_star.forEach((v, i) => expect(v).toBeCloseTo([1, 4, 6, 5, 0][i]!, 9));
		expect(() => sampleMorris(f.problem, 8, 3, {candidates: 4})).toThrow(/candidates must be an integer >= the trajectories r = 8/);
	});
});
