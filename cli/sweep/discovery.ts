/**
 * `hukou-sim discover`: which region of the inputs (and levers) gives the outcome of interest, by
 * PRIM over the runs of a finished sweep folder, or over inputs and outputs made elsewhere (a problem
 * file, an inputs CSV and an outputs CSV, as for `analyze`). The outcome is a 0/1 outcome (cases are the 1s) or
 * any outcome with --below X (cases: value < X) or --above X (value > X).
 */
import {prim, type PrimOptions} from '../../src/sensitivity/index.js';
import {discoveryJson, discoveryTable, type Discovery} from './report-discovery.js';
import {readExternalData} from './external-data.js';
import {readSweepFolder, type SweepData} from './sweep-folder.js';
import {UsageError} from './study.js';

export interface DiscoverOptions extends PrimOptions {
	dir?: string;
	inputs?: string;
	outputs?: string;
	problem?: string;
	outcome: string;
	below?: number;
	above?: number;
	format: 'table' | 'json';
}

export async function discover(o: DiscoverOptions): Promise<{discovery: Discovery; stdout: string}> {
	if (o.below !== undefined && o.above !== undefined) throw new UsageError('give --below or --above, not both');
	for (const [name, v] of [['--below', o.below], ['--above', o.above]] as const) {
		if (v !== undefined && !Number.isFinite(v)) throw new UsageError(`${name} expects a number, got ${v}`);
	}
	const d = await load(o);
	const discovery = discoverIn(d, o);
	return {discovery, stdout: o.format === 'json' ? discoveryJson(discovery) : discoveryTable(discovery)};
}

/** The cases of interest (0/1, --below or --above) among the runs that did not fail, and PRIM over them (also the TUI's sweep screen). */
export function discoverIn(d: Runs, o: Pick<DiscoverOptions, 'outcome' | 'below' | 'above' | keyof PrimOptions>): Discovery {
	const j = d.outputs.indexOf(o.outcome);
	if (j < 0) throw new UsageError(`--outcome: ${JSON.stringify(o.outcome)} is not an outcome of ${d.source}`, `its outcomes: ${d.outputs.join(', ')}`);
	const m = d.outputs.length;
	const width = d.names.length;
	const names = d.names;
	const keep: number[] = [];
	for (let r = 0; r < d.runs; r++) if (Number.isFinite(d.Y[r * m + j]!)) keep.push(r);
	const values = keep.map((r) => d.Y[r * m + j]!);
	let cases: string;
	let y: Float64Array;
	if (o.below !== undefined) {
		cases = `${o.outcome} < ${o.below}`;
		y = Float64Array.from(values, (v) => (v < o.below! ? 1 : 0));
	} else if (o.above !== undefined) {
		cases = `${o.outcome} > ${o.above}`;
		y = Float64Array.from(values, (v) => (v > o.above! ? 1 : 0));
	} else {
		const odd = values.find((v) => v !== 0 && v !== 1);
		if (odd !== undefined) throw new UsageError(`--outcome ${o.outcome} is not a 0/1 outcome (it has ${odd})`, `say which runs are of interest: --below X or --above X (e.g. --below ${values.sort((a, b) => a - b)[Math.floor(values.length / 2)]})`);
		cases = `${o.outcome} = 1`;
		y = Float64Array.from(values);
	}
	if (keep.length === 0) throw new UsageError(`every run of ${d.source} failed for ${o.outcome}; nothing to discover`);
	const X = new Float64Array(keep.length * width);
	keep.forEach((r, i) => X.set(d.X.subarray(r * width, (r + 1) * width), i * width));
	const opts: PrimOptions = {};
	for (const key of ['peelAlpha', 'pasteAlpha', 'massMin', 'threshold', 'maxBoxes'] as const) if (o[key] !== undefined) opts[key] = o[key];
	const discovery: Discovery = {outcome: o.outcome, cases, result: prim(names, X, y, opts), failed: d.runs - keep.length};
	if (discovery.result.cases === 0) throw new UsageError(`no run has ${cases} (out of ${keep.length}); nothing to discover`, o.below !== undefined || o.above !== undefined ? 'move the threshold' : undefined);
	return discovery;
}

export interface Runs {
	source: string;
	/** Lever and input names: the columns of X. */
	names: string[];
	X: Float64Array;
	Y: Float64Array;
	outputs: string[];
	runs: number;
}

/** A sweep folder's runs as PRIM reads them: levers and inputs are the columns. */
export function sweepRuns(d: SweepData, source: string): Runs {
	return {source, names: [...d.levers.map((l) => l.name), ...d.problem.names], X: d.X, Y: d.Y, outputs: d.outputs, runs: d.runs};
}

async function load(o: DiscoverOptions): Promise<Runs> {
	const external = o.inputs !== undefined || o.outputs !== undefined || o.problem !== undefined;
	if (external === (o.dir !== undefined)) {
		throw new UsageError(o.dir ? 'give a sweep folder or --inputs/--outputs/--problem, not both' : 'give a sweep folder (hukou-sim discover sweep-out --outcome NAME) or --inputs X.csv --outputs Y.csv --problem P.yaml');
	}
	if (o.dir !== undefined) {
		return sweepRuns(await readSweepFolder(o.dir), o.dir);
	}
	if (!o.inputs || !o.outputs || !o.problem) throw new UsageError('external data needs all three of --inputs X.csv, --outputs Y.csv and --problem P.yaml');
	const e = readExternalData(o.problem, o.inputs, o.outputs);
	return {source: o.inputs, names: e.problem.names, X: e.X, Y: e.Y, outputs: e.outputs, runs: e.rows};
}
