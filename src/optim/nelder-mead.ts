/**
 * Nelder–Mead simplex minimisation inside a box (Nelder & Mead 1965, The Computer Journal 7(4):308–313,
 * with the standard coefficients reflection 1, expansion 2, contraction ½, shrink ½ of Lagarias et al.
 * 1998, SIAM J. Optim. 9(1):112–147). The box is handled by projection: every trial point is clamped to
 * its bounds, so the search never evaluates the model outside the parameters' valid ranges.
 *
 * Contract: `minimize(f, bounds, options)` → the best point found, its value, the number of
 * evaluations, and whether the simplex converged (its values and its size both within tolerance)
 * before `maxEvaluations`. Deterministic: the start simplex is fixed by `start` and `step`.
 */

export interface MinimizeOptions {
	/** Start point; the centre of the box when omitted. */
	readonly start?: readonly number[];
	/** Initial step along each axis as a share of that axis' width (default 0.1). */
	readonly step?: number;
	/** Stop when the simplex's values differ by less than this (default 1e-12). */
	readonly fTolerance?: number;
	/** …and its vertices lie within this share of each axis' width (default 1e-7). */
	readonly xTolerance?: number;
	readonly maxEvaluations?: number;
}

export interface MinimizeResult {
	readonly x: number[];
	readonly value: number;
	readonly evaluations: number;
	readonly converged: boolean;
}

export function minimize(f: (x: readonly number[]) => number, bounds: ReadonlyArray<readonly [number, number]>, options: MinimizeOptions = {}): MinimizeResult {
	const d = bounds.length;
	if (d === 0) throw new RangeError('minimize: no parameters');
	for (const [lo, hi] of bounds) if (!(hi > lo)) throw new RangeError(`minimize: empty bounds [${lo}, ${hi}]`);
	const width = bounds.map(([lo, hi]) => hi - lo);
	const clamp = (x: number[]) => x.map((v, i) => Math.min(bounds[i]![1], Math.max(bounds[i]![0], v)));
	const step = options.step ?? 0.1;
	const fTol = options.fTolerance ?? 1e-12;
	const xTol = options.xTolerance ?? 1e-7;
	const maxEvaluations = options.maxEvaluations ?? 200 * d;
	let evaluations = 0;
	const evaluate = (x: number[]) => {
		evaluations++;
		const v = f(x);
		return Number.isFinite(v) ? v : Infinity;
	};
	const x0 = clamp(options.start ? [...options.start] : bounds.map(([lo, hi]) => (lo + hi) / 2));
	const simplex: {x: number[]; v: number}[] = [{x: x0, v: evaluate(x0)}];
	for (let i = 0; i < d; i++) {
		const x = [...x0];
		// Step inwards when the start sits on the upper bound.
		x[i] = x[i]! + step * width[i]! <= bounds[i]![1] ? x[i]! + step * width[i]! : x[i]! - step * width[i]!;
		simplex.push({x, v: evaluate(x)});
	}
	const toward = (a: readonly number[], b: readonly number[], t: number) => clamp(a.map((ai, i) => ai + t * (b[i]! - ai)));
	let converged = false;
	while (evaluations < maxEvaluations) {
		simplex.sort((a, b) => a.v - b.v);
		const best = simplex[0]!;
		const worst = simplex[d]!;
		const spread = simplex.every((p) => p.x.every((v, i) => Math.abs(v - best.x[i]!) <= xTol * width[i]!));
		if (worst.v - best.v <= fTol && spread) {
			converged = true;
			break;
		}
		const centroid = Array.from({length: d}, (_, i) => simplex.slice(0, d).reduce((s, p) => s + p.x[i]!, 0) / d);
		const reflected = toward(centroid, worst.x, -1);
		const fr = evaluate(reflected);
		if (fr < best.v) {
			const expanded = toward(centroid, worst.x, -2);
			const fe = evaluate(expanded);
			simplex[d] = fe < fr ? {x: expanded, v: fe} : {x: reflected, v: fr};
			continue;
		}
		if (fr < simplex[d - 1]!.v) {
			simplex[d] = {x: reflected, v: fr};
			continue;
		}
		// Contract outside (toward the reflected point) or inside (toward the worst one).
		const outside = fr < worst.v;
		const contracted = outside ? toward(centroid, reflected, 0.5) : toward(centroid, worst.x, 0.5);
		const fc = evaluate(contracted);
		if (fc < (outside ? fr : worst.v)) {
			simplex[d] = {x: contracted, v: fc};
			continue;
		}
		for (let k = 1; k <= d; k++) {
			const x = toward(best.x, simplex[k]!.x, 0.5);
			simplex[k] = {x, v: evaluate(x)};
		}
	}
	simplex.sort((a, b) => a.v - b.v);
	return {x: simplex[0]!.x, value: simplex[0]!.v, evaluations, converged};
}
