/**
 * `sweep --condition`: the scenario's observations (its `calibration` section) become extra outputs
 * of every run (`obs.<series>.<year>`), and the runs that reproduce them within the tolerance carry
 * the result (src/sensitivity/conditioning.ts). Reported per policy: runs kept, P(target met) for
 * the 0/1 outcomes, the outcomes' quantiles, and the inputs that are not separately identifiable.
 */
import {
	columnScratch,
	conditionedColumn,
	conditionWeights,
	ridgesOf,
	weightFacts,
	type ConditioningMethod,
	type InputRows,
	type Ridge,
} from '../../src/sensitivity/conditioning.js';
import {asColumns, type OutputColumns} from '../../src/sensitivity/output-columns.js';
import type {ScenarioModelOptions} from './scenario-model.js';
import type {Study} from './study.js';

/** A published figure a run is compared with (the scenario's calibration observations). */
export interface StudyObservation {
	readonly series: string;
	readonly year: number;
	readonly unit?: string;
	readonly value: number;
}

export interface ConditionConfig {
	method: ConditioningMethod;
	/** Largest |simulated − observed| kept (rejection), σ of the kernel (weights); in the figure's own unit. */
	tolerance: number;
	/** Which observations: the calibration's own (2017/2018 in the baseline) or the joint fit's (2017/2018/2020). */
	on: 'calibration' | 'joint';
	/** Applied because the scenario declares observations, not asked for (--no-condition turns it off). */
	byDefault?: boolean;
}

export const observationOutput = (o: StudyObservation) => `obs.${o.series}.${o.year}${o.unit ? `.${o.unit}` : ''}`;

/** The study with one output per observation appended (the worker computes them: scenario-model.ts). */
export function withObservationOutputs(study: Study, list: readonly StudyObservation[]): Study {
	const o = study.model.options as ScenarioModelOptions;
	const added = list.map(observationOutput);
	const outputs = [...study.outputs, ...added];
	const labels = {...study.labels};
	for (const [i, ob] of list.entries()) labels[added[i]!] = `simulated ${ob.series} ${ob.year}${ob.unit ? ` ${ob.unit}` : ''} (observed ${ob.value})`;
	// The worker's model cache is keyed by the spec's key: the observed outputs are part of it.
	const key = study.model.key === undefined ? {} : {key: `${study.model.key}\u0000${added.join(',')}`};
	return {...study, outputs, labels, model: {...study.model, outputs, ...key, options: {...o, observations: list.map(({series, year, unit}) => ({series, year, ...(unit ? {unit} : {})}))}}};
}

export interface PolicyConditioning {
	policy: string | null;
	runs: number;
	kept: number;
	ess: number;
	outcomes: {outcome: string; mean: number; q05: number; q50: number; q95: number; unconditionalMean: number; pMet?: {p: number; lower: number; upper: number; unconditional: number}}[];
	ridges: Ridge[];
}

export interface ConditioningReport {
	byDefault: boolean;
	method: ConditioningMethod;
	tolerance: number;
	observations: StudyObservation[];
	policies: PolicyConditioning[];
}

/**
 * Y: every run (policies × rows) × study.outputs, or its columns (read one at a time); X: the inner
 * rows (rows × problem inputs, any block), the same for every policy. The observation outputs are
 * the last `observations.length` columns.
 */
