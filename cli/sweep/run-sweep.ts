/**
 * The sweep pipeline behind `hukou-sim sweep` and `hukou-sim merge`: sample, run on the worker
 * pool (streaming runs.csv), analyse, write indices.csv and metadata.json. A shard only runs its
 * block of runs; merging the shards gives the unsharded runs.csv and indices.csv byte for byte.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {crossLevers, finalizeRuns, mergeRuns, monteCarloSource, Progress, runBatch, sampleSource, writeFileAtomic, type Failure, type RowSource} from '../../src/runner/index.js';
import {sample, type Sample} from '../../src/sensitivity/index.js';
import {VERSION} from '../../src/version.js';
import {analyzeConditioned, analyzeStudy, type OutcomeAnalysis} from './analysis.js';
import {DEFAULT_CONDITION} from './config.js';
import {conditioningTable, withObservationOutputs, type ConditioningReport, type StudyObservation} from './conditioning.js';
import type {SweepConfig} from './config.js';
import {readInputRows} from './csv-input.js';
import {analysisJson, analysisTable, indicesCsv} from './report.js';
import {modelStudy, scenarioStudy, UsageError, withoutLevers, type Study} from './study.js';

export interface SweepMetadata {
	tool: 'hukou-sim';
	version: string;
	created: string;
	seed: number;
	sampler: SweepConfig['sampler'];
	analyze: SweepConfig['analyze'];
	n: number;
	secondOrder: boolean;
	levels?: number;
	resamples?: number;
	confLevel?: number;
	/** n as given: base samples N (saltelli), trajectories (morris), runs (mc, lhs, sobol, csv). */
	samples: number;
	/** Rows of the sample for one policy (lever combination). */
	sampleRows: number;
	runs: number;
	target: {model: string} | {scenario: string; sha256: string};
	parameters: {name: string; dist: unknown}[];
	levers: Study['levers'];
	outcomes: string[];
	shard: {index: number; count: number; start: number; end: number} | null;
	workers: number;
	fingerprint: string;
	resumedFrom: number;
	timings: Record<string, number>;
	failures: {count: number; listed: Failure[]};
	warnings: string[];
	/** sweep --condition: how the runs were conditioned on the observations. */
	condition?: SweepConfig['condition'] & {observations: StudyObservation[]};
}

export interface SweepOutcome {
	metadata: SweepMetadata;
	analyses: OutcomeAnalysis[] | null;
	conditioning?: ConditioningReport;
	/** What to print on stdout. */
	stdout: string;
}

async function buildStudy(cfg: Pick<SweepConfig, 'scenario' | 'model' | 'levers' | 'condition' | 'noCondition'>): Promise<{study: Study; condition?: NonNullable<SweepConfig['condition']>}> {
	if (cfg.model) return {study: modelStudy(cfg.model)};
	const study = await scenarioStudy(cfg.scenario!);
	const chosen = cfg.levers ? study : withoutLevers(study);
	// A scenario with calibration observations is analysed conditioned on them unless --no-condition (issue 11).
	const condition = cfg.condition ?? (!cfg.noCondition && (chosen.observations?.calibration.length ?? 0) > 0 ? {...DEFAULT_CONDITION, byDefault: true} : undefined);
	return condition ? {study: withObservationOutputs(chosen, conditionObservations(chosen, condition)), condition} : {study: chosen};
}

function conditionObservations(study: Study, condition: NonNullable<SweepConfig['condition']>): StudyObservation[] {
	const list = study.observations?.[condition.on] ?? [];
	if (list.length === 0) {
		throw new UsageError(`--condition: ${study.target} has no ${condition.on === 'joint' ? 'calibration.joint.observations' : 'calibration.observations'}; declare the observed figures there (see scenarios/henan-2017.yaml)`);
	}
	return list;
}

function buildSample(study: Study, cfg: SweepConfig): Sample {
	const rows = cfg.sampler === 'csv' ? readInputRows(cfg.input!, study.problem.names) : undefined;
	return sample(cfg.sampler, study.problem, cfg.n, cfg.seed, {
		secondOrder: cfg.secondOrder,
		...(cfg.levels === undefined ? {} : {levels: cfg.levels}),
		...(rows ? {rows} : {}),
	});
}

