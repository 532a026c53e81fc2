/**
 * Analyse a finished sweep: for every lever combination (policy) and outcome, run the chosen
 * analyser on that block of runs. Shared by `sweep` and `merge`, so a merged sharded sweep gives
 * the same indices as the unsharded one.
 */
import {analyze, type AnalysisResult, type AnalyzerName, type Sample} from '../../src/sensitivity/index.js';
import type {InputRows} from '../../src/sensitivity/conditioning.js';
import {asColumns, type OutputColumns} from '../../src/sensitivity/output-columns.js';
import {conditionStudy, type ConditionConfig, type ConditioningReport, type StudyObservation} from './conditioning.js';
import type {Lever, Study} from './study.js';

export interface OutcomeAnalysis {
	outcome: string;
	/** "lever=value, …" when the study has levers, else null. */
	policy: string | null;
	result: AnalysisResult;
}

export interface AnalysisConfig {
	analyze: AnalyzerName;
	seed: number;
	resamples?: number;
	confLevel?: number;
	/** Only these outcomes (default: every one). */
	outcomes?: readonly string[];
	/** Called after each (policy, outcome) analysis, e.g. for progress on stderr. */
	onAnalyzed?: (done: number, total: number) => void;
}

/** What the analysis needs to know about a study (a running sweep, or one read back from its folder). */
export type AnalysisStudy = Pick<Study, 'problem' | 'levers' | 'outputs'>;

/** Each policy's outputs of one outcome (index j), in sample-row order. */
export function outcomeBlocks(study: AnalysisStudy, rows: number, Y: Float64Array, j: number): {policy: string | null; y: Float64Array}[] {
	const m = study.outputs.length;
	return policyLabels(study.levers).map((policy, c) => {
		const y = new Float64Array(rows);
		for (let r = 0; r < rows; r++) y[r] = Y[(c * rows + r) * m + j]!;
		return {policy, y};
	});
}

export function policyLabels(levers: readonly Lever[]): (string | null)[] {
	if (levers.length === 0) return [null];
	let labels = [''];
	for (const l of levers) labels = labels.flatMap((p) => l.values.map((v) => `${p}${p ? ', ' : ''}${l.name}=${v}`));
	return labels;
}

/**
 * Y holds every run (policies × inner.rows) × outputs, row-major, or its columns: each outcome's
 * column is read once (a sweep reads them back from its binary outputs file, one at a time) and cut
 * into the policies' blocks. Results are policy-major, outcomes in study order.
 */
export function analyzeStudy(study: AnalysisStudy, inner: Sample, Y: Float64Array | OutputColumns, config: AnalysisConfig): OutcomeAnalysis[] {
	const columns = asColumns(Y, study.outputs.length);
	const chosen = study.outputs.map((o, j) => [o, j] as const).filter(([o]) => !config.outcomes || config.outcomes.includes(o));
	const policies = policyLabels(study.levers);
	const byPolicy: OutcomeAnalysis[][] = policies.map(() => []);
	let done = 0;
	for (const [outcome, j] of chosen) {
		const column = columns.column(j);
		policies.forEach((policy, c) => {
			const y = column.subarray(c * inner.rows, (c + 1) * inner.rows);
			const result = analyze(config.analyze, study.problem, inner, y, {
				seed: config.seed,
				...(config.resamples === undefined ? {} : {resamples: config.resamples}),
				...(config.confLevel === undefined ? {} : {confLevel: config.confLevel}),
			});
			byPolicy[c]!.push({outcome, policy, result});
			config.onAnalyzed?.(++done, policies.length * chosen.length);
		});
	}
	return byPolicy.flat();
}

/** sweep --condition: the runs that reproduce the observations, per policy (X: the inner rows, the same for every policy). */
export function analyzeConditioned(
	study: Study,
	inner: Sample,
	X: Float64Array | InputRows,
	Y: Float64Array | OutputColumns,
	observations: readonly StudyObservation[],
	cfg: ConditionConfig,
): ConditioningReport {
	return conditionStudy(study, policyLabels(study.levers), X, Y, inner.rows, observations, cfg);
}
