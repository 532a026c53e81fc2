/**
 * Reading a sweep folder in the background (o, --sweep): the runs file may be large, Parquet, or hold
 * outputs only (the inputs are then regenerated from seed + design), so the read is asynchronous and
 * the keys typed meanwhile wait (keys/dispatch.ts).
 */
import {safe} from '../lib/safe-text.js';
import {readSweepFolder} from '../lib/sweep-folder.js';
import {displayPath} from '../../paths.js';
import {readingLabel, type AppState} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';

export function openSweep(s: AppState, dir: string, ctx: Pick<Ctx, 'background'>): AppState {
	ctx.background(async () => {
		try {
			const folder = await readSweepFolder(dir);
			return (t) => ({...t, sweep: {...t.sweep, loaded: folder, outcome: 0, policy: 0, top: 0, discovery: undefined}, message: `opened ${safe(displayPath(folder.dir))}`});
		} catch (error) {
			const why = safe((error as Error).message);
			// A folder already open stays open; with none, the screen says what is wrong.
			return (t) => ({...t, sweep: typeof t.sweep.loaded === 'object' ? t.sweep : {...t.sweep, loaded: why}, message: why});
		}
	});
	return {...s, busy: readingLabel(safe(dir))};
}
