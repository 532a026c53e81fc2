/**
 * Optimal Morris trajectories (Campolongo, Cariboni & Saltelli 2007, "An effective screening design
 * for sensitivity analysis of large models", Env. Modelling & Software 22, 1509–1518, §3.1): draw M
 * candidate trajectories and keep the r that spread best over the input space, the set maximising
 * D = √(Σ over pairs d_ml²), where d_ml sums the Euclidean distances between every point of m and
 * every point of l (eq. 2), in grid coordinates. Every subset is tried while there are at most
 * 20,000 (Campolongo's brute force, as SALib's BruteForce); beyond that the set is grown greedily
 * from the most distant pair, adding the trajectory that raises D most (a local search in the spirit
 * of Ruano, Ocampo-Martinez & Moreno 2012, Env. Modelling & Software 37, 103–109).
 */

export const BRUTE_FORCE_LIMIT = 20_000;

/** d_ml for trajectories m and l of `points` rows × k in U (row-major, trajectory after trajectory). */
export function trajectoryDistance(U: ArrayLike<number>, points: number, k: number, m: number, l: number): number {
	let d = 0;
	let same = true;
	for (let i = 0; i < points; i++) {
		for (let j = 0; j < points; j++) {
			let s = 0;
			for (let z = 0; z < k; z++) {
				const diff = U[(m * points + i) * k + z]! - U[(l * points + j) * k + z]!;
				s += diff * diff;
			}
			d += Math.sqrt(s);
		}
		for (let z = 0; z < k && same; z++) same = U[(m * points + i) * k + z] === U[(l * points + i) * k + z];
	}
	return same ? 0 : d; // identical trajectories are at distance 0, as SALib
}

function binomial(n: number, r: number): number {
	let c = 1;
	for (let i = 1; i <= r; i++) c = (c * (n - r + i)) / i;
	return c;
}

/** The r trajectories (ascending indices) out of M that maximise D, given the M × M distances. */
export function selectTrajectories(dist: Float64Array, M: number, r: number): number[] {
	const d2 = (a: number, b: number): number => dist[a * M + b]! ** 2;
	if (r >= M) return Array.from({length: M}, (_, i) => i);
	if (binomial(M, r) <= BRUTE_FORCE_LIMIT) {
		let best: number[] = [];
		let bestScore = -1;
		const pick: number[] = [];
		const walk = (from: number, score: number): void => {
			if (pick.length === r) {
				if (score > bestScore) (bestScore = score), (best = [...pick]);
				return;
			}
			for (let c = from; c <= M - (r - pick.length); c++) {
				let add = 0;
				for (const p of pick) add += d2(p, c);
				pick.push(c);
				walk(c + 1, score + add);
				pick.pop();
			}
		};
		walk(0, 0);
		return best;
	}
	let a = 0;
	let b = 1;
	for (let i = 0; i < M; i++) for (let j = i + 1; j < M; j++) if (dist[i * M + j]! > dist[a * M + b]!) (a = i), (b = j);
	const chosen = [a, b];
	const gain = Float64Array.from({length: M}, (_, c) => d2(a, c) + d2(b, c));
	const taken = new Uint8Array(M);
	taken[a] = taken[b] = 1;
	while (chosen.length < r) {
		let c = -1;
		for (let i = 0; i < M; i++) if (!taken[i] && (c < 0 || gain[i]! > gain[c]!)) c = i;
		chosen.push(c);
		taken[c] = 1;
		for (let i = 0; i < M; i++) gain[i]! += d2(c, i);
	}
	return chosen.sort((x, y) => x - y);
}

/** All M × M distances of the candidates (symmetric). */
export function distanceMatrix(U: ArrayLike<number>, M: number, points: number, k: number): Float64Array {
	const dist = new Float64Array(M * M);
	for (let m = 0; m < M; m++) {
		for (let l = m + 1; l < M; l++) {
			const d = trajectoryDistance(U, points, k, m, l);
			dist[m * M + l] = dist[l * M + m] = d;
		}
	}
	return dist;
}
