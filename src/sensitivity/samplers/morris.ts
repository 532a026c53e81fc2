/**
 * Morris elementary-effects trajectories (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33(2), 161–174). Each of r trajectories starts on a
 * p-level grid and moves one input at a time by Δ = p / (2(p − 1)), in a random order and direction,
 * giving k + 1 points; μ* follows Campolongo, Cariboni & Saltelli (2007), Env. Modelling & Software
 * 22, 1509–1518.
 */
import {createRng, shuffleInPlace} from '../rng.js';
import {assertProblem, problemGroups, SensitivityInputError, type Problem} from '../problem.js';
import {checkCount, scaleGridRows, type Sample} from '../sample.js';
import {distanceMatrix, selectTrajectories} from './morris-optimal.js';

export interface MorrisOptions {
	/** Grid levels p (even, ≥ 2; default 4). */
	levels?: number;
	/** Draw this many candidate trajectories and keep the r most spread (Campolongo et al. 2007). */
	candidates?: number;
}

export function sampleMorris(problem: Problem, r: number, seed: number, options: MorrisOptions = {}): Sample {
	assertProblem(problem);
	checkCount('n (Morris trajectories r)', r, 2);
	const p = options.levels ?? 4;
	if (!Number.isSafeInteger(p) || p < 2 || p % 2 !== 0) {
		throw new RangeError(`Morris levels must be an even integer >= 2, got ${p}; hint: --levels 4`);
	}
	const M = options.candidates ?? r;
	if (!Number.isSafeInteger(M) || M < r) {
		throw new RangeError(`Morris candidates must be an integer >= the trajectories r = ${r}, got ${M}; hint: --candidates ${Math.max(4 * r, 100)}`);
	}
	const k = problem.names.length;
	const groups = problemGroups(problem);
	const f = groups ? groups.names.length : k;
	const groupOf = (i: number): number => (groups ? groups.of[i]! : i);
	const delta = p / (2 * (p - 1));
	const startLevels = p / 2; // start s with s and s + Δ both on the grid: levels 0 … p/2 − 1
	const rng = createRng(seed, 0);
	let U = new Float64Array(M * (f + 1) * k);
	let steps = new Int32Array(M * f);
	const order = new Int32Array(f);
	const x = new Float64Array(k);
	const level = new Int32Array(k);
	const dir = new Int8Array(f);
	for (let t = 0; t < M; t++) {
		if (groups) {
			// One direction per group, so that a group moves as one factor (Campolongo et al. 2007, §3).
			for (let i = 0; i < k; i++) level[i] = rng.int(startLevels);
			for (let g = 0; g < f; g++) dir[g] = rng.next() < 0.5 ? 1 : -1;
		} else {
			for (let i = 0; i < k; i++) (level[i] = rng.int(startLevels)), (dir[i] = rng.next() < 0.5 ? 1 : -1);
		}
		for (let i = 0; i < k; i++) x[i] = (dir[groupOf(i)] === 1 ? level[i]! : level[i]! + p / 2) / (p - 1);
		for (let g = 0; g < f; g++) order[g] = g;
		shuffleInPlace(order, rng);
		const base = t * (f + 1) * k;
		U.set(x, base);
		for (let s = 0; s < f; s++) {
			const g = order[s]!;
			// Snap to the grid so that "up then down" lands on the same level bit for bit.
			for (let i = 0; i < k; i++) if (groupOf(i) === g) x[i] = Math.round((x[i]! + dir[g]! * delta) * (p - 1)) / (p - 1);
			U.set(x, base + (s + 1) * k);
			steps[t * f + s] = dir[g]! * (g + 1);
		}
	}
	if (M > r) {
		const keep = selectTrajectories(distanceMatrix(U, M, f + 1, k), M, r);
		const size = (f + 1) * k;
		const U2 = new Float64Array(r * size);
		const steps2 = new Int32Array(r * f);
		keep.forEach((t, i) => (U2.set(U.subarray(t * size, (t + 1) * size), i * size), steps2.set(steps.subarray(t * f, (t + 1) * f), i * f)));
		U = U2;
		steps = steps2;
	}
	return {
		method: 'morris',
		X: scaleGridRows(problem, U),
		rows: r * (f + 1),
		k,
		names: [...problem.names],
		seed,
		n: r,
		warnings: [],
		morris: {trajectories: r, levels: p, delta, steps},
		...(groups ? {groups} : {}),
	};
}

/**
 * The Morris design of rows made elsewhere (SALib's analyze(problem, X, Y) habit): trajectories of
 * k + 1 consecutive rows, each step moving exactly one input. The direction comes from the sign of
 * the change and the step is Δ = p / (2(p − 1)) in the unit cube, as SALib's
 * _compute_elementary_effects.
 */
export function morrisSampleFromRows(problem: Problem, X: Float64Array, levels = 4, seed = 0): Sample {
	assertProblem(problem);
	const k = problem.names.length;
	const groups = problemGroups(problem);
	const f = groups ? groups.names.length : k;
	const groupOf = (i: number): number => (groups ? groups.of[i]! : i);
	const factor = (g: number): string => (groups ? `group ${groups.names[g]}` : problem.names[g]!);
	const rows = X.length / k;
	if (!Number.isInteger(rows) || rows === 0 || rows % (f + 1) !== 0) {
		throw new SensitivityInputError(`a Morris sample over ${f} ${groups ? 'groups' : 'inputs'} has r·(${f}+1) rows, got ${rows}; hint: each trajectory is ${f + 1} consecutive rows`);
	}
	const r = rows / (f + 1);
	const steps = new Int32Array(r * f);
	const errs: string[] = [];
	for (let t = 0; t < r; t++) {
		const seen = new Set<number>();
		for (let s = 0; s < f; s++) {
			const row = t * (f + 1) + s;
			const moved: number[] = [];
			for (let j = 0; j < k; j++) if (X[(row + 1) * k + j] !== X[row * k + j]) moved.push(j);
			const g = moved.length > 0 ? groupOf(moved[0]!) : -1;
			const up = moved.map((j) => X[(row + 1) * k + j]! > X[row * k + j]!);
			if (g < 0 || moved.some((j) => groupOf(j) !== g) || up.some((u) => u !== up[0]) || seen.has(g)) {
				const what = g < 0 ? 'nothing changes' : seen.has(g) ? `${factor(g)} moves twice` : `${moved.length} inputs change (${moved.map((j) => problem.names[j]).join(', ')})`;
				errs.push(`rows ${row + 1}→${row + 2} (trajectory ${t + 1}): ${what}; expected exactly one ${groups ? 'group, all of it one way,' : 'input'} per step`);
				continue;
			}
			seen.add(g);
			steps[t * f + s] = (up[0] ? 1 : -1) * (g + 1);
		}
	}
	if (errs.length > 0) throw new SensitivityInputError(`not a Morris design:\n  ${errs.slice(0, 20).join('\n  ')}`, errs);
	return {method: 'morris', X, rows, k, names: [...problem.names], seed, n: r, warnings: [], morris: {trajectories: r, levels, delta: levels / (2 * (levels - 1)), steps}, ...(groups ? {groups} : {})};
}
