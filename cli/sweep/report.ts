/**
 * How a sweep's analysis is shown: indices.csv (one row per outcome × input), the --format json
 * document and a plain-text table for the terminal.
 */
import {displayWidth} from '../format/display-width.js';
import type {Measure} from '../../src/engine/types.js';
import {displayUnit} from '../../src/format/display-unit.js';

import {csvField, formatNumber} from '../../src/runner/csv.js';
import type {AnalysisResult, Problem} from '../../src/sensitivity/index.js';
import type {OutcomeAnalysis} from './analysis.js';

const keyed = (names: readonly string[], values: readonly number[]): Record<string, number> => Object.fromEntries(names.map((n, i) => [n, values[i]!]));

/** The per-outcome object of the JSON output. */
export function outcomeJson(r: AnalysisResult): Record<string, unknown> {
	switch (r.method) {
		case 'sobol': {
			const o: Record<string, unknown> = {S1: keyed(r.names, r.S1), S1_conf: keyed(r.names, r.S1_conf), ST: keyed(r.names, r.ST), ST_conf: keyed(r.names, r.ST_conf)};
			if (r.S2) {
				const s2: Record<string, number> = {};
				const c2: Record<string, number> = {};
				r.names.forEach((a, i) => r.names.forEach((b, j) => j > i && ((s2[`${a}:${b}`] = r.S2![i]![j]!), (c2[`${a}:${b}`] = r.S2_conf![i]![j]!))));
				Object.assign(o, {S2: s2, S2_conf: c2});
			}
			return o;
		}
		case 'morris':
			return {mu: keyed(r.names, r.mu), mu_star: keyed(r.names, r.mu_star), sigma: keyed(r.names, r.sigma), mu_star_conf: keyed(r.names, r.mu_star_conf)};
		case 'oat':
			return {base: r.base, low: keyed(r.names, r.low), high: keyed(r.names, r.high), swing: keyed(r.names, r.swing), rank: r.rank.map((i) => r.names[i])};
		case 'mc':
			return {mean: r.mean, sd: r.sd, min: r.min, max: r.max, quantiles: r.quantiles, probability: r.probability, probability_se: r.probability_se, failed: r.failed};
		case 'prcc':
			return {PRCC: keyed(r.names, r.PRCC), PRCC_conf: keyed(r.names, r.PRCC_conf), spearman: keyed(r.names, r.spearman)};
		case 'rbd-fast':
			return {S1: keyed(r.names, r.S1), S1_conf: keyed(r.names, r.S1_conf)};
		case 'delta':
			return {delta: keyed(r.names, r.delta), delta_conf: keyed(r.names, r.delta_conf), S1: keyed(r.names, r.S1), S1_conf: keyed(r.names, r.S1_conf)};
	}
}

export const outcomeKey = (a: Pick<OutcomeAnalysis, 'outcome' | 'policy'>): string => (a.policy === null ? a.outcome : `${a.outcome} [${a.policy}]`);

export function analysisJson(meta: {method: string; samples: number; runs: number; seed: number; problem: Problem}, analyses: readonly OutcomeAnalysis[]): string {
	const doc = {
		method: meta.method,
		samples: meta.samples,
		runs: meta.runs,
		seed: meta.seed,
		parameters: meta.problem.names.map((name, i) => ({name, dist: meta.problem.dists[i]})),
		outcomes: Object.fromEntries(analyses.map((a) => [outcomeKey(a), outcomeJson(a.result)])),
		warnings: analyses.flatMap((a) => a.result.warnings.map((w) => `${outcomeKey(a)}: ${w}`)),
	};
	return JSON.stringify(doc, null, 2) + '\n';
}