/** Monte Carlo samples that no analyser needs in full are generated block by block. */
function innerSource(study: Study, cfg: SweepConfig): {source: RowSource; sample: Sample | null} {
	if (cfg.sampler === 'mc' && cfg.analyze === 'mc') return {source: monteCarloSource(study.problem, cfg.n, cfg.seed), sample: null};
	const s = buildSample(study, cfg);
	return {source: sampleSource(s), sample: s};
}

function fingerprint(study: Study, cfg: SweepConfig, rows: number): string {
	const key = {v: VERSION, target: study.sha256 ?? study.target, sampler: cfg.sampler, n: cfg.n, seed: cfg.seed, secondOrder: cfg.secondOrder, levels: cfg.levels, problem: study.problem, levers: study.levers, outputs: study.outputs, rows};
	return createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 16);
}

export async function runSweep(cfg: SweepConfig, argv: readonly string[] = []): Promise<SweepOutcome> {
	const t0 = performance.now();
	const built = await buildStudy(cfg);
	const study = built.study;
	if (built.condition) cfg = {...cfg, condition: built.condition};
	const {source: inner, sample: innerSample} = innerSource(study, cfg);
	const source = crossLevers(study.levers, inner);
	const tSample = performance.now();
	const fp = fingerprint(study, cfg, source.rows);
	const progress = new Progress(source.rows, {label: cfg.shard ? `shard ${cfg.shard.index}/${cfg.shard.count}` : 'sweep'});
	const batch = await runBatch({
		source,
		model: study.model,
		outDir: cfg.out,
		fingerprint: fp,
		resume: cfg.resume,
		progress,
		...(cfg.workers === undefined ? {} : {workers: cfg.workers}),
		...(cfg.shard ? {shard: cfg.shard} : {}),
		...(cfg.chunkSize ? {chunkSize: cfg.chunkSize} : {}),
	});
	finalizeRuns(cfg.out);
	const tRun = performance.now();
	const sharded = cfg.shard !== undefined && cfg.shard.count > 1;
	let analyses: OutcomeAnalysis[] | null = null;
	let conditioning: ConditioningReport | undefined;
	if (!sharded) {
		const s = innerSample ?? ({method: 'mc', rows: inner.rows, k: inner.k, names: [...inner.names], seed: cfg.seed, n: cfg.n, warnings: [], X: new Float64Array(0)} satisfies Sample);
		analyses = analyzeStudy(study, s, batch.Y, analysisConfig(cfg));
		if (cfg.condition) conditioning = analyzeConditioned(study, s, inner.block(0, inner.rows), batch.Y, conditionObservations(study, cfg.condition), cfg.condition);
	}
	const tAnalyze = performance.now();
	const metadata: SweepMetadata = {
		tool: 'hukou-sim',
		version: VERSION,
		created: new Date().toISOString(),
		seed: cfg.seed,
		sampler: cfg.sampler,
		analyze: cfg.analyze,
		n: cfg.n,
		secondOrder: cfg.secondOrder,
		...(cfg.levels === undefined ? {} : {levels: cfg.levels}),
		...(cfg.resamples === undefined ? {} : {resamples: cfg.resamples}),
		...(cfg.confLevel === undefined ? {} : {confLevel: cfg.confLevel}),
		samples: innerSample?.n ?? cfg.n,
		sampleRows: inner.rows,
		runs: source.rows,
		target: study.kind === 'model' ? {model: study.target} : {scenario: study.target, sha256: study.sha256!},
		parameters: study.problem.names.map((name, i) => ({name, dist: study.problem.dists[i]})),
		levers: study.levers,
		outcomes: study.outputs,
		shard: cfg.shard ? {...cfg.shard, start: batch.start, end: batch.end} : null,
		workers: batch.workers,
		fingerprint: fp,
		resumedFrom: batch.resumedFrom,
		timings: {sampleMs: tSample - t0, runMs: tRun - tSample, analyzeMs: tAnalyze - tRun, totalMs: performance.now() - t0},
		failures: {count: batch.failedCount, listed: batch.failures},
		warnings: innerSample?.warnings ?? [],
		...(cfg.condition ? {condition: {...cfg.condition, observations: conditionObservations(study, cfg.condition)}} : {}),
	};
	return finish(cfg.out, metadata, analyses, study, cfg.format, argv, conditioning);
}

