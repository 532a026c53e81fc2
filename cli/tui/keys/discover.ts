/**
 * Enter on the cases prompt of the sweep screen (d): PRIM over the open folder's runs for the selected
 * outcome, exactly as `hukou-sim discover DIR --outcome NAME [--below X | --above X]` (cli/sweep/discovery.ts),
 * in the background (Ctx.background).
 */
import {discoverIn, sweepRuns} from '../../sweep/discovery.js';
import {casesText, parseCases} from '../lib/discovery-cases.js';
import {safe} from '../lib/safe-text.js';
import {sweepView} from '../lib/sweep-body.js';
import {num} from '../lib/sweep-lines.js';
import {outcomeLabel} from '../lib/sweep-labels.js';
import type {AppState} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';

export function submitCases(s: AppState, text: string, ctx: Ctx): AppState {
	const view = sweepView(ctx.scenario, s, ctx.width, ctx.height);
	if (!view) return {...s, message: 'open a sweep folder first (o)'};
	const {folder, outcome} = view;
	const measure = outcomeLabel(ctx.scenario, outcome).measure;
	const cases = parseCases(text, measure);
	if (!cases.ok) return {...s, message: `not run: ${safe(cases.message)}`};
	const found = `${outcome} ${casesText(cases, measure, num)}`;
	// PRIM over many runs takes a while: it runs after the status line says so, and keys typed meanwhile wait.
	ctx.background(async () => {
		try {
			const runs = sweepRuns(folder.data, folder.dir);
			const discovery = discoverIn(runs, {outcome, ...cases});
			const ranges = inputRanges(runs.X, runs.runs, runs.names.length);
			const boxes = discovery.result.boxes.length;
			return (t) => ({
				...t,
				sweep: {...t.sweep, discovery: {outcome, text, cases: found, discovery, ranges}, hist: false, top: 0},
				message: `PRIM: ${boxes} box${boxes === 1 ? '' : 'es'} for ${safe(found)}`,
			});
		} catch (error) {
			const hint = (error as {hint?: unknown}).hint;
			const why = safe(`not run: ${(error as Error).message}${typeof hint === 'string' ? ` (${hint})` : ''}`);
			return (t) => ({...t, message: why});
		}
	});
	return {...s, busy: safe(`PRIM: ${found} … 正在计算`)};
}

/** Each input's range over the runs (what a box narrows). */
function inputRanges(X: Float64Array, runs: number, k: number): [number, number][] {
	return Array.from({length: k}, (_, j): [number, number] => {
		let lo = Infinity;
		let hi = -Infinity;
		for (let r = 0; r < runs; r++) (lo = Math.min(lo, X[r * k + j]!)), (hi = Math.max(hi, X[r * k + j]!));
		return [lo, hi];
	});
}
