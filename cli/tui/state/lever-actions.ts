/** Changing levers: every change can be undone (u), and a value equal to the loaded one is no edit. */
import {loadedValue, type Lever, type LeverValues} from '../lib/levers.js';
import type {AppState} from './app-state.js';
import type {Ctx} from './context.js';

/** At most this many changes are kept for undo. */
const UNDO_DEPTH = 100;

function withLevers(s: AppState, levers: LeverValues): AppState {
	if (sameLevers(levers, s.levers)) return s;
	return {...s, levers, undo: [...s.undo.slice(-(UNDO_DEPTH - 1)), s.levers]};
}

export function setLever(s: AppState, ctx: Pick<Ctx, 'scenario'>, lever: Lever, value: number | undefined): AppState {
	const next = new Map(s.levers);
	if (value === undefined || Object.is(value, loadedValue(ctx.scenario, lever))) next.delete(lever.id);
	else next.set(lever.id, value);
	return withLevers(s, next);
}

export const resetAll = (s: AppState): AppState => withLevers(s, new Map());

export function undo(s: AppState): AppState {
	const previous = s.undo.at(-1);
	if (!previous) return {...s, message: 'nothing to undo 无可撤销'};
	return {...s, levers: previous, undo: s.undo.slice(0, -1), message: `undone 已撤销 (${s.undo.length - 1} more)`};
}

export function sameLevers(a: LeverValues, b: LeverValues): boolean {
	if (a.size !== b.size) return false;
	for (const [k, v] of a) if (!b.has(k) || !Object.is(b.get(k), v)) return false;
	return true;
}

export const unsaved = (s: AppState): boolean => !sameLevers(s.levers, s.saved);

/** The lever's value now (edited or loaded). */
export const currentValue = (s: AppState, ctx: Pick<Ctx, 'scenario'>, lever: Lever): number => s.levers.get(lever.id) ?? loadedValue(ctx.scenario, lever)!;
