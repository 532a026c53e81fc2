/**
 * Analyse a finished sweep: for every lever combination (policy) and outcome, run the chosen
 * analyser on that block of runs. Shared by `sweep` and `merge`, so a merged sharded sweep gives
 * the same indices as the unsharded one.
 */
import {analyze, type AnalysisResult, type AnalyzerName, type Sample} from '../../src/sensitivity/index.js';
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
}

export function policyLabels(levers: readonly Lever[]): (string | null)[] {
	if (levers.length === 0) return [null];
	let labels = [''];
	for (const l of levers) labels = labels.flatMap((p) => l.values.map((v) => `${p}${p ? ', ' : ''}${l.name}=${v}`));
	return labels;
}

/** Y holds every run (policies × inner.rows) × outputs, row-major. */
export function analyzeStudy(study: Study, inner: Sample, Y: Float64Array, config: AnalysisConfig): OutcomeAnalysis[] {
	const m = study.outputs.length;
	const out: OutcomeAnalysis[] = [];
	policyLabels(study.levers).forEach((policy, c) => {
		study.outputs.forEach((outcome, j) => {
			const y = new Float64Array(inner.rows);
			for (let r = 0; r < inner.rows; r++) y[r] = Y[(c * inner.rows + r) * m + j]!;
			const result = analyze(config.analyze, study.problem, inner, y, {
				seed: config.seed,
				...(config.resamples === undefined ? {} : {resamples: config.resamples}),
				...(config.confLevel === undefined ? {} : {confLevel: config.confLevel}),
			});
			out.push({outcome, policy, result});
		});
	});
	return out;
}

/** sweep --condition: the runs that reproduce the observations, per policy (X: the inner rows, the same for every policy). */
export function analyzeConditioned(study: Study, inner: Sample, X: Float64Array, Y: Float64Array, observations: readonly StudyObservation[], cfg: ConditionConfig): ConditioningReport {
	return conditionStudy(study, policyLabels(study.levers), X, Y, inner.rows, observations, cfg);
}
