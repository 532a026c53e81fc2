/** The factor method with floors and caps (models/allocation.ts): closed cases and invariants. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {allocate, applyCoefficients, factorShares} from '../../models/index.js';

const run = (pool: number, shares: number[], floor: number[], cap: number[]) => {
	const out = new Float64Array(shares.length);
	const unallocated = allocate(pool, Float64Array.from(shares), Float64Array.from(floor), Float64Array.from(cap), out);
	return {out: [...out], unallocated};
};

describe('allocate', () => {
	it('splits in proportion when no bound binds', () => {
		expect(run(100, [0.5, 0.3, 0.2], [0, 0, 0], [Infinity, Infinity, Infinity])).toEqual({out: [50, 30, 20], unallocated: 0});
	});
	it('gives a capped unit its cap and the excess to the others in proportion (water-filling)', () => {
		const {out, unallocated} = run(100, [0.5, 0.3, 0.2], [0, 0, 0], [30, Infinity, Infinity]);
		expect(out[0]).toBeCloseTo(30, 12);
		expect(out[1]).toBeCloseTo(42, 12);
		expect(out[2]).toBeCloseTo(28, 12);
		expect(unallocated).toBe(0);
	});
	it('lifts a unit to its floor and takes it from the others (保底)', () => {
		const {out} = run(100, [0.9, 0.1, 0], [0, 15, 15], [Infinity, Infinity, Infinity]);
		expect(out).toEqual([70, 15, 15]);
	});
	it('returns what cannot be allocated when every unit is capped', () => {
		expect(run(100, [0.5, 0.5], [0, 0], [10, 10])).toEqual({out: [10, 10], unallocated: 80});
	});
	it('scales floors down when they alone exceed the pool', () => {
		expect(run(100, [1, 1], [100, 100], [Infinity, Infinity]).out).toEqual([50, 50]);
	});
	it('leaves the pool unallocated when no unit has a positive share', () => {
		expect(run(100, [0, 0], [0, 0], [Infinity, Infinity])).toEqual({out: [0, 0], unallocated: 100});
	});

	// Shares and bounds are relative amounts: zero, or at least 1e-9 (denormal shares mean nothing).
	const amount = (max: number) => fc.oneof(fc.constant(0), fc.double({min: 1e-9, max, noNaN: true}));
	const unitBounds = fc.array(
		fc.record({
			share: amount(1),
			floor: amount(50),
			cap: fc.oneof(fc.constant(Infinity), amount(200)),
		}),
		{minLength: 1, maxLength: 30},
	);

	it('always adds up to the pool, within bounds, nothing negative (property)', () => {
		fc.assert(
			fc.property(fc.double({min: 0, max: 1e4, noNaN: true}), unitBounds, (pool, units) => {
				const {out, unallocated} = run(pool, units.map((u) => u.share), units.map((u) => u.floor), units.map((u) => u.cap));
				const total = out.reduce((a, b) => a + b, 0) + unallocated;
				expect(total).toBeCloseTo(pool, 6);
				expect(unallocated).toBeGreaterThanOrEqual(0);
				const floorSum = units.reduce((s, u) => s + Math.min(u.floor, u.cap), 0);
				units.forEach((u, i) => {
					expect(out[i]).toBeGreaterThanOrEqual(0);
					expect(out[i]!).toBeLessThanOrEqual(u.cap + 1e-9);
					if (floorSum <= pool) expect(out[i]!).toBeGreaterThanOrEqual(Math.min(u.floor, u.cap) - 1e-9);
				});
			}),
			{numRuns: 3000},
		);
	});

	it('never gives a unit less when its share grows, others equal (monotonicity, DESIGN §5)', () => {
		fc.assert(
			fc.property(fc.double({min: 1, max: 1e4, noNaN: true}), unitBounds, amount(1), (pool, units, extra) => {
				const shares = units.map((u) => u.share);
				const floors = units.map((u) => u.floor);
				const caps = units.map((u) => u.cap);
				const before = run(pool, shares, floors, caps).out[0]!;
				const after = run(pool, [shares[0]! + extra, ...shares.slice(1)], floors, caps).out[0]!;
				expect(after).toBeGreaterThanOrEqual(before - 1e-9 * Math.max(1, pool));
			}),
			{numRuns: 3000},
		);
	});
});

describe('factor shares', () => {
	it('weights each factor by its share of the province total, skipping empty factors', () => {
		const out = new Float64Array(2);
		factorShares([Float64Array.from([1, 3]), Float64Array.from([0, 0])], [0.5, 0.5], out);
		expect([...out]).toEqual([0.25, 0.75]);
		factorShares([Float64Array.from([1, 3]), Float64Array.from([2, 2])], [0.6, 0.4], out);
		expect(out[0]).toBeCloseTo(0.6 * 0.25 + 0.4 * 0.5, 12);
	});
	it('renormalises after coefficients (tilts)', () => {
		const shares = Float64Array.from([0.5, 0.5]);
		applyCoefficients(shares, Float64Array.from([1, 3]));
		expect([...shares]).toEqual([0.25, 0.75]);
	});
});
