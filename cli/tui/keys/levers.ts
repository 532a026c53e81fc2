/** Keys of the levers screen (screen 4): choose, step (clamped to the allowed range), type, reset, save, find. */
import type {Press} from '../lib/keypress.js';
import {checkLever, leverRange} from '../lib/lever-range.js';
import {stepLever} from '../lib/levers.js';
import {displayPath} from '../../paths.js';
import {defaultOverlayPath} from '../lib/overlay.js';
import type {AppState} from '../state/app-state.js';
import {pageRows, type Ctx} from '../state/context.js';
import {currentValue, resetAll, setLever} from '../state/lever-actions.js';
import {findNext, listMove} from './list.js';

export const leverLabels = (ctx: Ctx): string[] => ctx.levers.map((l) => `${l.zh} ${l.en} ${l.id}`);

export function leversKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const ls = s.leverScreen;
	const moved = listMove(p, ls.cursor, ctx.levers.length, pageRows(ctx));
	if (moved !== undefined) return {...s, leverScreen: {...ls, cursor: moved}};
	const lever = ctx.levers[ls.cursor];
	if (!lever) return s;
	if (p.name === 'left' || p.name === 'right') {
		const r = leverRange(ctx.scenario, lever);
		const stepped = stepLever(lever, currentValue(s, ctx, lever), p.name === 'right' ? 1 : -1);
		const value = Number.isFinite(stepped) ? Math.max(r.min, Math.min(r.max, stepped)) : stepped;
		const check = checkLever(ctx.scenario, lever, value);
		const next = setLever(s, ctx, lever, value);
		return {...next, message: check.ok && check.warning ? `⚠ ${check.warning}` : ''};
	}
	if (p.name === 'return') return {...s, prompt: {kind: 'value', text: '', before: ''}};
	if (p.name !== '') return s;
	switch (p.text) {
		case 'e':
			return {...s, prompt: {kind: 'value', text: '', before: ''}};
		case 'r':
			return setLever(s, ctx, lever, undefined);
		case 'R':
			return resetAll(s);
		case 's': {
			const file = displayPath(defaultOverlayPath(ctx.scenario));
			return {...s, prompt: {kind: 'save', text: file, before: file}};
		}
		case '/':
			return {...s, prompt: {kind: 'find', text: ls.find, before: ls.find}};
		case 'n': {
			const i = findNext(leverLabels(ctx), ls.find, ls.cursor);
			return i === undefined ? {...s, message: ls.find ? `no lever matches "${ls.find}"` : '/ to search first'} : {...s, leverScreen: {...ls, cursor: i}};
		}
		default:
			return s;
	}
}
