/**
 * The sweep pipeline behind `hukou-sim sweep`: build the design (per block where it can), run it on
 * the worker pool (streaming the runs file), analyse, and commit runs, indices.csv and metadata.json
 * to the locked sweep folder in one step (src/runner/folder.ts). A shard only runs its block of runs;
 * merging the shards (merge-sweep.ts) gives the unsharded files byte for byte.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
	buildDesign,
	chunkText,
	codeFingerprint,
	crossLevers,
	hasStructure,
	lockFolder,
	METADATA,
	outputFileColumns,
	partialFiles,
	rereadableRows,
	RESULT_FILES,
	Progress,
	readCheckpoint,
	runBatch,
	shardRange,
	sha256File,
	stageRuns,
	withInputs,
	analyzerReadsInputs,
	type Design,
	type RunsLayout,
} from '../../src/runner/index.js';
import type {Sample} from '../../src/sensitivity/index.js';
import {VERSION} from '../../src/version.js';
import {analyzeConditioned, analyzeStudy, type OutcomeAnalysis} from './analysis.js';
import {conditioningTable, withObservationOutputs, type ConditionConfig, type StudyObservation} from './conditioning.js';
import {DEFAULT_CONDITION, type SweepConfig} from './config.js';
import {readInputRows} from './csv-input.js';
import {commitSweep, type SweepMetadata, type SweepOutcome} from './sweep-files.js';
import {modelStudy, scenarioStudy, UsageError, type Study} from './study.js';
import {err} from '../terminal.js';

export type {SweepMetadata, SweepOutcome} from './sweep-files.js';
export {mergeSweep} from './merge-sweep.js';

export async function buildStudy(cfg: Pick<SweepConfig, 'scenario' | 'model' | 'levers'>): Promise<Study> {
	if (cfg.model) return modelStudy(cfg.model);
	return scenarioStudy(cfg.scenario!, {levers: cfg.levers});
}

/**
 * Conditioning on the observations (issue 11): asked for with --condition, and the default for a
 * scenario that declares calibration observations (--no-condition turns it off). The observed
 * figures become extra outputs of every run.
 */
export function conditionedStudy(study: Study, cfg: Pick<SweepConfig, 'condition' | 'noCondition'>): {study: Study; condition?: ConditionConfig; observations: StudyObservation[]} {
	const declared = (on: ConditionConfig['on']) => study.observations?.[on] ?? [];
	const condition = cfg.condition ?? (!cfg.noCondition && declared('calibration').length > 0 ? {...DEFAULT_CONDITION, byDefault: true} : undefined);
	if (!condition) return {study, observations: []};
	const observations = declared(condition.on);
	if (observations.length === 0) {
		throw new UsageError(`--condition: ${study.target} has no ${condition.on === 'joint' ? 'calibration.joint.observations' : 'calibration.observations'}; declare the observed figures there (see scenarios/henan-2017.yaml)`);
	}
	return {study: withObservationOutputs(study, observations), condition, observations};
}

export function sweepDesign(study: Study, cfg: Pick<SweepConfig, 'sampler' | 'n' | 'seed' | 'secondOrder' | 'levels' | 'candidates' | 'input'>): Design {
	const rows = cfg.sampler === 'csv' ? readInputRows(cfg.input!, study.problem.names) : undefined;
	return buildDesign(study.problem, {
		sampler: cfg.sampler,
		n: cfg.n,
		seed: cfg.seed,
		secondOrder: cfg.secondOrder,
		...(cfg.levels === undefined ? {} : {levels: cfg.levels}),
		...(rows ? {rows} : {}),
		...(cfg.candidates === undefined ? {} : {samplerOptions: {candidates: cfg.candidates}}),
	});
}

/** The sample the analyser gets: design facts, with the inputs only when it reads them. */
export function analysisSample(design: Design, cfg: Pick<SweepConfig, 'analyze'>): Sample {
	return analyzerReadsInputs(cfg.analyze) ? withInputs(design) : design.sample;
}

export const layoutOf = (cfg: Pick<SweepConfig, 'runsFormat' | 'outputsOnly'>): RunsLayout => ({format: cfg.runsFormat, inputs: !cfg.outputsOnly});

function fingerprint(study: Study, cfg: SweepConfig, rows: number): string {
	const key = {v: VERSION, target: study.sha256 ?? study.target, sampler: cfg.sampler, n: cfg.n, seed: cfg.seed, secondOrder: cfg.secondOrder, levels: cfg.levels, candidates: cfg.candidates, problem: study.problem, levers: study.levers, outputs: study.outputs, rows, layout: layoutOf(cfg)};
	return createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 16);
}

