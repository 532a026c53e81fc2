/**
 * Scenario discovery with PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999, "Bump
 * hunting in high-dimensional data", Statistics and Computing 9, 123–143), as the EMA Workbench's
 * `prim.Prim` (Kwakkel 2017, "The Exploratory Modeling Workbench", Env. Modelling & Software 96,
 * 239–250; Bryant & Lempert 2010, "Thinking inside the box", TFSC 77(1), 34–49):
 * - peeling: remove the α = 0.05 quantile slab at the lower or upper end of one input, choosing the
 *   slab with the best "lenient" objective (gain in the box's mean over the runs removed; ties go to
 *   the box that restricts fewer inputs), while the mass stays ≥ mass_min and the mean rises;
 * - pasting: widen a restricted input by the α quantile of the remaining runs just outside, while
 *   the mean still rises;
 * - a box is kept if its density reaches the threshold; its runs are removed and the next box is
 *   sought among the rest (covering), until a box falls short or maxBoxes is reached.
 * Coverage = cases of interest in the box / all cases of interest; density = share of cases in the
 * box; mass = share of runs in the box. Quantiles follow the Workbench's get_quantile (sdtoolkit),
 * which steps past ties so a slab never splits equal values.
 */
import {SensitivityInputError} from '../problem.js';

export interface PrimOptions {
	peelAlpha?: number;
	pasteAlpha?: number;
	massMin?: number;
	/** Smallest density for a box to be kept (default 0.8). */
	threshold?: number;
	maxBoxes?: number;
}

export interface PrimStats {
	coverage: number;
	density: number;
	mass: number;
	/** Runs in the box and cases of interest among them. */
	n: number;
	cases: number;
	/** Inputs whose limits are narrower than the data's. */
	restricted: number;
}

export interface PrimBox extends PrimStats {
	/** [lo, hi] per input, in input order (the data's range where unrestricted). */
	limits: [number, number][];
	/** Indices of the restricted inputs. */
	restrictedInputs: number[];
}

export interface PrimStep extends PrimStats {
	box: number;
	step: number;
	phase: 'start' | 'peel' | 'paste';
}

export interface PrimResult {
	names: string[];
	boxes: PrimBox[];
	trajectory: PrimStep[];
	runs: number;
	cases: number;
	/** Why the search stopped. */
	stopped: string;
}

/** The EMA Workbench's get_quantile (from sdtoolkit): the midpoint between distinct neighbours. */
export function primQuantile(sorted: ArrayLike<number>, q: number): number {
	const i = (sorted.length - 1) * q;
	let lo = Math.floor(i);
	let hi = Math.ceil(i);
	if (q > 0.5) {
		while (sorted[lo] === sorted[hi] && lo > 0) lo--;
	} else {
		while (sorted[lo] === sorted[hi] && hi < sorted.length - 1) hi++;
	}
	return (sorted[lo]! + sorted[hi]!) / 2;
}

/** The Workbench's default objective (LENIENT1): gain in mean per run removed (or added). */
function lenient(meanOld: number, nOld: number, meanNew: number, nNew: number): number {
	if (meanOld === meanNew || nOld === nNew) return 0;
	return (meanNew - meanOld) / Math.abs(nOld - nNew);
}

interface Candidate {
	obj: number;
	free: number;
	limits: [number, number][];
	inside: (r: number) => boolean;
	n: number;
	cases: number;
}

