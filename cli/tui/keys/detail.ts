/** Keys of the city detail (screen 3): section, row (series rows only), year, city, why, curve. */
import type {Press} from '../lib/keypress.js';
import type {AppState} from '../state/app-state.js';
import {pageRows, type Ctx} from '../state/context.js';
import {listMove, yearMove} from './list.js';

export function detailKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const sections = ctx.sections;
	const k = s.detail.section;
	const items = sections[k]!.items;
	const cursor = s.detail.cursors[k]!;
	const rows = items.map((item, i) => (item.kind === 'series' ? i : -1)).filter((i) => i >= 0);
	const at = Math.max(0, rows.indexOf(cursor));
	const moved = listMove(p, at, rows.length, pageRows(ctx));
	if (moved !== undefined) return rows.length ? {...s, detail: {...s.detail, cursors: s.detail.cursors.map((c, i) => (i === k ? rows[moved]! : c))}} : s;
	const year = yearMove(p, s.t, ctx.base.nYears);
	if (year !== undefined) return {...s, t: year};
	const n = ctx.base.nUnits;
	if (p.name === 'escape' || p.name === 'backspace' || p.name === 'delete') return {...s, screen: 'cities'};
	const item = items[cursor];
	if (p.name === 'return') return item?.kind === 'series' ? why(s, item.series) : s;
	if (p.name !== '') return s;
	switch (p.text) {
		case ']':
			return {...s, detail: {...s.detail, section: (k + 1) % sections.length}};
		case '[':
			return {...s, detail: {...s.detail, section: (k + sections.length - 1) % sections.length}};
		case 'n':
			return {...s, unit: (s.unit + 1) % n};
		case 'p':
			return {...s, unit: (s.unit + n - 1) % n};
		case 'c':
			return {...s, overlays: [...s.overlays, {kind: 'curve', unit: s.unit}]};
		case 'w':
			return item?.kind === 'series' ? why(s, item.series) : s;
		default:
			return s;
	}
}

const why = (s: AppState, series: string): AppState => ({...s, overlays: [...s.overlays, {kind: 'why', series, unit: s.unit, top: 0, find: ''}]});