/** indices.csv: wide per method, one row per (policy, outcome, input). */
export function indicesCsv(analyses: readonly OutcomeAnalysis[]): string {
	const first = analyses[0]?.result;
	if (!first) return '';
	const withPolicy = analyses.some((a) => a.policy !== null);
	const lead = (a: OutcomeAnalysis): string[] => (withPolicy ? [a.policy ?? '', a.outcome] : [a.outcome]);
	const cols = (withPolicy ? ['policy', 'outcome'] : ['outcome']).concat(headerOf(first));
	const rows: string[][] = [];
	for (const a of analyses) for (const row of rowsOf(a.result)) rows.push([...lead(a), ...row]);
	return [cols, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

function headerOf(r: AnalysisResult): string[] {
	switch (r.method) {
		case 'sobol':
			return ['input', 'S1', 'S1_conf', 'ST', 'ST_conf', ...(r.S2 ? ['S2', 'S2_conf'] : [])];
		case 'morris':
			return ['input', 'mu', 'mu_star', 'sigma', 'mu_star_conf'];
		case 'oat':
			return ['input', 'low_input', 'high_input', 'base', 'low', 'high', 'swing'];
		case 'mc':
			return ['runs', 'failed', 'mean', 'sd', 'min', 'max', ...Object.keys(r.quantiles).map((q) => `q${q}`), 'probability', 'probability_se'];
		case 'prcc':
			return ['input', 'PRCC', 'PRCC_conf', 'spearman'];
		case 'rbd-fast':
			return ['input', 'S1', 'S1_conf'];
		case 'delta':
			return ['input', 'delta', 'delta_conf', 'S1', 'S1_conf'];
	}
}

function rowsOf(r: AnalysisResult): string[][] {
	const f = (v: number | null | undefined): string => (v === null || v === undefined ? '' : formatNumber(v));
	switch (r.method) {
		case 'sobol': {
			const rows = r.names.map((n, i) => [n, f(r.S1[i]), f(r.S1_conf[i]), f(r.ST[i]), f(r.ST_conf[i]), ...(r.S2 ? ['', ''] : [])]);
			if (r.S2) r.names.forEach((a, i) => r.names.forEach((b, j) => j > i && rows.push([`${a}:${b}`, '', '', '', '', f(r.S2![i]![j]), f(r.S2_conf![i]![j])])));
			return rows;
		}
		case 'morris':
			return r.names.map((n, i) => [n, f(r.mu[i]), f(r.mu_star[i]), f(r.sigma[i]), f(r.mu_star_conf[i])]);
		case 'oat':
			return r.names.map((n, i) => [n, f(r.lowInput[i]), f(r.highInput[i]), f(r.base), f(r.low[i]), f(r.high[i]), f(r.swing[i])]);
		case 'mc':
			return [[String(r.runs), String(r.failed), f(r.mean), f(r.sd), f(r.min), f(r.max), ...Object.values(r.quantiles).map(f), f(r.probability), f(r.probability_se)]];
		case 'prcc':
			return r.names.map((n, i) => [n, f(r.PRCC[i]), f(r.PRCC_conf[i]), f(r.spearman[i])]);
		case 'rbd-fast':
			return r.names.map((n, i) => [n, f(r.S1[i]), f(r.S1_conf[i])]);
		case 'delta':
			return r.names.map((n, i) => [n, f(r.delta[i]), f(r.delta_conf[i]), f(r.S1[i]), f(r.S1_conf[i])]);
	}
}

export const num = (v: number | null | undefined): string => {
	if (v === null || v === undefined || Number.isNaN(v)) return '–';
	const a = Math.abs(v);
	return a !== 0 && (a >= 1e6 || a < 1e-3) ? v.toExponential(3) : v.toFixed(Math.abs(v) >= 100 ? 1 : 4);
};

function pad(s: string, w: number, right: boolean): string {
	const gap = ' '.repeat(Math.max(0, w - displayWidth(s)));
	return right ? gap + s : s + gap;
}

export function table(head: string[], rows: string[][]): string {
	const w = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
	const line = (r: string[]): string => r.map((c, i) => pad(c, w[i]!, i > 0)).join('  ').trimEnd();
	return [line(head), w.map((x) => '-'.repeat(x)).join('  '), ...rows.map(line)].join('\n');
}

/** Readable tables, most influential inputs first. */
export function analysisTable(analyses: readonly OutcomeAnalysis[], labels: Record<string, string>, measures: Readonly<Record<string, Measure>> = {}): string {
	const parts: string[] = [];
	const mc = analyses.filter((a) => a.result.method === 'mc');
	if (mc.length > 0) {
		const qs = Object.keys((mc[0]!.result as {quantiles: Record<string, number>}).quantiles);
		// Values in the outcome's display unit (万人, 亿元, 公顷, %), named in a column of its own.
		const unitOf = (id: string) => (Object.prototype.hasOwnProperty.call(measures, id) ? displayUnit(measures[id]!) : undefined);
		const shown = (id: string, v: number | null | undefined) => num(v === null || v === undefined ? v : v / (unitOf(id)?.divisor ?? 1));
		parts.push(
			table(
				['outcome', 'unit', 'mean', 'sd', ...qs.map((q) => `q${q}`), 'P(met)', 'failed'],
				mc.map((a) => {
					const r = a.result as Extract<AnalysisResult, {method: 'mc'}>;
					const u = unitOf(a.outcome);
					return [outcomeKey(a), u ? (u.zh === u.en ? u.zh : `${u.zh} ${u.en}`) : '', shown(a.outcome, r.mean), shown(a.outcome, r.sd), ...qs.map((q) => shown(a.outcome, r.quantiles[q])), r.probability === null ? '–' : num(r.probability), String(r.failed)];
				}),
			),
		);
	}
	for (const a of analyses) {
		const r = a.result;
		if (r.method === 'mc') continue;
		const title = `${outcomeKey(a)}${labels[a.outcome] ? ` — ${labels[a.outcome]}` : ''}`;
		const order = (score: readonly number[]): number[] => r.names.map((_, i) => i).sort((x, y) => (Math.abs(score[y]!) || 0) - (Math.abs(score[x]!) || 0) || x - y);
		let body: string;
		if (r.method === 'sobol') {
			body = table(['input', 'S1', '±', 'ST', '±'], order(r.ST).map((i) => [r.names[i]!, num(r.S1[i]), num(r.S1_conf[i]), num(r.ST[i]), num(r.ST_conf[i])]));
		} else if (r.method === 'morris') {
			body = table(['input', 'mu*', '±', 'mu', 'sigma'], order(r.mu_star).map((i) => [r.names[i]!, num(r.mu_star[i]), num(r.mu_star_conf[i]), num(r.mu[i]), num(r.sigma[i])]));
		} else if (r.method === 'oat') {
			body = `base ${num(r.base)}\n` + table(['input', 'low', 'high', 'y(low)', 'y(high)', 'swing'], r.rank.map((i) => [r.names[i]!, num(r.lowInput[i]), num(r.highInput[i]), num(r.low[i]), num(r.high[i]), num(r.swing[i])]));
		} else if (r.method === 'rbd-fast') {
			body = table(['input', 'S1', '±'], order(r.S1).map((i) => [r.names[i]!, num(r.S1[i]), num(r.S1_conf[i])]));
		} else if (r.method === 'delta') {
			body = table(['input', 'delta', '±', 'S1', '±'], order(r.delta).map((i) => [r.names[i]!, num(r.delta[i]), num(r.delta_conf[i]), num(r.S1[i]), num(r.S1_conf[i])]));
		} else {
			body = table(['input', 'PRCC', '±', 'Spearman'], order(r.PRCC).map((i) => [r.names[i]!, num(r.PRCC[i]), num(r.PRCC_conf[i]), num(r.spearman[i])]));
		}
		const warn = r.warnings.map((w) => `warning: ${w}`).join('\n');
		parts.push(`${title}\n${body}${warn ? `\n${warn}` : ''}`);
	}
	return parts.join('\n\n') + '\n';
}
