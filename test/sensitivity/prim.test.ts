import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {prim, primQuantile, sampleLatinHypercube, uniformProblem} from '../../src/sensitivity/index.js';

describe('primQuantile (the EMA Workbench get_quantile; expected values from running its prim_util.get_quantile)', () => {
	it('interpolates at (n − 1)q and steps past ties, away from the median', () => {
		expect(primQuantile([1, 2, 3, 4, 5], 0.05)).toBe(1.5); // i = 0.2: floor 0, ceil 1
		expect(primQuantile([1, 2, 3, 4, 5], 0.95)).toBe(4.5);
		expect(primQuantile([1, 1, 1, 2, 3], 0.05)).toBe(1.5); // lower: hi moves up past the tied 1s
		expect(primQuantile([1, 2, 3, 3, 3], 0.95)).toBe(2.5); // upper: lo moves down past the tied 3s
		expect(primQuantile([0, 0.5, 1], 0.5)).toBe(0.75); // an exact hit counts as a tie with itself
	});
	it("the Workbench's own test_quantile values", () => {
		const ten = Array.from({length: 10}, (_, i) => i);
		expect([0.9, 0.95, 0.1, 0.05].map((q) => primQuantile(ten, q))).toEqual([8.5, 8.5, 0.5, 0.5]);
		expect([0.9, 0.95, 0.1, 0.05].map((q) => primQuantile([1], q))).toEqual([1, 1, 1, 1]);
		expect([0.9, 0.95, 0.1, 0.05].map((q) => primQuantile([1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9], q))).toEqual([8.5, 8.5, 1.5, 1.5]);
	});
});

describe('PRIM finds the box that generated the cases', () => {
	const p = uniformProblem([['a', 0, 1], ['b', 0, 1], ['c', 0, 1]]);
	const s = sampleLatinHypercube(p, 2000, 1);
	const y = Float64Array.from({length: s.rows}, (_, r) => (s.X[r * 3]! > 0.7 && s.X[r * 3 + 1]! < 0.5 ? 1 : 0));
	const res = prim(p.names, s.X, y);
	it('one box restricting a ≥ 0.7 and b ≤ 0.5 only, pure and covering most cases', () => {
		const b = res.boxes[0]!;
		expect(b.restrictedInputs).toEqual([0, 1]);
		expect(b.limits[0]![0]).toBeGreaterThan(0.69);
		expect(b.limits[0]![0]).toBeLessThan(0.75);
		expect(b.limits[1]![1]).toBeGreaterThan(0.45);
		expect(b.limits[1]![1]).toBeLessThan(0.51);
		expect(b.density).toBe(1);
		expect(b.coverage).toBeGreaterThan(0.9);
		// Pinned: the whole trajectory is deterministic for this sample.
		expect([res.trajectory.filter((t) => t.box === 1).length, b.n, b.cases]).toEqual([40, 262, 262]);
	});
	it('the statistics are the definitions: coverage = cases in box / all cases, density = cases / runs, mass = runs / all runs', () => {
		for (const st of res.trajectory) {
			expect(st.coverage).toBeCloseTo(st.cases / res.cases, 15);
			expect(st.density).toBeCloseTo(st.cases / st.n, 15);
			expect(st.mass).toBeCloseTo(st.n / res.runs, 15);
		}
		const b = res.boxes[0]!;
		let n = 0;
		let c = 0;
		for (let r = 0; r < s.rows; r++) {
			if (b.limits.every(([lo, hi], j) => s.X[r * 3 + j]! >= lo && s.X[r * 3 + j]! <= hi)) (n++, (c += y[r]!));
		}
		expect([n, c]).toEqual([b.n, b.cases]);
	});
	it('peeling never goes below the minimum mass, and density rises along the peel', () => {
		fc.assert(
			fc.property(fc.double({min: 0.02, max: 0.3, noNaN: true}), fc.integer({min: 0, max: 1000}), (massMin, seed) => {
				const q = sampleLatinHypercube(p, 300, seed);
				const yy = Float64Array.from({length: q.rows}, (_, r) => (q.X[r * 3]! + q.X[r * 3 + 2]! > 1.2 ? 1 : 0));
				const out = prim(p.names, q.X, yy, {massMin, threshold: 0.01, maxBoxes: 1});
				const peel = out.trajectory.filter((t) => t.phase !== 'paste');
				for (const t of out.trajectory) expect(t.mass).toBeGreaterThanOrEqual(Math.min(1, massMin) - 1e-12);
				for (let i = 1; i < peel.length; i++) expect(peel[i]!.density).toBeGreaterThan(peel[i - 1]!.density);
			}),
			{numRuns: 25},
		);
	});
	it('between equal gains, the peel that restricts fewer inputs wins (an input and its copy: only one is restricted)', () => {
		const q = sampleLatinHypercube(uniformProblem([['a', 0, 1], ['b', 0, 1]]), 500, 4);
		const X = Float64Array.from({length: 500 * 3}, (_, i) => q.X[Math.floor(i / 3) * 2 + Math.min(1, i % 3)]!);
		const yy = Float64Array.from({length: 500}, (_, r) => (q.X[r * 2 + 1]! > 0.8 ? 1 : 0));
		const out = prim(['a', 'b', 'copy of b'], X, yy);
		expect(out.boxes[0]!.restrictedInputs).toEqual([1]);
		expect(out.boxes[0]!.density).toBe(1);
	});
	it("two boxes with a paste step equal a line-by-line transcription of the Workbench's Prim (test/sensitivity/reference/ema-prim-reference.py)", () => {
		const q = sampleLatinHypercube(uniformProblem([['x0', 0, 1], ['x1', 0, 1], ['x2', 0, 1], ['x3', 0, 1]]), 1500, 11);
		const v = (r: number, j: number): number => q.X[r * 4 + j]!;
		const yy = Float64Array.from({length: 1500}, (_, r) => ((v(r, 0) > 0.6 && v(r, 2) > 0.5) || (v(r, 1) < 0.3 && v(r, 3) < 0.4) ? 1 : 0));
		const out = prim(q.names, q.X, yy);
		const phases = (p: string): number => out.trajectory.filter((t) => t.phase === p).length;
		expect([out.trajectory.length, phases('start'), phases('peel'), phases('paste')]).toEqual([97, 3, 93, 1]);
		expect(out.boxes.map((b) => [b.n, b.cases])).toEqual([[283, 283], [133, 133]]);
		expect(out.boxes[0]!.limits).toEqual([[0.5999181688304819, 0.9997602237737794], [0.00012451192188118142, 0.9512551763105599], [0.5257527964690145, 0.9998143646803902], [0.00035517355299165537, 0.9998036912442818]]);
		expect(out.boxes[1]!.limits).toEqual([[3.078281420448711e-05, 0.9997602237737794], [0.00012451192188118142, 0.2923120852539137], [0.00018371007711898154, 0.9998143646803902], [0.00035517355299165537, 0.3731520618106657]]);
	});
	it('refuses a y that is not 0/1 and out-of-range options, all in one message', () => {
		expect(() => prim(['a'], new Float64Array([0, 1]), [0, 2], {peelAlpha: 0.7})).toThrow(/peel alpha must be in \(0, 0.5\).*run 1 has 2/);
	});
});
