/**
 * Marginal, average and elastic responses of a sampled curve (x = settlers, v = a series):
 * marginal_i = (v_{i+1} − v_i) / (x_{i+1} − x_i), yuan or m² per additional settler;
 * average_i = v_i / x_i; arc elasticity_i = (Δv / mean v) / (Δx / mean x), the % change of v per %
 * more settlers. Undefined values are NaN (null in JSON).
 */
export function marginalOf(xs: readonly number[], vs: readonly number[]): number[] {
	const out: number[] = [];
	for (let i = 0; i + 1 < xs.length; i++) {
		const dx = xs[i + 1]! - xs[i]!;
		out.push(dx !== 0 ? (vs[i + 1]! - vs[i]!) / dx : Number.NaN);
	}
	return out;
}

export function averageOf(xs: readonly number[], vs: readonly number[]): number[] {
	return xs.map((x, i) => (x !== 0 ? vs[i]! / x : Number.NaN));
}

export function elasticityOf(xs: readonly number[], vs: readonly number[]): number[] {
	const out: number[] = [];
	for (let i = 0; i + 1 < xs.length; i++) {
		const mx = (xs[i + 1]! + xs[i]!) / 2;
		const mv = (vs[i + 1]! + vs[i]!) / 2;
		const dx = xs[i + 1]! - xs[i]!;
		out.push(mx !== 0 && mv !== 0 && dx !== 0 ? ((vs[i + 1]! - vs[i]!) / mv) / (dx / mx) : Number.NaN);
	}
	return out;
}
