/**
 * Keys of the sweep screen (screen 6): open a folder, [ ] outcome, p policy, h histogram, d scenario
 * discovery (asks for the cases of interest; Esc leaves it), list keys scroll.
 */
import type {Press} from '../lib/keypress.js';
import {sweepRows, sweepView} from '../lib/sweep-body.js';
import {displayPath} from '../../paths.js';
import type {AppState} from '../state/app-state.js';
import {pageRows, type Ctx} from '../state/context.js';
import {listMove} from './list.js';
import {suggestCases} from '../lib/discovery-cases.js';

export function sweepKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const w = s.sweep;
	const view = sweepView(ctx.scenario, s, ctx.width, ctx.height);
	if (view) {
		const maxTop = Math.max(0, view.body.length - sweepRows(ctx.height));
		const moved = listMove(p, Math.min(w.top, maxTop), maxTop + 1, pageRows(ctx));
		if (moved !== undefined) return {...s, sweep: {...w, top: moved}};
	}
	if (p.name === 'escape' && w.discovery) return {...s, sweep: {...w, discovery: undefined, top: 0}};
	if (p.name !== '') return s;
	const folder = view?.folder;
	const outcomes = Math.max(1, folder?.outcomes.length ?? 1);
	const policies = Math.max(1, folder?.policies.length ?? 1);
	switch (p.text) {
		case 'o': {
			const text = folder ? displayPath(folder.dir) : '';
			return {...s, prompt: {kind: 'sweep', text, before: text}};
		}
		case ']':
			return {...s, sweep: {...w, outcome: (w.outcome + 1) % outcomes, top: 0, discovery: undefined}};
		case '[':
			return {...s, sweep: {...w, outcome: (w.outcome + outcomes - 1) % outcomes, top: 0, discovery: undefined}};
		case 'p':
			return {...s, sweep: {...w, policy: (w.policy + 1) % policies, top: 0}};
		case 'h':
			return {...s, sweep: {...w, hist: !w.hist, top: 0, discovery: undefined}};
		case 'd': {
			if (!view) return {...s, message: 'open a sweep folder first (o)'};
			const text = w.discovery?.outcome === view.outcome ? w.discovery.text : suggestCases(ctx, view.folder, view.outcome);
			return {...s, prompt: {kind: 'cases', text, before: text}};
		}
		default:
			return s;
	}
}
