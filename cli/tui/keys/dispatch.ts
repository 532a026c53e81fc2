/**
 * Every key goes through here, in order: Ctrl+C quits (status 130); an open question or prompt
 * takes the key; then the global keys (q ? ! u 1–6 Tab Esc); then the overlay on top; then the
 * screen. Each step reads the state left by the key before (state/store.ts). While work runs in the
 * background (a sweep folder read, PRIM), keys wait in the state's queue and are applied in order once
 * it is done, so a burst like `o DIR Enter ] d Enter` loses nothing.
 */
import type {Press} from '../lib/keypress.js';
import {TABS} from '../lib/screens.js';
import type {AppState} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';
import {undo, unsaved} from '../state/lever-actions.js';
import type {Store} from '../state/store.js';
import {citiesKey} from './cities.js';
import {compareKey} from './compare.js';
import {confirmKey} from './confirm.js';
import {detailKey} from './detail.js';
import {leversKey} from './levers.js';
import {overlayKey} from './overlays.js';
import {overviewKey} from './overview.js';
import {promptKey} from './prompt.js';
import {sweepKey} from './sweep.js';

export function dispatch(store: Store<AppState>, p: Press, ctx: Ctx): void {
	if (p.ctrl && p.text === 'c') {
		ctx.quit(130);
		return;
	}
	store.update((s) => queueOrReduce(s, p, ctx));
}

const queueOrReduce = (s: AppState, p: Press, ctx: Ctx): AppState => (s.busy !== undefined ? {...s, queued: [...s.queued, p]} : reduceKey(s, p, ctx));

/** Background work is done: apply its result, then the keys typed meanwhile, in order. */
export function finishBackground(store: Store<AppState>, apply: (s: AppState) => AppState, ctx: Ctx): void {
	store.update((s) => s.queued.reduce((next, p) => queueOrReduce(next, p, ctx), apply({...s, busy: undefined, queued: []})));
}

export function reduceKey(s: AppState, p: Press, ctx: Ctx): AppState {
	if (s.confirm) return confirmKey(s, p, ctx);
	if (s.prompt) return promptKey(s, p, ctx);
	const top = s.overlays.at(-1);
	const plain = p.name === '' && !p.ctrl ? p.text : '';
	if (plain === 'q') {
		if (unsaved(s)) return {...s, confirm: {kind: 'quit'}};
		ctx.quit(0);
		return s;
	}
	if (plain === '?' || plain === '!') {
		const kind = plain === '?' ? 'help' : 'warnings';
		if (top?.kind === kind) return {...s, overlays: s.overlays.slice(0, -1)};
		return {...s, overlays: [...s.overlays, {kind, top: 0}]};
	}
	if (p.name === 'escape' && top) return {...s, overlays: s.overlays.slice(0, -1)};
	if (plain === 'u') return undo(s);
	if (/^[1-6]$/.test(plain)) return {...s, screen: TABS[Number(plain) - 1]!.id, overlays: []};
	if (p.name === 'tab') {
		const i = TABS.findIndex((x) => x.id === s.screen);
		return {...s, screen: TABS[(i + (p.shift ? TABS.length - 1 : 1)) % TABS.length]!.id, overlays: []};
	}
	if (top) return overlayKey(s, p, ctx);
	// A new key replaces the last message (a question or warning stays until answered).
	const next = screenKey(s.message ? {...s, message: ''} : s, p, ctx);
	return next;
}

function screenKey(s: AppState, p: Press, ctx: Ctx): AppState {
	switch (s.screen) {
		case 'overview':
			return overviewKey(s, p, ctx);
		case 'cities':
			return citiesKey(s, p, ctx);
		case 'detail':
			return detailKey(s, p, ctx);
		case 'levers':
			return leversKey(s, p, ctx);
		case 'compare':
			return compareKey(s, p, ctx);
		case 'sweep':
			return sweepKey(s, p, ctx);
	}
}