export function analysisConfig(cfg: Pick<SweepConfig, 'analyze' | 'seed' | 'resamples' | 'confLevel'>) {
	return {
		analyze: cfg.analyze,
		seed: cfg.seed,
		...(cfg.resamples === undefined ? {} : {resamples: cfg.resamples}),
		...(cfg.confLevel === undefined ? {} : {confLevel: cfg.confLevel}),
	};
}

/** An input of the sweep (scenario, --input rows) may not be a file the sweep replaces in its folder. */
function checkInputsOutsideResults(cfg: SweepConfig): void {
	const out = fs.existsSync(cfg.out) ? fs.realpathSync(cfg.out) : path.resolve(cfg.out);
	const results = [...RESULT_FILES, METADATA].map((f) => path.join(out, f));
	for (const [what, file] of [['scenario', cfg.scenario], ['--input', cfg.input]] as const) {
		if (!file || !fs.existsSync(file)) continue;
		const real = fs.realpathSync(file);
		if (results.includes(real)) {
			throw new UsageError(`the ${what} file ${file} is one of the files the sweep writes in --out ${cfg.out}`, 'choose another --out folder; nothing was written');
		}
	}
}

export async function runSweep(cfg: SweepConfig, argv: readonly string[] = []): Promise<SweepOutcome> {
	const t0 = performance.now();
	checkInputsOutsideResults(cfg);
	const conditioned = conditionedStudy(await buildStudy(cfg), cfg);
	const study = conditioned.study;
	if (conditioned.condition) cfg = {...cfg, condition: conditioned.condition};
	if (cfg.outputsOnly && hasStructure(study.problem)) {
		throw new UsageError('--outputs-only needs independent inputs: this problem groups or correlates them, and its inputs are stored with the runs', 'drop --outputs-only');
	}
	const design = sweepDesign(study, cfg);
	if (cfg.workbook) await checkWorkbookRows(crossLevers(study.levers, design.source).rows, cfg);
	const lock = await lockFolder(cfg.out);
	try {
		const outcome = await sweepLocked(cfg, argv, lock.compromised, t0, study, design, conditioned.observations);
		return outcome;
	} finally {
		await lock.release();
	}
}

/** --format xlsx puts every run of the folder on one sheet: refused before anything runs when they cannot fit. */
async function checkWorkbookRows(rows: number, cfg: SweepConfig): Promise<void> {
	const {headerRowCount, SHEET_ROWS} = await import('../../src/xlsx/sheet.js');
	const {start, end} = shardRange(rows, cfg.shard);
	// The runs sheet has runs.csv's one header row under its title (src/xlsx/sweep-workbook.ts).
	const room = SHEET_ROWS - headerRowCount({header: [[]]});
	if (end - start <= room) return;
	throw new UsageError(
		`--format xlsx: ${(end - start).toLocaleString('en')} runs do not fit on one worksheet (at most ${room.toLocaleString('en')} rows of runs)`,
		'drop --format xlsx and read runs.csv (or --runs-format parquet) with pandas, polars or DuckDB, or split the sweep with --shard',
	);
}

