/**
 * The factor method (因素法) of DESIGN §2 "Transfers": split a pool over units by weighted factor
 * shares, times unit coefficients, then enforce floors (保底) and caps (封顶), redistributing the
 * excess over the units still free until every bound holds. Invariant: allocations are
 * non-negative, floor ≤ a ≤ cap, and Σ a + unallocated = pool (unallocated > 0 only when every
 * unit is capped or no unit has a positive share).
 */

/** Per-factor totals (scratch; programs have a handful of factors). */
const totals: number[] = [];

/**
 * Shares from factor values: share_u = Σ_k w_k · x_uk / Σ_v x_vk over factors with a positive total.
 * Factor k's value of unit u is values[k][offset + u], u < out.length (the kernel passes a run's series
 * arrays and the year's offset: nothing is copied).
 */
export function factorShares(values: readonly Float64Array[], weights: readonly number[], out: Float64Array, count = values.length, offset = 0): void {
	const n = out.length;
	out.fill(0);
	let active = 0;
	for (let k = 0; k < count; k++) {
		let total = 0;
		const x = values[k]!;
		for (let u = 0; u < n; u++) total += Math.max(0, x[offset + u]!);
		totals[k] = total;
		if (total > 0 && weights[k]! > 0) active += weights[k]!;
	}
	if (active <= 0) return;
	for (let k = 0; k < count; k++) {
		const w = weights[k]!;
		const total = totals[k]!;
		if (!(total > 0) || !(w > 0)) continue;
		const x = values[k]!;
		const scale = w / active / total;
		for (let u = 0; u < n; u++) out[u]! += Math.max(0, x[offset + u]!) * scale;
	}
}

/** Multiply shares by unit coefficients (tilts, eligibility) and renormalise to sum 1 (or all 0). */
export function applyCoefficients(shares: Float64Array, coefficient: Float64Array): void {
	let sum = 0;
	for (let u = 0; u < shares.length; u++) {
		shares[u] = shares[u]! * Math.max(0, coefficient[u]!);
		sum += shares[u]!;
	}
	for (let u = 0; u < shares.length; u++) shares[u] = sum > 0 ? shares[u]! / sum : 0;
}

/**
 * Allocate `pool` by `shares` within [floor, cap]; writes `out`, returns what could not be allocated.
 * `shares`, `floor` and `cap` are scratch: they are normalised and clamped in place.
 * The solution is a_u = clamp(λ·share_u, floor_u, cap_u) with the one λ that makes Σ a_u = pool:
 * units between their bounds stay proportional to their shares, and the excess of capped units
 * goes to the others in proportion (water-filling). Σ_u clamp(λ·s_u, f_u, c_u) is piecewise linear
 * and non-decreasing in λ, so λ is found exactly by walking its breakpoints in order.
 */
export function allocate(pool: number, shares: Float64Array, floor: Float64Array, cap: Float64Array, out: Float64Array): number {
	const n = shares.length;
	if (!(pool > 0)) {
		out.fill(0);
		return Math.max(0, pool);
	}
	let floorSum = 0;
	let shareSum = 0;
	for (let u = 0; u < n; u++) {
		const c = Math.max(0, cap[u]!);
		floor[u] = Math.min(Math.max(0, floor[u]!), c);
		cap[u] = c;
		floorSum += floor[u]!;
		if (c > 0) shareSum += Math.max(0, shares[u]!);
	}
	if (floorSum >= pool) {
		// Floors alone exhaust the pool: each unit gets its floor scaled down, nothing is left.
		for (let u = 0; u < n; u++) out[u] = (floor[u]! * pool) / floorSum;
		return 0;
	}
	if (shareSum <= 0) {
		for (let u = 0; u < n; u++) out[u] = floor[u]!;
		return pool - floorSum;
	}
	// Normalise in place (shares is scratch): λ stays finite even for denormal shares. In the same pass,
	// the fast path: no bound binds at λ = pool / Σ shares = pool (the usual case: no floors, loose caps).
	let binds = false;
	for (let u = 0; u < n; u++) {
		const s = cap[u]! > 0 ? Math.max(0, shares[u]!) / shareSum : 0;
		shares[u] = s;
		const a = cap[u]! > 0 ? pool * s : 0;
		out[u] = a;
		binds ||= a < floor[u]! || a > cap[u]!;
	}
	if (!binds) return 0;
	const lambda = solveLambda(pool, shares, floor, cap, floorSum);
	let total = 0;
	for (let u = 0; u < n; u++) {
		const s = shares[u]!;
		const a = Number.isFinite(lambda) ? lambda * s : s > 0 ? cap[u]! : 0;
		out[u] = Math.min(cap[u]!, Math.max(floor[u]!, Number.isFinite(a) ? a : floor[u]!));
		total += out[u]!;
	}
	return settleResidual(pool, total, shares, floor, cap, out);
}

