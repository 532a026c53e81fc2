/**
 * Re-analyse runs without running the model: a finished sweep folder (its metadata and runs.csv),
 * or inputs and outputs made elsewhere. Any analysis compatible with the design, other bootstrap
 * options, a subset of outcomes, and the convergence of each index over the sample size.
 */
import fs from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../../src/runner/index.js';
import {
	ANALYZER_NAMES,
	COMPATIBLE,
	convergence,
	morrisSampleFromRows,
	problemGroups,
	saltelliRowsPerBase,
	type AnalyzerName,
	type Problem,
	type Sample,
	type SamplerName,
} from '../../src/sensitivity/index.js';
import {analyzeStudy, outcomeBlocks, policyLabels, type AnalysisStudy, type OutcomeAnalysis} from './analysis.js';
import {DEFAULT_ANALYZER, resamplesOption} from './config.js';
import {readExternalData} from './external-data.js';
import {analysisJson, analysisTable, indicesCsv, outcomeKey} from './report.js';
import {convergenceCsv, convergenceTable, type OutcomeConvergence} from './report-convergence.js';
import {readSweepFolder, sweepSample} from './sweep-folder.js';
import {UsageError} from './study.js';
import {err} from '../terminal.js';

export interface ReanalyzeOptions {
	dir?: string;
	inputs?: string;
	outputs?: string;
	problem?: string;
	sampler?: string;
	secondOrder?: boolean;
	levels?: number;
	analyze?: string;
	resamples?: number;
	confLevel?: number;
	seed?: number;
	outcome?: string[];
	convergence?: boolean;
	format: 'table' | 'json';
	out?: string;
}

interface Loaded {
	study: AnalysisStudy;
	sample: Sample;
	Y: Float64Array;
	analyze: AnalyzerName;
	seed: number;
	source: string;
}

async function load(o: ReanalyzeOptions): Promise<Loaded> {
	const external = o.inputs !== undefined || o.outputs !== undefined || o.problem !== undefined;
	if (external === (o.dir !== undefined)) {
		throw new UsageError(o.dir ? 'give a sweep folder or --inputs/--outputs/--problem, not both' : 'give a sweep folder (hukou-sim analyze sweep-out) or --inputs X.csv --outputs Y.csv --problem P.yaml');
	}
	if (o.analyze !== undefined && !ANALYZER_NAMES.includes(o.analyze as AnalyzerName)) {
		throw new UsageError(`--analyze: unknown analysis '${o.analyze}'; expected one of ${ANALYZER_NAMES.join(', ')}`);
	}
	if (o.dir !== undefined) {
		if (o.sampler !== undefined || o.levels !== undefined || o.secondOrder) throw new UsageError('--sampler, --levels and --second-order describe external data; a sweep folder records its own design');
		const d = await readSweepFolder(o.dir);
		return {study: d, sample: sweepSample(d), Y: d.Y, analyze: (o.analyze ?? d.metadata.analyze) as AnalyzerName, seed: o.seed ?? d.metadata.seed, source: o.dir};
	}
	if (!o.inputs || !o.outputs || !o.problem) throw new UsageError('external data needs all three of --inputs X.csv, --outputs Y.csv and --problem P.yaml');
	const sampler = (o.sampler ?? 'csv') as SamplerName;
	if (!['csv', 'saltelli', 'morris'].includes(sampler)) {
		throw new UsageError(`--sampler ${o.sampler}: for external data, expected csv (any random sample), saltelli (rows in SALib's order) or morris (trajectories of k+1 rows)`);
	}
	const e = readExternalData(o.problem, o.inputs, o.outputs);
	const study: AnalysisStudy = {problem: e.problem, levers: [], outputs: e.outputs};
	return {study, sample: externalSample(e.problem, e.X, e.rows, sampler, o), Y: e.Y, analyze: (o.analyze ?? DEFAULT_ANALYZER[sampler]) as AnalyzerName, seed: o.seed ?? 42, source: o.inputs};
}

function externalSample(problem: Problem, X: Float64Array, rows: number, sampler: SamplerName, o: ReanalyzeOptions): Sample {
	const k = problem.names.length;
	const base = {X, rows, k, names: [...problem.names], seed: o.seed ?? 42, n: rows, warnings: [] as string[]};
	if (sampler === 'morris') return morrisSampleFromRows(problem, X, o.levels ?? 4, o.seed ?? 42);
	if (sampler === 'saltelli') {
		const groups = problemGroups(problem);
		const f = groups ? groups.names.length : k;
		const step = saltelliRowsPerBase(f, o.secondOrder ?? false);
		if (rows % step !== 0) throw new UsageError(`a Saltelli sample over ${f} ${groups ? 'groups' : 'inputs'} has N·${o.secondOrder ? '(2k+2)' : '(k+2)'} = N·${step} rows, got ${rows}`, 'check --second-order against the option used when sampling');
		return {...base, method: 'saltelli', n: rows / step, saltelli: {N: rows / step, secondOrder: o.secondOrder ?? false}, ...(groups ? {groups} : {})};
	}
	return {...base, method: 'csv'};
}

export interface ReanalyzeResult {
	analyses: OutcomeAnalysis[];
	convergence: OutcomeConvergence[] | null;
	stdout: string;
}