export function conditionStudy(
	study: Study,
	policies: readonly (string | null)[],
	X: Float64Array | InputRows,
	Y: Float64Array | OutputColumns,
	rows: number,
	observations: readonly StudyObservation[],
	cfg: ConditionConfig,
): ConditioningReport {
	const m = study.outputs.length;
	const first = m - observations.length;
	const figures = observations.map((o, i) => ({column: first + i, observed: o.value, tolerance: cfg.tolerance}));
	const columns = asColumns(Y, m);
	const weights = conditionWeights(columns, m, figures, cfg.method);
	const w = policies.map((_, c) => weights.subarray(c * rows, (c + 1) * rows));
	const outcomes: PolicyConditioning['outcomes'][] = policies.map(() => []);
	const scratch = columnScratch(rows);
	// Outcome-major: each column is read once for every policy.
	for (const [j, outcome] of study.outputs.slice(0, first).entries()) {
		const column = columns.column(j);
		policies.forEach((_, c) => {
			const o = conditionedColumn(column.subarray(c * rows, (c + 1) * rows), w[c]!, scratch);
			const s = o.summary;
			const row: PolicyConditioning['outcomes'][number] = {outcome, mean: s.mean, q05: s.q05, q50: s.q50, q95: s.q95, unconditionalMean: o.unconditionalMean};
			if (o.indicator) row.pMet = {p: o.probability.p, lower: o.probability.lower, upper: o.probability.upper, unconditional: o.unconditionalProbability};
			outcomes[c]!.push(row);
		});
	}
	const k = study.problem.names.length;
	const inputs: InputRows = X instanceof Float64Array ? {rows, k, block: (start, count) => X.subarray(start * k, (start + count) * k)} : X;
	const found = ridgesOf(inputs, study.problem.names, w);
	const out: PolicyConditioning[] = policies.map((policy, c) => {
		const {kept, ess} = weightFacts(w[c]!);
		return {policy, runs: rows, kept, ess, outcomes: outcomes[c]!, ridges: found[c]!};
	});
	return {byDefault: cfg.byDefault ?? false, method: cfg.method, tolerance: cfg.tolerance, observations: [...observations], policies: out};
}

const fmt = (v: number) => (Number.isFinite(v) ? (Math.abs(v) >= 1e4 ? v.toExponential(3) : v.toPrecision(4)) : '—');
const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—');

export function conditioningTable(report: ConditioningReport, labels: Readonly<Record<string, string>>): string {
	const lines: string[] = [];
	const how = report.method === 'rejection' ? `kept when every figure is within ±${report.tolerance}` : `weighted by exp(−½Σ(e/${report.tolerance})²)`;
	if (report.byDefault) lines.push('by default the analysis is conditioned on the observations the scenario declares (calibration); --no-condition for the unconditioned one only');
	lines.push(`conditioned on ${report.observations.map((o) => `${o.series} ${o.year}${o.unit ? ` ${o.unit}` : ''} = ${o.value}`).join(', ')} (${report.method}: ${how})`);
	for (const p of report.policies) {
		lines.push('');
		lines.push(`${p.policy ? `${p.policy}: ` : ''}${report.method === 'rejection' ? `${p.kept} of ${p.runs} runs kept` : `${p.kept} runs with weight > 0`}, effective sample size ${p.ess.toFixed(1)}`);
		if (p.ess < 30) lines.push(`warning: fewer than 30 effective runs carry the conditioned result; widen the tolerance or run more`);
		for (const o of p.outcomes) {
			const name = labels[o.outcome] ?? o.outcome;
			if (o.pMet) lines.push(`  ${name}: P(met) ${pct(o.pMet.p)} [${pct(o.pMet.lower)}, ${pct(o.pMet.upper)}] conditioned, ${pct(o.pMet.unconditional)} unconditioned`);
			else lines.push(`  ${name}: median ${fmt(o.q50)} [5% ${fmt(o.q05)}, 95% ${fmt(o.q95)}], mean ${fmt(o.mean)} (unconditioned mean ${fmt(o.unconditionalMean)})`);
		}
		for (const r of p.ridges) {
			lines.push(
				`  not separately identifiable: ${r.a} × ${r.b} (log correlation ${r.correlation.toFixed(2)} among the kept runs; CV ${pct(r.cvA)} and ${pct(r.cvB)}, of the product ${pct(r.cvProduct)}): they trade off, the observations constrain their product rather than each`,
			);
		}
	}
	return `${lines.join('\n')}\n`;
}
