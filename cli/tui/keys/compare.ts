/** Keys of the compare screen (screen 5): open a file, year, row, sort column, find a unit. */
import {COMPARE_SERIES, unitDeltas} from '../lib/compare.js';
import type {Press} from '../lib/keypress.js';
import {displayPath} from '../../paths.js';
import type {AppState} from '../state/app-state.js';
import {pageRows, type Ctx} from '../state/context.js';
import {findNext, listMove, yearMove} from './list.js';
import {simulateAlternative} from '../lib/alternative-run.js';

export function compareRows(s: AppState, ctx: Ctx) {
	const alt = s.compare.alt;
	if (!alt) return [];
	const result = ctx.runFor(s.levers).result;
	return unitDeltas(result, simulateAlternative(alt), result.years[s.t]!, COMPARE_SERIES[s.compare.sortCol]![0]);
}

export function compareKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const c = s.compare;
	const rows = compareRows(s, ctx);
	const moved = listMove(p, c.cursor, rows.length, pageRows(ctx));
	if (moved !== undefined) return {...s, compare: {...c, cursor: moved}};
	const year = yearMove(p, s.t, ctx.base.nYears);
	if (year !== undefined) return {...s, t: year};
	if (p.name !== '') return s;
	const k = COMPARE_SERIES.length;
	switch (p.text) {
		case 'o': {
			const text = c.alt ? displayPath(c.alt.file) : '';
			return {...s, prompt: {kind: 'compare', text, before: text}};
		}
		case ']':
			return {...s, compare: {...c, sortCol: (c.sortCol + 1) % k}};
		case '[':
			return {...s, compare: {...c, sortCol: (c.sortCol + k - 1) % k}};
		case '/':
			return {...s, prompt: {kind: 'find', text: c.find, before: c.find}};
		case 'n': {
			const units = ctx.base.units;
			const i = findNext(rows.map((r) => `${units[r.u]!.name_zh} ${units[r.u]!.name_en} ${units[r.u]!.id}`), c.find, c.cursor);
			return i === undefined ? {...s, message: c.find ? `no unit matches "${c.find}"` : '/ to search first'} : {...s, compare: {...c, cursor: i}};
		}
		default:
			return s;
	}
}