export async function reanalyze(o: ReanalyzeOptions): Promise<ReanalyzeResult> {
	// Before the folder is read: the same check (and cap) as sweep's.
	resamplesOption(o.resamples);
	const L = await load(o);
	if (!COMPATIBLE[L.analyze].includes(L.sample.method)) {
		throw new UsageError(`--analyze ${L.analyze} needs a ${COMPATIBLE[L.analyze].join(' or ')} sample, but ${L.source} holds a ${L.sample.method} sample`, `compatible with it: ${ANALYZER_NAMES.filter((a) => COMPATIBLE[a].includes(L.sample.method)).join(', ')}`);
	}
	const unknown = (o.outcome ?? []).filter((n) => !L.study.outputs.includes(n));
	if (unknown.length > 0) throw new UsageError(`--outcome: ${unknown.map((n) => JSON.stringify(n)).join(', ')} not in ${L.source}`, `its outcomes: ${L.study.outputs.join(', ')}`);
	if (o.confLevel !== undefined && !(o.confLevel > 0 && o.confLevel < 1)) throw new UsageError(`--conf-level must be between 0 and 1, got ${o.confLevel}`, 'e.g. --conf-level 0.9');
	const config = {
		analyze: L.analyze,
		seed: L.seed,
		...(o.resamples === undefined ? {} : {resamples: o.resamples}),
		...(o.confLevel === undefined ? {} : {confLevel: o.confLevel}),
		...(o.outcome?.length ? {outcomes: o.outcome} : {}),
	};
	const analyses = analyzeStudy(L.study, L.sample, L.Y, {...config, onAnalyzed: progress('analysis', 'outcomes')});
	let conv: OutcomeConvergence[] | null = null;
	const tick = progress('convergence', 'outcomes');
	if (o.convergence) {
		conv = [];
		const labels = policyLabels(L.study.levers);
		for (const [j, outcome] of L.study.outputs.entries()) {
			if (config.outcomes && !config.outcomes.includes(outcome)) continue;
			outcomeBlocks(L.study, L.sample.rows, L.Y, j).forEach(({y}, c) => {
				// The whole sample's point is the analysis above.
				const whole = analyses.find((a) => a.outcome === outcome && a.policy === labels[c])?.result;
				conv!.push({outcome, policy: labels[c]!, method: L.analyze, points: convergence(L.analyze, L.study.problem, L.sample, y, config, undefined, whole)});
				tick(conv!.length, labels.length * (config.outcomes?.length ?? L.study.outputs.length));
			});
		}
	}
	if (o.out) writeOutputs(o, analyses, conv);
	const runs = L.sample.rows * policyLabels(L.study.levers).length;
	let stdout: string;
	if (o.format === 'json') {
		const doc = JSON.parse(analysisJson({method: L.analyze, samples: L.sample.n, runs, seed: L.seed, problem: L.study.problem}, analyses)) as Record<string, unknown>;
		if (conv) doc['convergence'] = conv.map((c) => ({outcome: outcomeKey(c), sizes: c.points.map((p) => p.size), runs: c.points.map((p) => p.runs), results: c.points.map((p) => p.result)}));
		stdout = JSON.stringify(doc, null, 2) + '\n';
	} else {
		const head = `${L.analyze} analysis of ${runs} runs from ${L.source} (${L.sample.method} sample, n=${L.sample.n}, bootstrap seed ${L.seed}); the model was not run\n\n`;
		stdout = head + analysisTable(analyses, {}) + (conv ? `\n${convergenceTable(conv)}` : '') + (o.out ? `\noutputs in ${o.out}/: indices.csv${conv ? ', convergence.csv' : ''}\n` : '');
	}
	return {analyses, convergence: conv, stdout};
}

/**
 * Progress on stderr once an analysis has taken a second (delta on many inputs takes minutes): a line
 * every 5 s, or a redrawn line on a terminal.
 */
function progress(label: string, unit: string): (done: number, total: number) => void {
	const t0 = performance.now();
	let last = 0;
	const tty = process.stderr.isTTY === true;
	return (done, total) => {
		const t = performance.now() - t0;
		if (t < 1000 || (t - last < (tty ? 200 : 5000) && done < total)) return;
		last = t;
		const eta = ((total - done) * t) / done / 1000;
		const text = `${label} ${done}/${total} ${unit} ${((100 * done) / total).toFixed(0)}% ETA ${eta.toFixed(0)}s`;
		process.stderr.write(tty ? `\r\x1b[2K${text}${done === total ? '\n' : ''}` : `${text}\n`);
	};
}

function writeOutputs(o: ReanalyzeOptions, analyses: OutcomeAnalysis[], conv: OutcomeConvergence[] | null): void {
	const out = o.out!;
	if (o.dir !== undefined && path.resolve(out) === path.resolve(o.dir)) {
		throw new UsageError(`--out ${out} is the sweep folder being analysed; its indices.csv belongs to the sweep's own metadata.json`, 'write the new analysis to another folder, e.g. --out sweep-out/reanalysis');
	}
	fs.mkdirSync(out, {recursive: true});
	writeFileAtomic(path.join(out, 'indices.csv'), indicesCsv(analyses));
	if (conv) writeFileAtomic(path.join(out, 'convergence.csv'), convergenceCsv(conv));
	err(`wrote ${path.join(out, 'indices.csv')}${conv ? ` and ${path.join(out, 'convergence.csv')}` : ''}\n`);
}

