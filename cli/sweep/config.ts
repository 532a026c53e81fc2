/** The options of a sweep, checked in one place, with the defaults that pair samplers and analysers. */
import {ANALYZER_NAMES, COMPATIBLE, DEFAULT_SAMPLER, SAMPLER_NAMES, type AnalyzerName, type SamplerName} from '../../src/sensitivity/index.js';
import os from 'node:os';
import {BLOCKWISE, parseShard, RUNS_FORMATS, type RunsFormat, type Shard} from '../../src/runner/index.js';
import type {ConditionConfig} from './conditioning.js';
import {UsageError} from './study.js';

export interface SweepConfig {
	scenario?: string;
	model?: string;
	sampler: SamplerName;
	analyze: AnalyzerName;
	n: number;
	seed: number;
	workers?: number;
	out: string;
	format: 'table' | 'json';
	resume: boolean;
	shard?: Shard;
	secondOrder: boolean;
	levels?: number;
	/** morris: candidate trajectories for the optimal selection. */
	candidates?: number;
	resamples?: number;
	confLevel?: number;
	/** CSV of input rows for --sampler csv. */
	input?: string;
	chunkSize?: number;
	/** Cross the scenario's levers with the uncertainties (default true). */
	levers: boolean;
	/** Keep or weight the runs by the scenario's observations (--condition; the default when the scenario has them). */
	condition?: ConditionConfig;
	/** --no-condition: the unconditioned analysis only. */
	noCondition?: boolean;
	/** runs.csv (default) or runs.parquet. */
	runsFormat: RunsFormat;
	/** Store run, outcomes and error only; the inputs follow from seed + design. */
	outputsOnly: boolean;
	/** --format xlsx: sweep.xlsx (runs, indices, metadata), committed with the folder's other files. */
	workbook?: boolean;
}

/** Worker threads beyond this many per core only add memory and contention (issue 15: a cap that holds). */
export const WORKERS_PER_CORE = 4;
export const maxWorkers = (): number => Math.max(1, os.availableParallelism()) * WORKERS_PER_CORE;
/** Bootstrap time grows with resamples × runs: 100 times SALib's Sobol' default (100), 10 times its Morris default (1000). */
export const MAX_RESAMPLES = 10_000;

/** --resamples of `sweep` and `analyze`: an integer from 2 to MAX_RESAMPLES (a huge value would hold the machine for hours). */
export function resamplesOption(v: number | undefined): number | undefined {
	if (v === undefined) return undefined;
	const expected = `an integer from 2 to ${MAX_RESAMPLES}`;
	const hint = `the defaults (100 for sobol, 1000 for morris) give 95% intervals; drop --resamples, or give at most ${MAX_RESAMPLES}`;
	if (!Number.isSafeInteger(v) || v < 2) throw new UsageError(`--resamples must be ${expected}, got ${v}`, hint);
	if (v > MAX_RESAMPLES) throw new UsageError(`--resamples ${v} is more than ${MAX_RESAMPLES} (expected ${expected}): the bootstrap's time grows with resamples × runs`, hint);
	return v;
}

export const DEFAULT_ANALYZER: Record<SamplerName, AnalyzerName> = {saltelli: 'sobol', morris: 'morris', oat: 'oat', mc: 'mc', lhs: 'mc', sobol: 'mc', csv: 'mc', ff: 'prcc'};

export const DEFAULT_N: Record<SamplerName, number> = {saltelli: 1024, morris: 20, oat: 1, mc: 1000, lhs: 1000, sobol: 1024, csv: 0, ff: 3};

export interface RawSweepArgs {
	scenario?: string;
	model?: string;
	sampler?: string;
	analyze?: string;
	n?: number;
	seed?: number;
	workers?: number;
	out?: string;
	format?: string;
	resume?: boolean;
	shard?: string;
	secondOrder?: boolean;
	levels?: number;
	candidates?: number;
	resamples?: number;
	confLevel?: number;
	input?: string;
	chunkSize?: number;
	levers?: boolean;
	condition?: boolean;
	conditionTolerance?: number;
	conditionMethod?: string;
	conditionOn?: string;
	runsFormat?: string;
	outputsOnly?: boolean;
}

const optInt = (name: string, v: number | undefined, min: number): number | undefined => {
	if (v === undefined) return undefined;
	if (!Number.isSafeInteger(v) || v < min) throw new UsageError(`${name} must be an integer >= ${min}, got ${v}`);
	return v;
};