function analysisConfig(cfg: Pick<SweepConfig, 'analyze' | 'seed' | 'resamples' | 'confLevel'>) {
	return {
		analyze: cfg.analyze,
		seed: cfg.seed,
		...(cfg.resamples === undefined ? {} : {resamples: cfg.resamples}),
		...(cfg.confLevel === undefined ? {} : {confLevel: cfg.confLevel}),
	};
}

function finish(out: string, metadata: SweepMetadata, analyses: OutcomeAnalysis[] | null, study: Study, format: 'table' | 'json', argv: readonly string[], conditioning?: ConditioningReport): SweepOutcome {
	if (analyses) writeFileAtomic(path.join(out, 'indices.csv'), indicesCsv(analyses));
	if (conditioning) writeFileAtomic(path.join(out, 'conditioning.json'), `${JSON.stringify(conditioning, null, 1)}\n`);
	writeFileAtomic(path.join(out, 'metadata.json'), JSON.stringify({...metadata, command: ['hukou-sim', ...argv]}, null, 2) + '\n');
	let stdout: string;
	if (!analyses) {
		const s = metadata.shard!;
		stdout = `shard ${s.index}/${s.count}: runs ${s.start}…${s.end - 1} written to ${path.join(out, 'runs.csv')}${metadata.failures.count ? ` (${metadata.failures.count} failed)` : ''}\nwhen every shard is done: hukou-sim merge DIR1 DIR2 … --out DIR\n`;
	} else if (format === 'json') {
		stdout = analysisJson({method: metadata.analyze, samples: metadata.samples, runs: metadata.runs, seed: metadata.seed, problem: study.problem}, analyses);
		if (conditioning) stdout = `${JSON.stringify({...JSON.parse(stdout), conditioning}, null, 1)}\n`;
	} else {
		const head = `${metadata.analyze} analysis of ${metadata.runs} runs (${metadata.sampler} sample, n=${metadata.n}, seed ${metadata.seed})${metadata.failures.count ? `, ${metadata.failures.count} failed` : ''}\n`;
		const warn = metadata.warnings.map((w) => `warning: ${w}\n`).join('');
		const cond = conditioning ? `\n${conditioningTable(conditioning, study.labels)}` : '';
		stdout = `${head}${warn}\n${analysisTable(analyses, study.labels)}${cond}\noutputs in ${out}/: runs.csv, indices.csv, metadata.json${conditioning ? ', conditioning.json' : ''}\n`;
	}
	return {metadata, analyses, stdout, ...(conditioning ? {conditioning} : {})};
}

