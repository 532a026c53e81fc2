/** Enter in a find prompt (/): remember the term where the search is and jump to the first match after the cursor. */
import type {AppState} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';
import type {Press} from '../lib/keypress.js';
import {compareKey} from './compare.js';
import {leversKey} from './levers.js';
import {overlayKey} from './overlays.js';

const N: Press = {name: '', text: 'n', ctrl: false, shift: false};

export function findKey(s: AppState, find: string, ctx: Ctx): AppState {
	const top = s.overlays.at(-1);
	if (top?.kind === 'why') {
		const withTerm = {...s, overlays: [...s.overlays.slice(0, -1), {...top, find, top: Math.max(0, top.top - 1)}]};
		return overlayKey(withTerm, N, ctx);
	}
	if (s.screen === 'levers') return leversKey({...s, leverScreen: {...s.leverScreen, find, cursor: s.leverScreen.cursor}}, N, ctx);
	if (s.screen === 'compare') return compareKey({...s, compare: {...s.compare, find}}, N, ctx);
	return s;
}
