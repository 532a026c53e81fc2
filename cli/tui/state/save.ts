/**
 * Saving the levers as an overlay (s on the levers screen): never over an input of the scenario
 * (the file, the files it extends, its units table), never onto a folder, and over an existing
 * file only after a yes.
 */
import {existsSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {displayPath} from '../../paths.js';
import {defaultOverlayPath, saveOverlay} from '../lib/overlay.js';
import {safe} from '../lib/safe-text.js';
import type {AppState} from './app-state.js';
import type {Ctx} from './context.js';

const real = (file: string): string => {
	try {
		return realpathSync(file);
	} catch {
		return path.resolve(file);
	}
};

export function inputFiles(ctx: Pick<Ctx, 'scenario'>): string[] {
	const loaded = ctx.scenario.loaded;
	return [...loaded.sources.map((s) => s.file), loaded.unitsFile].map(real);
}

/** Enter in the save prompt: save, ask first, or say why not. */
export function requestSave(s: AppState, ctx: Pick<Ctx, 'scenario'>, text: string): AppState {
	const file = path.resolve(text.trim() || defaultOverlayPath(ctx.scenario));
	const shown = safe(displayPath(file));
	if (inputFiles(ctx).includes(real(file))) return {...s, message: `not saved: ${shown} is an input of this scenario; give another file name`};
	if (existsSync(file)) {
		if (statSync(file).isDirectory()) return {...s, message: `not saved: ${shown} is a folder; give a file name, e.g. ${safe(displayPath(path.join(file, 'levers.yaml')))}`};
		return {...s, confirm: {kind: 'overwrite', file}};
	}
	return doSave(s, ctx, file);
}

export function doSave(s: AppState, ctx: Pick<Ctx, 'scenario'>, file: string): AppState {
	try {
		const abs = saveOverlay(ctx.scenario, s.levers, file);
		return {...s, saved: s.levers, message: `saved ${safe(displayPath(abs))} — hukou-sim run ${safe(displayPath(abs))}`};
	} catch (error) {
		return {...s, message: `not saved: ${safe((error as Error).message)}`};
	}
}