export function prim(names: readonly string[], X: Float64Array, y: ArrayLike<number>, options: PrimOptions = {}): PrimResult {
	const k = names.length;
	const n = y.length;
	const peelAlpha = options.peelAlpha ?? 0.05;
	const pasteAlpha = options.pasteAlpha ?? 0.05;
	const massMin = options.massMin ?? 0.05;
	const threshold = options.threshold ?? 0.8;
	const maxBoxes = options.maxBoxes ?? 5;
	const errs: string[] = [];
	if (!(peelAlpha > 0 && peelAlpha < 0.5)) errs.push(`peel alpha must be in (0, 0.5), got ${peelAlpha}`);
	if (!(pasteAlpha > 0 && pasteAlpha < 0.5)) errs.push(`paste alpha must be in (0, 0.5), got ${pasteAlpha}`);
	if (!(massMin > 0 && massMin < 1)) errs.push(`minimum mass must be in (0, 1), got ${massMin}`);
	if (!(threshold > 0 && threshold <= 1)) errs.push(`threshold (minimum density) must be in (0, 1], got ${threshold}`);
	if (X.length !== n * k) errs.push(`X has ${X.length} values, expected ${n} runs × ${k} inputs`);
	const bad = Array.from({length: n}, (_, r) => r).filter((r) => y[r] !== 0 && y[r] !== 1);
	if (bad.length > 0) errs.push(`y must be 0 or 1 in every run; run ${bad[0]} has ${y[bad[0]!]}${bad.length > 1 ? ` (and ${bad.length - 1} more)` : ''}`);
	if (errs.length > 0) throw new SensitivityInputError(`PRIM: ${errs.join('; ')}`, errs);
	const x = (r: number, j: number): number => X[r * k + j]!;
	const cols = Array.from({length: k}, (_, j) => Float64Array.from({length: n}, (_, r) => X[r * k + j]!));
	let totalCases = 0;
	for (let r = 0; r < n; r++) totalCases += y[r]!;
	const init: [number, number][] = Array.from({length: k}, (_, j) => {
		let lo = Infinity;
		let hi = -Infinity;
		for (let r = 0; r < n; r++) (lo = Math.min(lo, x(r, j))), (hi = Math.max(hi, x(r, j)));
		return [lo, hi];
	});
	// Each input's runs sorted once; a box keeps its runs in these orders.
	const order = cols.map((c) => Int32Array.from(Array.from({length: n}, (_, r) => r).sort((a, b) => c[a]! - c[b]! || a - b)));
	const restrictedOf = (lim: [number, number][]): number[] => lim.flatMap((l, j) => (l[0] !== init[j]![0] || l[1] !== init[j]![1] ? [j] : []));
	const result: PrimResult = {names: [...names], boxes: [], trajectory: [], runs: n, cases: totalCases, stopped: ''};
	const remaining = new Uint8Array(n).fill(1);
	for (let b = 1; b <= maxBoxes; b++) {
		const inBox = remaining.slice();
		let limits = init.map((l) => [...l] as [number, number]);
		let count = 0;
		let cases = 0;
		for (let r = 0; r < n; r++) if (inBox[r]) (count++, (cases += y[r]!));
		if (count === 0) {
			result.stopped = 'no runs remain outside the boxes found';
			break;
		}
		if (cases === 0) {
			result.stopped = 'no cases of interest remain outside the boxes found';
			break;
		}
		let step = 0;
		const record = (phase: PrimStep['phase']): void => {
			result.trajectory.push({box: b, step: step++, phase, coverage: totalCases ? cases / totalCases : 0, density: cases / count, mass: count / n, n: count, cases, restricted: restrictedOf(limits).length});
		};
		const apply = (c: Candidate, phase: PrimStep['phase'], pool: Uint8Array): void => {
			for (let r = 0; r < n; r++) inBox[r] = pool[r] && c.inside(r) ? 1 : 0;
			limits = c.limits;
			count = c.n;
			cases = c.cases;
			record(phase);
		};
		const better = (a: Candidate | null, c: Candidate): boolean => !a || c.obj > a.obj || (c.obj === a.obj && c.free > a.free);
		record('start');
		// Peeling. Each input keeps the box's runs in its own sorted order (filtered as the box shrinks, so
		// a step costs k × the box's runs); a lower peel keeps a suffix of them and an upper peel a prefix.
		const members = order.map((o) => {
			const a = new Int32Array(n);
			let m = 0;
			for (let i = 0; i < n; i++) if (inBox[o[i]!]) a[m++] = o[i]!;
			return a.subarray(0, m);
		});
		const vals = new Float64Array(n);
		const casesUpTo = new Float64Array(n + 1);
		for (;;) {
			let best: Candidate | null = null;
			for (let j = 0; j < k; j++) {
				if (init[j]![0] === init[j]![1]) continue;
				const mem = members[j]!;
				const cj = cols[j]!;
				const m = mem.length;
				for (let i = 0; i < m; i++) {
					const r = mem[i]!;
					vals[i] = cj[r]!;
					casesUpTo[i + 1] = casesUpTo[i]! + y[r]!;
				}
				const sorted = vals.subarray(0, m);
				for (const upper of [true, false]) {
					const q = primQuantile(sorted, upper ? 1 - peelAlpha : peelAlpha);
					// First position with value > q (an upper peel keeps those before) or ≥ q (a lower peel keeps from there).
					let lo = 0;
					let hi = m;
					while (lo < hi) {
						const mid = (lo + hi) >> 1;
						if (upper ? sorted[mid]! <= q : sorted[mid]! < q) lo = mid + 1;
						else hi = mid;
					}
					const nn = upper ? lo : m - lo;
					const cc = upper ? casesUpTo[lo]! : casesUpTo[m]! - casesUpTo[lo]!;
					const lim = limits.map((l) => [...l] as [number, number]);
					lim[j]![upper ? 1 : 0] = q;
					const inside = upper ? (r: number) => cj[r]! <= q : (r: number) => cj[r]! >= q;
					const c: Candidate = {obj: lenient(cases / count, count, nn ? cc / nn : 0, nn), free: k - restrictedOf(lim).length, limits: lim, inside, n: nn, cases: cc};
					if (better(best, c)) best = c;
				}
			}
			if (!best || !(best.n / n >= massMin && best.n < count && best.obj > 0)) break;
			apply(best, 'peel', inBox);
			members.forEach((mem, j) => {
				let m = 0;
				for (let i = 0; i < mem.length; i++) if (inBox[mem[i]!]) mem[m++] = mem[i]!;
				members[j] = mem.subarray(0, m);
			});
		}
		// Pasting, over the runs not yet in a box.
		for (;;) {
			const res = restrictedOf(limits);
			const within = (lim: [number, number][], r: number): boolean => res.every((j) => x(r, j) >= lim[j]![0] && x(r, j) <= lim[j]![1]);
			let best: Candidate | null = null;
			for (const j of res) {
				for (const upper of [false, true]) {
					const slab = limits.map((l) => [...l] as [number, number]);
					slab[j] = upper ? [limits[j]![1], init[j]![1]] : [init[j]![0], limits[j]![0]];
					const vals: number[] = [];
					for (const r of order[j]!) if (remaining[r] && within(slab, r)) vals.push(x(r, j));
					const value = vals.length > 0 ? primQuantile(vals, upper ? pasteAlpha : 1 - pasteAlpha) : init[j]![upper ? 1 : 0];
					const lim = limits.map((l) => [...l] as [number, number]);
					lim[j]![upper ? 1 : 0] = value;
					const inside = (r: number): boolean => within(lim, r);
					let nn = 0;
					let cc = 0;
					for (let r = 0; r < n; r++) if (remaining[r] && inside(r)) (nn++, (cc += y[r]!));
					const c: Candidate = {obj: lenient(cases / count, count, nn ? cc / nn : 0, nn), free: k - restrictedOf(lim).length, limits: lim, inside, n: nn, cases: cc};
					if (better(best, c)) best = c;
				}
			}
			if (!best || !(best.n / n >= massMin && best.n > count && best.obj > 0 && best.cases / best.n > cases / count)) break;
			apply(best, 'paste', remaining);
		}
		const density = cases / count;
		if (density < threshold) {
			result.stopped = `box ${b} reaches density ${density.toFixed(3)} < threshold ${threshold}: not kept (its trajectory is shown); no further box`;
			break;
		}
		const restrictedInputs = restrictedOf(limits);
		result.boxes.push({coverage: totalCases ? cases / totalCases : 0, density, mass: count / n, n: count, cases, restricted: restrictedInputs.length, limits, restrictedInputs});
		for (let r = 0; r < n; r++) if (inBox[r]) remaining[r] = 0;
		if (b === maxBoxes) result.stopped = `${maxBoxes} boxes found (--max-boxes)`;
	}
	return result;
}
