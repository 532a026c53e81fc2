/** Keys of the cities table (screen 2); the cursor is the selected unit, kept across screens. */
import {cityOrder, type SortSpec} from '../lib/city-rows.js';
import type {Press} from '../lib/keypress.js';
import type {AppState} from '../state/app-state.js';
import {pageRows, type Ctx} from '../state/context.js';
import {listMove, yearMove} from './list.js';

export const citiesOrder = (s: AppState, ctx: Ctx): number[] =>
	cityOrder(ctx.runFor(s.levers).result, ctx.base, ctx.columns, s.t, s.cities.sort, s.cities.filter, s.cities.delta);

export function citiesKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const order = citiesOrder(s, ctx);
	const pos = Math.max(0, order.indexOf(s.unit));
	const moved = listMove(p, pos, order.length, pageRows(ctx));
	if (moved !== undefined) return order.length ? {...s, unit: order[moved]!} : s;
	const year = yearMove(p, s.t, ctx.base.nYears);
	if (year !== undefined) return {...s, t: year};
	const c = s.cities;
	if (p.name === 'escape') return c.filter ? {...s, cities: {...c, filter: ''}, message: 'filter cleared 已清除筛选'} : s;
	if (p.name === 'return') return order.length ? {...s, unit: order[pos]!, screen: 'detail'} : s;
	if (p.name !== '') return s;
	switch (p.text) {
		case ']':
			return {...s, cities: {...c, col: Math.min(ctx.columns.length - 1, c.col + 1)}};
		case '[':
			return {...s, cities: {...c, col: Math.max(0, c.col - 1)}};
		case 's':
		case 'o': {
			// A new order starts at its top row.
			const sort: SortSpec = p.text === 'o' ? {col: -1, desc: false} : c.sort.col === c.col ? {col: c.col, desc: !c.sort.desc} : {col: c.col, desc: true};
			const next = {...s, cities: {...c, sort}};
			const first = citiesOrder(next, ctx)[0];
			return first === undefined ? next : {...next, unit: first};
		}
		case 'd':
			return {...s, cities: {...c, delta: !c.delta}};
		case '/':
			return {...s, prompt: {kind: 'filter', text: c.filter, before: c.filter}};
		case 'w':
			return order.length ? {...s, overlays: [...s.overlays, {kind: 'why', series: ctx.columns[c.col]!.series, unit: order[pos]!, top: 0, find: ''}]} : s;
		default:
			return s;
	}
}