/** Join finished shard directories into `out` and analyse the whole sweep. */
export async function mergeSweep(dirs: readonly string[], out: string, format: 'table' | 'json', argv: readonly string[] = []): Promise<SweepOutcome> {
	const t0 = performance.now();
	if (dirs.length === 0) throw new UsageError('merge: give the shard directories, e.g. hukou-sim merge out/shard-* --out out/all');
	const metas = dirs.map((d) => {
		const f = path.join(d, 'metadata.json');
		if (!fs.existsSync(f)) throw new UsageError(`merge: ${f} not found; hint: is the shard in ${d} finished? rerun it with --resume`);
		return JSON.parse(fs.readFileSync(f, 'utf8')) as SweepMetadata;
	});
	const m0 = metas[0]!;
	for (const [i, m] of metas.entries()) {
		if (m.fingerprint !== m0.fingerprint) throw new UsageError(`merge: ${dirs[i]} belongs to a different sweep than ${dirs[0]} (sampler, n, seed, inputs or scenario differ)`);
	}
	const count = m0.shard?.count ?? 1;
	const indices = metas.map((m) => m.shard?.index ?? 1).sort((a, b) => a - b);
	const missing = Array.from({length: count}, (_, i) => i + 1).filter((i) => !indices.includes(i));
	if (missing.length > 0 || indices.length !== count) {
		throw new UsageError(`merge: expected shards 1…${count} once each; ${missing.length ? `missing ${missing.join(', ')}` : 'some are given twice'}`);
	}
	const cfg: SweepConfig = {
		...('model' in m0.target ? {model: m0.target.model} : {scenario: m0.target.scenario}),
		sampler: m0.sampler,
		analyze: m0.analyze,
		n: m0.n,
		seed: m0.seed,
		out,
		format,
		resume: false,
		levers: m0.levers.length > 0,
		secondOrder: m0.secondOrder,
		...(m0.levels === undefined ? {} : {levels: m0.levels}),
		...(m0.resamples === undefined ? {} : {resamples: m0.resamples}),
		...(m0.confLevel === undefined ? {} : {confLevel: m0.confLevel}),
		...(m0.condition ? {condition: {method: m0.condition.method, tolerance: m0.condition.tolerance, on: m0.condition.on, ...(m0.condition.byDefault ? {byDefault: true} : {})}} : {noCondition: true}),
	};
	const study = (await buildStudy(cfg)).study;
	if ('scenario' in m0.target && study.sha256 !== m0.target.sha256) {
		throw new UsageError(`merge: ${m0.target.scenario} changed since the shards ran (sha256 differs); hint: restore it, or rerun the shards`);
	}
	fs.mkdirSync(out, {recursive: true});
	const merged = await mergeRuns(dirs.map((d) => path.join(d, 'runs.csv')), path.join(out, 'runs.csv'), study.outputs, m0.runs);
	const kl = study.levers.length;
	let s: Sample;
	if (cfg.sampler === 'csv') {
		// The user's rows are the inner columns of the first policy's runs.
		const k = study.problem.names.length;
		const rows = m0.sampleRows;
		const X = new Float64Array(rows * k);
		for (let r = 0; r < rows; r++) for (let j = 0; j < k; j++) X[r * k + j] = merged.X[r * (kl + k) + kl + j]!;
		s = {method: 'csv', X, rows, k, names: study.problem.names, seed: cfg.seed, n: rows, warnings: []};
	} else if (cfg.sampler === 'mc' && cfg.analyze === 'mc') {
		s = {method: 'mc', X: new Float64Array(0), rows: m0.sampleRows, k: study.problem.names.length, names: study.problem.names, seed: cfg.seed, n: cfg.n, warnings: []};
	} else {
		s = buildSample(study, cfg);
	}
	const analyses = analyzeStudy(study, s, merged.Y, analysisConfig(cfg));
	let conditioning: ConditioningReport | undefined;
	if (cfg.condition) {
		// The inner rows are the input columns of the first policy's runs (lever columns come first).
		const k = study.problem.names.length;
		const X = new Float64Array(m0.sampleRows * k);
		for (let r = 0; r < m0.sampleRows; r++) for (let j = 0; j < k; j++) X[r * k + j] = merged.X[r * (kl + k) + kl + j]!;
		conditioning = analyzeConditioned(study, s, X, merged.Y, conditionObservations(study, cfg.condition), cfg.condition);
	}
	const metadata: SweepMetadata = {
		...m0,
		created: new Date().toISOString(),
		shard: null,
		resumedFrom: 0,
		workers: 0,
		timings: {mergeMs: performance.now() - t0, shardRunMs: metas.reduce((t, m) => t + (m.timings.runMs ?? 0), 0)},
		failures: {count: metas.reduce((c, m) => c + m.failures.count, 0), listed: metas.flatMap((m) => m.failures.listed).sort((a, b) => a.run - b.run).slice(0, 100)},
	};
	return finish(out, metadata, analyses, study, format, argv, conditioning);
}