async function sweepLocked(cfg: SweepConfig, argv: readonly string[], compromised: () => Error | null, t0: number, study: Study, design: Design, observations: StudyObservation[]): Promise<SweepOutcome> {
	const source = crossLevers(study.levers, design.source);
	const tSample = performance.now();
	const fp = fingerprint(study, cfg, source.rows);
	const code = codeFingerprint();
	const layout = layoutOf(cfg);
	const {start, end} = shardRange(source.rows, cfg.shard);
	if (cfg.resume) {
		const done = alreadyComplete(cfg.out, fp, code);
		if (done) return done;
	} else if (fs.existsSync(path.join(cfg.out, 'checkpoint.json'))) {
		err(`note: ${cfg.out} holds an interrupted sweep; starting a new one (add --resume to continue the interrupted one instead)\n`);
	}
	const sharded = cfg.shard !== undefined && cfg.shard.count > 1;
	const progress = new Progress(end - start, {label: cfg.shard ? `shard ${cfg.shard.index}/${cfg.shard.count}` : 'sweep'});
	const batch = await runBatch({
		source,
		model: study.model,
		outDir: cfg.out,
		fingerprint: fp,
		resume: cfg.resume,
		progress,
		text: chunkText(layout),
		// The analysis reads the outputs back from the batch's binary file, a column at a time (memory flat in runs).
		keepOutputs: false,
		...(cfg.workers === undefined ? {} : {workers: cfg.workers}),
		...(cfg.shard ? {shard: cfg.shard} : {}),
		...(cfg.chunkSize ? {chunkSize: cfg.chunkSize} : {}),
	});
	const runs = await stageRuns(cfg.out, {layout, start, end, source, outputs: study.outputs, parts: batch.parts, code});
	const tRun = performance.now();
	const outputs = sharded ? null : outputFileColumns(partialFiles(cfg.out).y, end - start, study.outputs.length);
	const analyses: OutcomeAnalysis[] | null = outputs ? analyzeStudy(study, analysisSample(design, cfg), outputs, analysisConfig(cfg)) : null;
	// The inner rows are the same for every policy: conditioning reads them (twice, for the ridges) for all policies at once.
	const conditioning =
		!outputs || !cfg.condition ? undefined : analyzeConditioned(study, design.sample, rereadableRows(design.source), outputs, observations, cfg.condition);
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
		...(cfg.candidates === undefined ? {} : {candidates: cfg.candidates}),
		...(cfg.resamples === undefined ? {} : {resamples: cfg.resamples}),
		...(cfg.confLevel === undefined ? {} : {confLevel: cfg.confLevel}),
		samples: design.sample.n,
		sampleRows: design.source.rows,
		runs: source.rows,
		runsFormat: layout.format,
		outputsOnly: !layout.inputs,
		inputs: [...source.names],
		target: study.kind === 'model' ? {model: study.target} : {scenario: study.target, sha256: study.sha256!},
		parameters: study.problem.names.map((name, i) => ({name, dist: study.problem.dists[i], ...(study.problem.groups ? {group: study.problem.groups[i]} : {})})),
		...(study.problem.correlations ? {correlations: study.problem.correlations} : {}),
		levers: study.levers,
		outcomes: study.outputs,
		shard: cfg.shard ? {...cfg.shard, start, end} : null,
		workers: batch.workers,
		fingerprint: fp,
		integrity: runs.integrity,
		resumedFrom: batch.resumedFrom,
		timings: {sampleMs: tSample - t0, runMs: tRun - tSample, analyzeMs: tAnalyze - tRun, totalMs: performance.now() - t0},
		failures: {count: batch.failedCount, listed: batch.failures},
		warnings: design.sample.warnings,
		...(cfg.condition ? {condition: {...cfg.condition, observations}} : {}),
	};
	const outcome = await commitSweep(cfg.out, {metadata, analyses, study, format: cfg.format, argv, runs, compromised, ...(conditioning ? {conditioning} : {}), ...(cfg.workbook ? {workbook: true} : {})});
	if (!conditioning) return outcome;
	// The conditioned report (conditioning.json, committed with the folder) also follows the analysis on stdout.
	const stdout = cfg.format === 'json' ? `${JSON.stringify({...JSON.parse(outcome.stdout), conditioning}, null, 1)}\n` : `${outcome.stdout}\n${conditioningTable(conditioning, study.labels)}conditioned report in ${path.join(cfg.out, 'conditioning.json')}\n`;
	return {...outcome, stdout};
}

/** `--resume` in a folder that already holds this sweep, complete: nothing to do (files untouched). */
function alreadyComplete(out: string, fp: string, code: string): SweepOutcome | null {
	const file = path.join(out, 'metadata.json');
	if (readCheckpoint(out) || !fs.existsSync(file)) return null;
	let meta: SweepMetadata;
	try {
		meta = JSON.parse(fs.readFileSync(file, 'utf8')) as SweepMetadata;
	} catch {
		return null;
	}
	if (meta.fingerprint !== fp || !meta.integrity) return null;
	if (meta.integrity.code !== code) {
		throw new UsageError(
			`--resume: ${out} holds this sweep, complete, but computed by a different build of hukou-sim (code ${meta.integrity.code}, this build ${code})`,
			'drop --resume to compute it again with this build, or use another --out',
		);
	}
	const runs = path.join(out, meta.integrity.file);
	if (!fs.existsSync(runs) || sha256File(runs) !== meta.integrity.sha256) {
		throw new UsageError(`--resume: ${runs} is not the file this sweep wrote (missing, cut short or edited)`, 'drop --resume to compute it again, or restore the file');
	}
	const what = meta.shard ? `shard ${meta.shard.index}/${meta.shard.count} (runs ${meta.shard.start}…${meta.shard.end - 1})` : `sweep of ${meta.runs} runs`;
	return {metadata: meta, analyses: null, stdout: `${out}: this ${what} is already complete; nothing to do\n`, unchanged: true};
}
