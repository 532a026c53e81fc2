/**
 * The cases of interest typed for scenario discovery (key d on the sweep screen), as `hukou-sim discover`
 * takes them: `< X` (--below X), `> X` (--above X), or nothing (or `= 1`) for a 0/1 outcome, the runs
 * where it is 1. X is in the unit the outcome is shown in (37% or 0.37 for a share, 万人, 亿元, 公顷).
 */
import type {Measure} from '../../../src/index.js';
import {parseQuantity} from './parse-lever.js';
import type {AppState} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';
import {show, unitOf} from './format.js';
import {sweepView} from './sweep-body.js';
import type {SweepFolder} from './sweep-folder.js';
import {outcomeLabel, showOutcome} from './sweep-labels.js';
import {num} from './sweep-lines.js';

export type Cases = {readonly ok: true; readonly below?: number; readonly above?: number} | {readonly ok: false; readonly message: string};

export function parseCases(text: string, measure: Measure | undefined): Cases {
	const s = text.trim();
	if (s === '' || /^=\s*1$/.test(s)) return {ok: true};
	const m = /^(<|>|--below|--above|below|above)\s*(.*)$/i.exec(s);
	if (!m) return {ok: false, message: `"${text}": expected < X, > X or nothing (a 0/1 outcome's 1s)`};
	const q = parseQuantity(m[2]!, measure);
	if (!q.ok) return {ok: false, message: `"${text}": ${q.message}`};
	return /^(<|--below|below)$/i.test(m[1]!) ? {ok: true, below: q.value} : {ok: true, above: q.value};
}

/** The cases as typed back, in the unit shown: "< 37.00%", "= 1". */
export function casesText(c: {readonly below?: number; readonly above?: number}, measure: Measure | undefined, raw: (v: number) => string): string {
	const v = (x: number) => (measure ? show(x, measure) : raw(x));
	if (c.below !== undefined) return `< ${v(c.below)}`;
	if (c.above !== undefined) return `> ${v(c.above)}`;
	return '= 1';
}

const isBinary = (values: readonly number[]): boolean => values.length > 0 && values.every((v) => v === 0 || v === 1);

/** What d offers first: nothing for a 0/1 outcome (its 1s), else below the median, as `discover` suggests. */
export function suggestCases(ctx: Ctx, folder: SweepFolder, outcome: string): string {
	const values = folder.distributions.get(outcome) ?? [];
	if (isBinary(values) || values.length === 0) return '';
	const sorted = [...values].sort((a, b) => a - b);
	return `< ${showOutcome(sorted[Math.floor(sorted.length / 2)]!, outcomeLabel(ctx.scenario, outcome), num)}`;
}

/** The prompt's label: which outcome, and what may be typed. */
export function casesLabel(s: AppState, ctx: Ctx): string {
	const view = sweepView(ctx.scenario, s, ctx.width, ctx.height);
	if (!view) return 'cases of interest 关注情形';
	const measure = outcomeLabel(ctx.scenario, view.outcome).measure;
	const unit = measure ? ` in ${unitOf(measure)}` : '';
	const binary = isBinary(view.folder.distributions.get(view.outcome) ?? []);
	return `PRIM cases 关注情形 ${view.outcome}: < X or > X${unit}${binary ? ', empty = its 1s' : ''}`;
}
