/**
 * The design of a sweep as a row source: any block of rows is generated on its own, never the whole
 * matrix, for the designs that allow it. Monte Carlo rows draw from one RNG stream per run (seed, run
 * id); Sobol' and Saltelli rows come from the Sobol' sequence with a Gray-code skip-ahead to the
 * block's first point (Antonov & Saleev 1979), with SALib's layout of A, AB_i, [BA_i], B per base
 * point (Saltelli et al. 2010). The values are those of the sensitivity samplers bit for bit (a test
 * compares every block). Designs whose rows depend on the whole sample (Latin hypercube strata,
 * Morris trajectories' design facts, factorial grids, a user's CSV) are built whole by their sampler.
 *
 * The analysers get a Sample with the design facts; its X is empty when the analyser does not read
 * inputs (Sobol' from Y and N, Monte Carlo summaries), so neither a shard nor `merge` ever holds the
 * inputs of a block-generated design.
 */
import {
	monteCarloRows,
	sample,
	saltelliRowsPerBase,
	valueAt,
	type AnalyzerName,
	type Problem,
	type Sample,
	type SamplerName,
	type SamplerOptions,
	sobolSequence,
} from '../sensitivity/index.js';
import {digitalShift, powerOfTwoWarning} from '../sensitivity/samplers/sobol.js';
import {monteCarloSource, type RowSource} from './row-source.js';
import {sampleSource} from './row-source.js';

export interface DesignSpec {
	sampler: SamplerName;
	n: number;
	seed: number;
	secondOrder: boolean;
	levels?: number;
	/** --sampler csv: the user's rows. */
	rows?: readonly (readonly number[])[];
	/** Further options for the samplers that build the design whole. */
	samplerOptions?: SamplerOptions;
}

export interface Design {
	source: RowSource;
	/** Design facts for the analysers; X is empty when `blockwise`. */
	sample: Sample;
	/** True when rows are generated per block (the inputs can be regenerated from seed + design). */
	blockwise: boolean;
}

/** Analysers known to read only Y and the design facts, never the inputs. */
const WITHOUT_INPUTS: ReadonlySet<AnalyzerName> = new Set<AnalyzerName>(['sobol', 'mc', 'morris']);

export const analyzerReadsInputs = (a: AnalyzerName): boolean => !WITHOUT_INPUTS.has(a);

/** Designs that can regenerate any block of their rows from seed and design alone. */
export const BLOCKWISE: readonly SamplerName[] = ['mc', 'sobol', 'saltelli'];

function mapRows(problem: Problem, U: Float64Array): Float64Array {
	const k = problem.dists.length;
	for (let i = 0; i < U.length; i++) U[i] = valueAt(problem.dists[i % k]!, U[i]!);
	return U;
}

function checkN(n: number): void {
	if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
}

/** Rows of `sampleSobol(problem, n, seed)` (scrambled by a seeded digital shift), any block. */
export function sobolSource(problem: Problem, n: number, seed: number): RowSource {
	checkN(n);
	const k = problem.names.length;
	const shift = digitalShift(k, seed);
	return {rows: n, k, names: problem.names, block: (start, count) => mapRows(problem, sobolSequence(count, k, {skip: start, shift}))};
}

/** Rows of `sampleSaltelli(problem, N, seed, {secondOrder})` (unscrambled, SALib's skip), any block. */
export function saltelliSource(problem: Problem, N: number, secondOrder: boolean): RowSource {
	checkN(N);
	const k = problem.names.length;
	const skip = Math.max(16, 2 ** Math.ceil(Math.log2(N)));
	const step = saltelliRowsPerBase(k, secondOrder);
	return {
		rows: N * step,
		k,
		names: problem.names,
		block(start, count) {
			const out = new Float64Array(count * k);
			if (count === 0) return out;
			const b0 = Math.floor(start / step);
			const b1 = Math.floor((start + count - 1) / step);
			const base = sobolSequence(b1 - b0 + 1, 2 * k, {skip: skip + b0});
			for (let r = 0; r < count; r++) {
				const id = start + r;
				const a = (Math.floor(id / step) - b0) * 2 * k; // A at base[a … a+k), B at base[a+k … a+2k)
				const w = id % step; // 0: A; 1…k: AB_i; [k+1…2k: BA_i]; last: B
				for (let j = 0; j < k; j++) {
					let fromB: boolean;
					if (w === 0) fromB = false;
					else if (w === step - 1) fromB = true;
					else if (w <= k) fromB = j === w - 1;
					else fromB = j !== w - k - 1;
					out[r * k + j] = base[a + (fromB ? k + j : j)]!;
				}
			}
			return mapRows(problem, out);
		},
	};
}

/** True when the problem declares more than names and independent distributions (groups, correlations…). */
export function hasStructure(problem: Problem): boolean {
	return Object.entries(problem).some(([key, value]) => key !== 'names' && key !== 'dists' && value !== undefined);
}

/** The design of a sweep: a block source, and the facts its analyser needs. */
export function buildDesign(problem: Problem, d: DesignSpec): Design {
	const k = problem.names.length;
	// A problem with more than independent inputs (groups of inputs as factors, correlations between
	// inputs) changes the layout or re-pairs the rows: its sampler builds the design whole.
	const grouped = hasStructure(problem);
	const facts = (method: SamplerName, rows: number, warnings: string[] = []): Sample => ({method, X: new Float64Array(0), rows, k, names: [...problem.names], seed: d.seed, n: d.n, warnings});
	if (d.sampler === 'mc' && !grouped) {
		checkN(d.n);
		return {source: monteCarloSource(problem, d.n, d.seed), sample: facts('mc', d.n), blockwise: true};
	}
	if (d.sampler === 'sobol' && !grouped) return {source: sobolSource(problem, d.n, d.seed), sample: facts('sobol', d.n, powerOfTwoWarning("Sobol' sample", d.n)), blockwise: true};
	if (d.sampler === 'saltelli' && !grouped) {
		const source = saltelliSource(problem, d.n, d.secondOrder);
		const s = facts('saltelli', source.rows, powerOfTwoWarning('Saltelli base sample', d.n));
		return {source, sample: {...s, saltelli: {N: d.n, secondOrder: d.secondOrder}}, blockwise: true};
	}
	const s = sample(d.sampler, problem, d.n, d.seed, {
		...d.samplerOptions,
		secondOrder: d.secondOrder,
		...(d.levels === undefined ? {} : {levels: d.levels}),
		...(d.rows ? {rows: d.rows} : {}),
	});
	return {source: sampleSource(s), sample: s, blockwise: false};
}

/** The sample with its inputs filled in, block by block (for analysers that read them). */
export function withInputs(design: Design, blockRows = 65536): Sample {
	if (design.sample.X.length === design.sample.rows * design.sample.k) return design.sample;
	const {rows, k} = design.source;
	const X = new Float64Array(rows * k);
	for (let r = 0; r < rows; r += blockRows) X.set(design.source.block(r, Math.min(blockRows, rows - r)), r * k);
	return {...design.sample, X};
}

/**
 * The rows of a source for an analysis that reads them more than once (the ridges after
 * conditioning read them twice): generated once and held when they fit in `budget` bytes, else
 * regenerated block by block on each read, so a million-run design is never held whole.
 */
export function rereadableRows(source: RowSource, budget = 32 * 2 ** 20): RowSource {
	if (source.rows * source.k * 8 > budget) return source;
	const X = source.block(0, source.rows);
	return {rows: source.rows, k: source.k, names: source.names, block: (start, count) => X.subarray(start * source.k, (start + count) * source.k)};
}