/**
 * Rounding in the breakpoint walk can leave the sum a hair off the pool: give the rest to the units
 * below their cap in proportion to their shares (or take the excess from those above their floor).
 */
function settleResidual(pool: number, total: number, shares: Float64Array, floor: Float64Array, cap: Float64Array, out: Float64Array): number {
	const n = shares.length;
	const residual = pool - total;
	const tolerance = 1e-12 * pool;
	if (Math.abs(residual) <= tolerance) return 0;
	let weight = 0;
	for (let u = 0; u < n; u++) weight += residual > 0 ? (out[u]! < cap[u]! ? shares[u]! : 0) : out[u]! - floor[u]!;
	if (weight <= 0) return Math.max(0, residual);
	let given = 0;
	for (let u = 0; u < n; u++) {
		const w = residual > 0 ? (out[u]! < cap[u]! ? shares[u]! : 0) : out[u]! - floor[u]!;
		const next = Math.min(cap[u]!, Math.max(floor[u]!, out[u]! + (residual * w) / weight));
		given += next - out[u]!;
		out[u] = next;
	}
	return Math.max(0, residual - given);
}

/** The λ of allocate(); Infinity when even with every unit capped the pool is not used up. */
function solveLambda(pool: number, shares: Float64Array, floor: Float64Array, cap: Float64Array, floorSum: number): number {
	// Breakpoints in reusable arrays: this runs for every bound program and year of every run of a sweep.
	let m = 0;
	for (let u = 0; u < shares.length; u++) {
		const s = shares[u]!;
		if (s <= 0) continue;
		keys[m] = floor[u]! / s;
		slopes[m++] = s;
		keys[m] = cap[u]! / s;
		slopes[m++] = -s;
	}
	order.length = m;
	for (let i = 0; i < m; i++) order[i] = i;
	order.sort((a, b) => keys[a]! - keys[b]!);
	let value = floorSum;
	let slope = 0;
	let at = 0;
	for (let i = 0; i < m; i++) {
		const e = order[i]!;
		const next = keys[e]!;
		if (slope > 0 && value + slope * (next - at) >= pool) {
			// Recompute the segment exactly: the running slope accumulates rounding. The crossing must lie
			// within this segment; if rounding flagged it one segment early, resynchronise and go on.
			const exact = segment(at, shares, floor, cap);
			if (exact.slope > 0) {
				const lambda = at + (pool - exact.value) / exact.slope;
				if (lambda <= next) return lambda;
				value = exact.value;
				slope = exact.slope;
			}
		}
		if (next > at) value += slope * (next - at);
		at = next;
		slope += slopes[e]!;
	}
	return Infinity;
}

const keys: number[] = [];
const slopes: number[] = [];
const order: number[] = [];

/** g(λ) = Σ clamp(λ·s, floor, cap) and its slope just above λ. */
function segment(lambda: number, shares: Float64Array, floor: Float64Array, cap: Float64Array): {value: number; slope: number} {
	let value = 0;
	let slope = 0;
	for (let u = 0; u < shares.length; u++) {
		const s = shares[u]!;
		const a = lambda * s;
		value += Math.min(cap[u]!, Math.max(floor[u]!, a));
		// Compare λ with the unit's breakpoints as the walk computed them (floor/s, cap/s), not λ·s with
		// the bounds: at a breakpoint the product can round to the wrong side.
		if (s > 0 && lambda >= floor[u]! / s && lambda < cap[u]! / s) slope += s;
	}
	return {value, slope};
}
