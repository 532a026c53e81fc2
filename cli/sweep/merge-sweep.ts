/**
 * `hukou-sim merge`: join finished shard folders into one sweep folder and analyse the whole. Every
 * shard must be whole (row count and sha256 as its metadata.json records), computed by this build
 * (code fingerprint), and of the same sweep; the runs stream through (memory flat in the number of
 * runs, apart from the outputs the analysis needs; `--no-analyze` keeps none).
 */
import fs from 'node:fs';
import path from 'node:path';
import {codeFingerprint, isFolderLocked, lockFolder, MAX_LISTED_FAILURES, mergeRuns, sha256File, type ShardRunsFile} from '../../src/runner/index.js';
import type {Sample} from '../../src/sensitivity/index.js';
import {analyzeStudy, type OutcomeAnalysis} from './analysis.js';
import type {SweepConfig} from './config.js';
import {analysisConfig, analysisSample, buildStudy, conditionedStudy, sweepDesign} from './run-sweep.js';
import {commitSweep, type SweepMetadata, type SweepOutcome} from './sweep-files.js';
import {UsageError} from './study.js';

function readShard(dir: string): SweepMetadata {
	const f = path.join(dir, 'metadata.json');
	if (!fs.existsSync(f)) throw new UsageError(`merge: ${f} not found`, `is the shard in ${dir} finished? rerun it with the same command and --resume`);
	let m: SweepMetadata;
	try {
		m = JSON.parse(fs.readFileSync(f, 'utf8')) as SweepMetadata;
	} catch {
		throw new UsageError(`merge: ${f} is not valid JSON (cut short?)`, 'rerun that shard');
	}
	if (!m.integrity || !m.shard) throw new UsageError(`merge: ${dir} is not a shard of a sweep written by this version (no shard or integrity record in metadata.json)`, 'rerun the shards with this build');
	return m;
}

/** Join finished shard directories into `out` and (unless analyze is false) analyse the whole sweep. */
export async function mergeSweep(dirs: readonly string[], out: string, format: 'table' | 'json', argv: readonly string[] = [], analyze = true): Promise<SweepOutcome> {
	if (dirs.length === 0) throw new UsageError('merge: give the shard directories, e.g. hukou-sim merge out/shard-* --out out/all');
	const outReal = path.resolve(out);
	for (const d of dirs) {
		if (fs.existsSync(d) && fs.existsSync(out) && fs.realpathSync(d) === fs.realpathSync(out)) {
			throw new UsageError(`merge: --out ${out} is one of the shard folders being merged`, 'choose a new folder for the merged sweep, e.g. --out out/all');
		}
		if (path.resolve(d) === outReal) throw new UsageError(`merge: --out ${out} is one of the shard folders being merged`, 'choose a new folder for the merged sweep');
	}
	for (const d of dirs) {
		if (await isFolderLocked(d)) throw new UsageError(`merge: ${d} is still being written by a sweep`, 'wait for that shard to finish');
	}
	const lock = await lockFolder(out);
	try {
		return await mergeLocked(dirs, out, format, argv, analyze, lock.compromised);
	} finally {
		await lock.release();
	}
}

async function mergeLocked(dirs: readonly string[], out: string, format: 'table' | 'json', argv: readonly string[], analyze: boolean, compromised: () => Error | null): Promise<SweepOutcome> {
	const t0 = performance.now();
	const metas = dirs.map(readShard);
	const m0 = metas[0]!;
	const code = codeFingerprint();
	for (const [i, m] of metas.entries()) {
		if (m.fingerprint !== m0.fingerprint) throw new UsageError(`merge: ${dirs[i]} belongs to a different sweep than ${dirs[0]} (sampler, n, seed, inputs, scenario or runs format differ)`);
		if (m.integrity.code !== code) {
			throw new UsageError(
				`merge: ${dirs[i]} was computed by a different build of hukou-sim (code ${m.integrity.code}, this build ${code}; version ${m.version} both times maybe, but the code differs)`,
				'merge with the build that ran the shards, or rerun the shards with this one',
			);
		}
	}
	const count = m0.shard!.count;
	const indices = metas.map((m) => m.shard!.index).sort((a, b) => a - b);
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
		runsFormat: m0.runsFormat,
		outputsOnly: m0.outputsOnly,
		...(m0.levels === undefined ? {} : {levels: m0.levels}),
		...(m0.candidates === undefined ? {} : {candidates: m0.candidates}),
		...(m0.resamples === undefined ? {} : {resamples: m0.resamples}),
		...(m0.confLevel === undefined ? {} : {confLevel: m0.confLevel}),
	};
	// The shards' outputs include the observed figures when they were conditioned (sweep --condition);
	// the merged analysis is the unconditioned one (the conditioned report is per sweep, not per shard).
	const study = m0.condition
		? conditionedStudy(await buildStudy(cfg), {condition: {method: m0.condition.method, tolerance: m0.condition.tolerance, on: m0.condition.on}}).study
		: await buildStudy(cfg);
	if ('scenario' in m0.target && study.sha256 !== m0.target.sha256) {
		throw new UsageError(`merge: ${m0.target.scenario} changed since the shards ran (sha256 differs)`, 'restore it, or rerun the shards');
	}
	const shards: ShardRunsFile[] = metas.map((m, i) => ({file: path.join(dirs[i]!, m.integrity.file), start: m.shard!.start, rows: m.integrity.rows, sha256: m.integrity.sha256}));
	const name = m0.integrity.file;
	const staged = path.join(out, `${name}.next`);
	const kl = study.levers.length;
	const csvRows = analyze && cfg.sampler === 'csv' ? m0.sampleRows : 0;
	const merged = await mergeRuns(shards, staged, {format: m0.runsFormat, inputs: m0.outputsOnly ? [] : m0.inputs, outputs: study.outputs, rows: m0.runs, keepOutputs: analyze, keepInputRows: csvRows});
	const runs = {name, staged, integrity: {file: name, rows: merged.rows, bytes: fs.statSync(staged).size, sha256: sha256File(staged), code}};
	let analyses: OutcomeAnalysis[] | null = null;
	if (analyze) {
		let s: Sample;
		if (cfg.sampler === 'csv') {
			// The user's rows are the inner columns of the first policy's runs (inputs are always stored for csv designs).
			const k = study.problem.names.length;
			const X = new Float64Array(csvRows * k);
			for (let r = 0; r < csvRows; r++) for (let j = 0; j < k; j++) X[r * k + j] = merged.X[r * (kl + k) + kl + j]!;
			s = {method: 'csv', X, rows: csvRows, k, names: study.problem.names, seed: cfg.seed, n: csvRows, warnings: []};
		} else {
			s = analysisSample(sweepDesign(study, cfg), cfg);
		}
		analyses = analyzeStudy(study, s, merged.Y, analysisConfig(cfg));
	}
	const listed = metas.flatMap((m) => m.failures.listed).sort((a, b) => a.run - b.run).slice(0, MAX_LISTED_FAILURES);
	const metadata: SweepMetadata = {
		...m0,
		created: new Date().toISOString(),
		shard: null,
		resumedFrom: 0,
		workers: 0,
		integrity: runs.integrity,
		timings: {mergeMs: performance.now() - t0, shardRunMs: metas.reduce((t, m) => t + (m.timings['runMs'] ?? 0), 0)},
		failures: {count: metas.reduce((c, m) => c + m.failures.count, 0), listed},
		warnings: [...new Set(metas.flatMap((m) => m.warnings))],
	};
	return commitSweep(out, {metadata, analyses, study, format, argv, runs, compromised});
}
