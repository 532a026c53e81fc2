/**
 * Morris elementary-effects trajectories (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33(2), 161–174). Each of r trajectories starts on a
 * p-level grid and moves one input at a time by Δ = p / (2(p − 1)), in a random order and direction,
 * giving k + 1 points; μ* follows Campolongo, Cariboni & Saltelli (2007), Env. Modelling & Software
 * 22, 1509–1518.
 */
import {createRng, shuffleInPlace} from '../rng.js';
import {assertProblem, SensitivityInputError, type Problem} from '../problem.js';
import {checkCount, scaleGridRows, type Sample} from '../sample.js';

export interface MorrisOptions {
	/** Grid levels p (even, ≥ 2; default 4). */
	levels?: number;
}

export function sampleMorris(problem: Problem, r: number, seed: number, options: MorrisOptions = {}): Sample {
	assertProblem(problem);
	checkCount('n (Morris trajectories r)', r, 2);
	const p = options.levels ?? 4;
	if (!Number.isSafeInteger(p) || p < 2 || p % 2 !== 0) {
		throw new RangeError(`Morris levels must be an even integer >= 2, got ${p}; hint: --levels 4`);
	}
	const k = problem.names.length;
	const delta = p / (2 * (p - 1));
	const startLevels = p / 2; // start s with s and s + Δ both on the grid: levels 0 … p/2 − 1
	const rng = createRng(seed, 0);
	const U = new Float64Array(r * (k + 1) * k);
	const steps = new Int32Array(r * k);
	const order = new Int32Array(k);
	const x = new Float64Array(k);
	const dir = new Int8Array(k);
	for (let t = 0; t < r; t++) {
		for (let i = 0; i < k; i++) {
			const level = rng.int(startLevels);
			dir[i] = rng.next() < 0.5 ? 1 : -1;
			x[i] = (dir[i] === 1 ? level : level + p / 2) / (p - 1);
			order[i] = i;
		}
		shuffleInPlace(order, rng);
		const base = t * (k + 1) * k;
		U.set(x, base);
		for (let s = 0; s < k; s++) {
			const i = order[s]!;
			// Snap to the grid so that "up then down" lands on the same level bit for bit.
			x[i] = Math.round((x[i]! + dir[i]! * delta) * (p - 1)) / (p - 1);
			U.set(x, base + (s + 1) * k);
			steps[t * k + s] = dir[i]! * (i + 1);
		}
	}
	return {
		method: 'morris',
		X: scaleGridRows(problem, U),
		rows: r * (k + 1),
		k,
		names: [...problem.names],
		seed,
		n: r,
		warnings: [],
		morris: {trajectories: r, levels: p, delta, steps},
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
	const rows = X.length / k;
	if (!Number.isInteger(rows) || rows === 0 || rows % (k + 1) !== 0) {
		throw new SensitivityInputError(`a Morris sample over ${k} inputs has r·(k+1) = r·${k + 1} rows, got ${rows}; hint: each trajectory is ${k + 1} consecutive rows`);
	}
	const r = rows / (k + 1);
	const steps = new Int32Array(r * k);
	const errs: string[] = [];
	for (let t = 0; t < r; t++) {
		const seen = new Set<number>();
		for (let s = 0; s < k; s++) {
			const row = t * (k + 1) + s;
			const moved: number[] = [];
			for (let j = 0; j < k; j++) if (X[(row + 1) * k + j] !== X[row * k + j]) moved.push(j);
			if (moved.length !== 1 || seen.has(moved[0]!)) {
				errs.push(`rows ${row + 1}→${row + 2} (trajectory ${t + 1}): ${moved.length === 1 ? `${problem.names[moved[0]!]} moves twice` : `${moved.length} inputs change`}; expected exactly one new input per step`);
				continue;
			}
			const j = moved[0]!;
			seen.add(j);
			steps[t * k + s] = (X[(row + 1) * k + j]! > X[row * k + j]! ? 1 : -1) * (j + 1);
		}
	}
	if (errs.length > 0) throw new SensitivityInputError(`not a Morris design:\n  ${errs.slice(0, 20).join('\n  ')}`, errs);
	return {method: 'morris', X, rows, k, names: [...problem.names], seed, n: r, warnings: [], morris: {trajectories: r, levels, delta: levels / (2 * (levels - 1)), steps}};
}