export function sweepConfig(a: RawSweepArgs): SweepConfig {
	if (!a.scenario === !a.model) {
		throw new UsageError(a.scenario ? 'give either a scenario file or --model, not both' : 'give a scenario file (hukou-sim sweep scenarios/henan-2017.yaml) or a test model (--model ishigami|sobol-g|linear)');
	}
	if (a.sampler !== undefined && !SAMPLER_NAMES.includes(a.sampler as SamplerName)) {
		throw new UsageError(`--sampler: unknown sampler '${a.sampler}'; expected one of ${SAMPLER_NAMES.join(', ')}`);
	}
	if (a.analyze !== undefined && !ANALYZER_NAMES.includes(a.analyze as AnalyzerName)) {
		throw new UsageError(`--analyze: unknown analysis '${a.analyze}'; expected one of ${ANALYZER_NAMES.join(', ')}`);
	}
	const analyze = (a.analyze ?? (a.sampler ? DEFAULT_ANALYZER[a.sampler as SamplerName] : 'sobol')) as AnalyzerName;
	const sampler = (a.sampler ?? DEFAULT_SAMPLER[analyze]) as SamplerName;
	if (!COMPATIBLE[analyze].includes(sampler)) {
		throw new UsageError(`--analyze ${analyze} needs a ${COMPATIBLE[analyze].join(' or ')} sample, got --sampler ${sampler}; use --sampler ${DEFAULT_SAMPLER[analyze]}`);
	}
	if (a.candidates !== undefined && sampler !== 'morris') throw new UsageError(`--candidates selects Morris trajectories; it needs --sampler morris, got --sampler ${sampler}`);
	if (sampler === 'csv' && !a.input) throw new UsageError('--sampler csv needs --input FILE.csv (one column per uncertain input, named in the header)');
	if (a.format !== undefined && a.format !== 'table' && a.format !== 'json') throw new UsageError(`--format: expected table or json, got '${a.format}'`);
	if (a.confLevel !== undefined && !(a.confLevel > 0 && a.confLevel < 1)) throw new UsageError(`--conf-level must be between 0 and 1, got ${a.confLevel}`);
	if (a.runsFormat !== undefined && !RUNS_FORMATS.includes(a.runsFormat as RunsFormat)) {
		throw new UsageError(`--runs-format: expected ${RUNS_FORMATS.join(' or ')}, got '${a.runsFormat}'`);
	}
	if (a.outputsOnly && !BLOCKWISE.includes(sampler)) {
		throw new UsageError(
			`--outputs-only needs a design whose inputs can be regenerated from seed + design (--sampler ${BLOCKWISE.join(', ')}), got --sampler ${sampler}; hint: drop --outputs-only (the inputs are then stored with the runs)`,
		);
	}
	if (a.workers !== undefined && a.workers > maxWorkers()) {
		throw new UsageError(`--workers ${a.workers} is more than ${WORKERS_PER_CORE} per core (at most ${maxWorkers()} on this machine); hint: --workers ${os.availableParallelism()}`);
	}
	let shard: Shard | undefined;
	try {
		shard = a.shard === undefined ? undefined : parseShard(a.shard);
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	const n = optInt('-n', a.n, sampler === 'ff' || sampler === 'morris' ? 2 : 1) ?? DEFAULT_N[sampler];
	const cfg: SweepConfig = {
		sampler,
		analyze,
		n,
		seed: optInt('--seed', a.seed, 0) ?? 42,
		out: a.out ?? 'sweep-out',
		format: (a.format ?? 'table') as 'table' | 'json',
		resume: a.resume ?? false,
		secondOrder: a.secondOrder ?? false,
		levers: a.levers ?? true,
		runsFormat: (a.runsFormat ?? 'csv') as RunsFormat,
		outputsOnly: a.outputsOnly ?? false,
	};
	const opt = {workers: optInt('--workers', a.workers, 0), levels: a.levels, candidates: optInt('--candidates', a.candidates, 2), resamples: resamplesOption(a.resamples), confLevel: a.confLevel, chunkSize: optInt('--chunk-size', a.chunkSize, 1)};
	for (const [k, v] of Object.entries(opt)) if (v !== undefined) (cfg as unknown as Record<string, unknown>)[k] = v;
	if (a.scenario) cfg.scenario = a.scenario;
	if (a.model) cfg.model = a.model;
	if (a.input) cfg.input = a.input;
	if (shard) cfg.shard = shard;
	if (a.condition === false) cfg.noCondition = true;
	else if (a.condition || a.conditionTolerance !== undefined || a.conditionMethod !== undefined || a.conditionOn !== undefined) cfg.condition = conditionConfig(a);
	return cfg;
}

/** What a scenario sweep is conditioned on by default: the calibration observations within 0.2 points. */
export const DEFAULT_CONDITION: ConditionConfig = {method: 'rejection', tolerance: 0.002, on: 'calibration'};

/** 0.2 points on the hukou rates by default: the tolerance within which a run "reproduces 2017/2018" (issue 11). */
export const DEFAULT_CONDITION_TOLERANCE = 0.002;

function conditionConfig(a: RawSweepArgs): ConditionConfig {
	if (a.model) throw new UsageError('--condition needs a scenario with calibration observations, not a --model test function');
	const tolerance = a.conditionTolerance ?? DEFAULT_CONDITION_TOLERANCE;
	if (!(tolerance > 0) || !Number.isFinite(tolerance)) throw new UsageError(`--condition-tolerance must be a positive number (0.002 = 0.2 points of a rate), got ${a.conditionTolerance}`);
	const method = a.conditionMethod ?? 'rejection';
	if (method !== 'rejection' && method !== 'weights') throw new UsageError(`--condition-method: expected rejection or weights, got '${method}'`);
	const on = a.conditionOn ?? 'calibration';
	if (on !== 'calibration' && on !== 'joint') throw new UsageError(`--condition-on: expected calibration or joint, got '${on}'`);
	return {tolerance, method, on};
}
