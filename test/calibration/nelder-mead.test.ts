/** Nelder–Mead in a box: closed-form minima inside the box, on its boundary, and Rosenbrock's valley. */
import {describe, expect, it} from 'vitest';
import {minimize} from '../../src/optim/nelder-mead.js';

describe('minimize (Nelder–Mead with projection on the box)', () => {
	it('finds the minimum of a separable quadratic inside the box', () => {
		const r = minimize(([x, y]) => (x! - 0.3) ** 2 + 10 * (y! + 0.2) ** 2, [[-1, 1], [-1, 1]]);
		expect(r.converged).toBe(true);
		expect(r.x[0]).toBeCloseTo(0.3, 5);
		expect(r.x[1]).toBeCloseTo(-0.2, 5);
	});
	it('stops on the bound when the unconstrained minimum lies outside', () => {
		const r = minimize(([x, y]) => (x! - 2) ** 2 + (y! - 0.5) ** 2, [[0, 1], [0, 1]]);
		expect(r.x[0]).toBeCloseTo(1, 6);
		expect(r.x[1]).toBeCloseTo(0.5, 5);
		expect(r.value).toBeCloseTo(1, 6);
	});
	it('follows the Rosenbrock valley to (1, 1)', () => {
		const r = minimize(([x, y]) => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2, [[-2, 2], [-1, 3]], {start: [-1.2, 1], maxEvaluations: 2000});
		expect(r.x[0]).toBeCloseTo(1, 3);
		expect(r.x[1]).toBeCloseTo(1, 3);
	});
	it('never evaluates outside the box', () => {
		const seen: number[][] = [];
		minimize(
			(x) => {
				seen.push([...x]);
				return -x[0]! - x[1]!;
			},
			[[0, 1], [0, 2]],
		);
		for (const [x, y] of seen) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(1);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(2);
		}
	});
	it('rejects an empty box', () => {
		expect(() => minimize(() => 0, [[1, 1]])).toThrow(/empty bounds/);
	});
});
