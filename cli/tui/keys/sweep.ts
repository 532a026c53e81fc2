/** Keys of the sweep screen (screen 6): open a folder, outcome, policy, histogram. */
import type {Press} from '../lib/keypress.js';
import {displayPath} from '../../paths.js';
import type {AppState} from '../state/app-state.js';

export function sweepKey(s: AppState, p: Press): AppState {
	if (p.name !== '') return s;
	const w = s.sweep;
	const folder = typeof w.loaded === 'object' ? w.loaded : undefined;
	const outcomes = Math.max(1, folder?.outcomes.length ?? 1);
	const policies = Math.max(1, folder?.policies.length ?? 1);
	switch (p.text) {
		case 'o': {
			const text = folder ? displayPath(folder.dir) : '';
			return {...s, prompt: {kind: 'sweep', text, before: text}};
		}
		case ']':
		case 'j':
			return {...s, sweep: {...w, outcome: (w.outcome + 1) % outcomes}};
		case '[':
		case 'k':
			return {...s, sweep: {...w, outcome: (w.outcome + outcomes - 1) % outcomes}};
		case 'p':
			return {...s, sweep: {...w, policy: (w.policy + 1) % policies}};
		case 'h':
			return {...s, sweep: {...w, hist: !w.hist}};
		default:
			return s;
	}
}
