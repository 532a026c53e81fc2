/** Keys of the overview (screen 1): scroll, year. */
import type {Press} from '../lib/keypress.js';
import {overviewLines} from '../lib/overview-lines.js';
import type {AppState} from '../state/app-state.js';
import {pageRows, type Ctx} from '../state/context.js';
import {listMove, yearMove} from './list.js';

export function overviewLength(s: AppState, ctx: Ctx): number {
	const run = ctx.runFor(s.levers);
	return overviewLines(ctx.scenario, ctx.base, run.result, s.t, ctx.width, run.ms, s.levers.size > 0).length;
}

export function overviewKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const n = overviewLength(s, ctx);
	const maxTop = Math.max(0, n - overviewRows(n, ctx.height));
	const moved = listMove(p, s.overview.top, maxTop + 1, pageRows(ctx));
	if (moved !== undefined) return {...s, overview: {top: moved}};
	const year = yearMove(p, s.t, ctx.base.nYears);
	return year === undefined ? s : {...s, t: year};
}

/** Lines of the overview on screen: all of them, or one fewer to leave room for the "lines 2–20 of 21" note. */
export const overviewRows = (length: number, height: number): number => (length <= height ? height : height - 1);
