/** Keys of the overlay on top (help, why, curve, warnings): scroll, find; w/c/!/? close their own. */
import type {Press} from '../lib/keypress.js';
import {whyLines} from '../lib/why-lines.js';
import type {AppState, Overlay} from '../state/app-state.js';
import {pageRows, type Ctx} from '../state/context.js';
import {helpLines} from '../lib/help-lines.js';
import {warningLines} from '../lib/warning-lines.js';
import {findNext, listMove} from './list.js';

const replaceTop = (s: AppState, o: Overlay): AppState => ({...s, overlays: [...s.overlays.slice(0, -1), o]});
const pop = (s: AppState): AppState => ({...s, overlays: s.overlays.slice(0, -1)});

/** Lines of a scrolling overlay (the body less its title line). */
export function overlayLength(s: AppState, o: Overlay, ctx: Ctx): number {
	if (o.kind === 'why') return whyLines(ctx.scenario, s.levers, ctx.runFor(s.levers).result, o, s.t, ctx.width).length;
	if (o.kind === 'warnings') return warningLines(ctx.warnings, ctx.width).length;
	if (o.kind === 'help') return helpLines(ctx.width).length;
	return 0;
}

export function overlayKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const o = s.overlays.at(-1)!;
	if (p.name === '' && ((o.kind === 'why' && p.text === 'w') || (o.kind === 'curve' && p.text === 'c'))) return pop(s);
	if (o.kind === 'curve') return s;
	const view = Math.max(1, ctx.height - 1);
	const maxTop = Math.max(0, overlayLength(s, o, ctx) - view);
	const moved = listMove(p, o.top, maxTop + 1, pageRows(ctx));
	if (moved !== undefined) return replaceTop(s, {...o, top: moved});
	if (o.kind !== 'why' || p.name !== '') return s;
	if (p.text === '/') return {...s, prompt: {kind: 'find', text: o.find, before: o.find}};
	if (p.text === 'n') {
		const lines = whyLines(ctx.scenario, s.levers, ctx.runFor(s.levers).result, o, s.t, ctx.width);
		const i = findNext(lines, o.find, o.top);
		return i === undefined ? {...s, message: o.find ? `no line matches "${o.find}"` : '/ to search first'} : replaceTop(s, {...o, top: Math.min(i, maxTop)});
	}
	return s;
}
