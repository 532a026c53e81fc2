/** What every screen receives from the app: the fixed context, the state, the run with the current levers. */
import type {AppState} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';
import type {Run} from './session.js';

export interface ViewProps {
	readonly ctx: Ctx;
	readonly s: AppState;
	readonly run: Run;
}

/** `count` consecutive year indices that contain t, as late as possible. */
export function yearWindow(nYears: number, t: number, count: number): number[] {
	const n = Math.max(1, Math.min(nYears, count));
	const start = Math.max(0, Math.min(nYears - n, t));
	return Array.from({length: n}, (_, i) => start + i);
}
