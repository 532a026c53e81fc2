/**
 * What a sweep folder holds (metadata.json's shape) and the last step of `sweep` and `merge`:
 * stage indices.csv and metadata.json next to the runs file, then commit them to the folder in one
 * step (src/runner/folder.ts), and say what to print.
 */
import type {ConditionConfig, ConditioningReport, StudyObservation} from './conditioning.js';
import fs from 'node:fs';
import path from 'node:path';
import {commitFolder, type Failure, type RunsFormat, type RunsIntegrity, type StagedRuns} from '../../src/runner/index.js';
import type {OutcomeAnalysis} from './analysis.js';
import type {SweepConfig} from './config.js';
import {analysisJson, analysisTable, indicesCsv} from './report.js';
import type {Study} from './study.js';

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
	candidates?: number;
	resamples?: number;
	confLevel?: number;
	/** n as given: base samples N (saltelli), trajectories (morris), runs (mc, lhs, sobol, csv). */
	samples: number;
	/** Rows of the sample for one policy (lever combination). */
	sampleRows: number;
	runs: number;
	/** runs.csv or runs.parquet; with outputsOnly, the inputs are not stored (regenerate them from seed + design). */
	runsFormat: RunsFormat;
	outputsOnly: boolean;
	/** Input columns of every run (levers first), stored or not. */
	inputs: string[];
	target: {model: string} | {scenario: string; sha256: string};
	parameters: {name: string; dist: unknown; group?: string}[];
	/** Rank correlations induced between inputs (Iman–Conover). */
	correlations?: {a: string; b: string; rank: number}[];
	levers: Study['levers'];
	outcomes: string[];
	shard: {index: number; count: number; start: number; end: number} | null;
	workers: number;
	fingerprint: string;
	/** The runs file's row count, bytes, sha256 and the code fingerprint of the build that computed it. */
	integrity: RunsIntegrity;
	resumedFrom: number;
	timings: Record<string, number>;
	failures: {count: number; listed: Failure[]};
	/** Every warning of the design and of the analysis. */
	warnings: string[];
	/** sweep --condition (the default for a scenario with calibration observations): how the runs were conditioned. */
	condition?: ConditionConfig & {observations: StudyObservation[]};
}

export interface SweepOutcome {
	metadata: SweepMetadata;
	analyses: OutcomeAnalysis[] | null;
	/** What to print on stdout. */
	stdout: string;
	/** True when --resume found the sweep complete and wrote nothing. */
	unchanged?: boolean;
	/** The runs that reproduce the observations (conditioning.ts), when the sweep was conditioned. */
	conditioning?: ConditioningReport;
}

/** Warnings of every analysis, named by outcome and policy. */
export function analysisWarnings(analyses: readonly OutcomeAnalysis[] | null): string[] {
	const out: string[] = [];
	for (const a of analyses ?? []) {
		for (const w of (a.result as {warnings?: readonly string[]}).warnings ?? []) out.push(`${a.outcome}${a.policy ? ` (${a.policy})` : ''}: ${w}`);
	}
	return out;
}

export async function commitSweep(
	out: string,
	o: {
		metadata: SweepMetadata;
		analyses: OutcomeAnalysis[] | null;
		study: Study;
		format: 'table' | 'json';
		argv: readonly string[];
		runs: StagedRuns;
		compromised: () => Error | null;
		/** sweep --condition's report: conditioning.json, committed with the rest (removed when absent). */
		conditioning?: ConditioningReport;
		/** Also sweep.xlsx, built from the staged files (so it holds exactly what they hold) and committed with them. */
		workbook?: boolean;
	},
): Promise<SweepOutcome> {
	const {analyses, study} = o;
	const metadata: SweepMetadata = {...o.metadata, warnings: [...o.metadata.warnings, ...analysisWarnings(analyses)]};
	const staged = new Map<string, string>([[o.runs.name, o.runs.staged]]);
	if (analyses) {
		// A staged file: commitFolder flushes it before metadata.json names it, and the next sweep in the
		// folder removes it if this one stops first (so neither a temporary name nor a second flush).
		const file = path.join(out, 'indices.csv.next');
		fs.writeFileSync(file, indicesCsv(analyses));
		staged.set('indices.csv', file);
	}
	if (o.conditioning) {
		const file = path.join(out, 'conditioning.json.next');
		fs.writeFileSync(file, `${JSON.stringify(o.conditioning, null, 1)}\n`);
		staged.set('conditioning.json', file);
	}
	const metadataText = JSON.stringify({...metadata, command: ['hukou-sim', ...o.argv]}, null, 2) + '\n';
	if (o.workbook) {
		// exceljs is loaded only for a workbook (start-up cost of every other sweep).
		const {writeSweepXlsx} = await import('../../src/xlsx/index.js');
		const indices = staged.get('indices.csv');
		const bytes = await writeSweepXlsx({runsCsv: fs.readFileSync(o.runs.staged, 'utf8'), ...(indices ? {indicesCsv: fs.readFileSync(indices, 'utf8')} : {}), metadata: JSON.parse(metadataText)});
		const file = path.join(out, 'sweep.xlsx.next');
		fs.writeFileSync(file, bytes);
		staged.set('sweep.xlsx', file);
	}
	const lost = o.compromised();
	if (lost) throw new Error(`the lock on ${out} was lost while the sweep ran (${lost.message}); nothing was committed, the runs stay resumable with --resume`);
	commitFolder(out, staged, metadataText);
	const files = [o.runs.name, ...(analyses ? ['indices.csv'] : []), ...(o.conditioning ? ['conditioning.json'] : []), ...(o.workbook ? ['sweep.xlsx'] : []), 'metadata.json'].join(', ');
	const failed = metadata.failures.count ? ` (${metadata.failures.count} failed)` : '';
	let stdout: string;
	if (!analyses) {
		const s = metadata.shard;
		stdout = s
			? `shard ${s.index}/${s.count}: runs ${s.start}…${s.end - 1} written to ${path.join(out, o.runs.name)}${failed}\nwhen every shard is done: hukou-sim merge DIR1 DIR2 … --out DIR\n`
			: `${metadata.runs} runs joined in ${path.join(out, o.runs.name)}${failed} (not analysed)\n`;
	} else if (o.format === 'json') {
		stdout = analysisJson({method: metadata.analyze, samples: metadata.samples, runs: metadata.runs, seed: metadata.seed, problem: study.problem}, analyses);
	} else {
		const head = `${metadata.analyze} analysis of ${metadata.runs} runs (${metadata.sampler} sample, n=${metadata.n}, seed ${metadata.seed})${metadata.failures.count ? `, ${metadata.failures.count} failed` : ''}\n`;
		const warn = metadata.warnings.map((w) => `warning: ${w}\n`).join('');
		stdout = `${head}${warn}\n${analysisTable(analyses, study.labels, study.measures)}\noutputs in ${out}/: ${files}\n`;
	}
	return {metadata, analyses, stdout, ...(o.conditioning ? {conditioning: o.conditioning} : {})};
}
