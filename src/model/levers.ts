/**
 * The catalogue of levers (the planner's policy choices, EMA Workbench's word), derived from the
 * model declarations: a parameter marked with asLever (its labels, unit, allowed range and the
 * clause) and the rows of the land tier table. The TUI offers them; nothing else lists them.
 */
import {MODELS} from '../../models/index.js';
import type {Measure} from '../engine/types.js';
import type {ModelDecl} from './declare.js';

export type LeverTarget =
	| {readonly kind: 'param'; readonly parameter: string}
	| {readonly kind: 'paramUnit'; readonly parameter: string; readonly unit: string}
	| {readonly kind: 'tier'; readonly index: number};

export interface Lever {
	readonly id: string;
	readonly zh: string;
	readonly en: string;
	readonly measure: Measure;
	readonly target: LeverTarget;
	/** Added or subtracted by ←/→ (for `none`-able caps, the first step from none is `fromNone`). */
	readonly step: number;
	readonly min: number;
	readonly max: number;
	readonly allowNone?: boolean;
	readonly fromNone?: number;
	/** Plan clause or rule the lever stands for. */
	readonly clause: string;
}

export function leverCatalogue(models: readonly ModelDecl[]): Lever[] {
	const out: Lever[] = [];
	for (const m of models) {
		for (const d of m.parameters) {
			const l = d.lever;
			if (!l) continue;
			const base = {measure: d.measure, step: l.step, min: l.min ?? d.min, max: l.max ?? d.max, clause: l.clause, ...(d.allowNone ? {allowNone: true} : {}), ...(l.fromNone !== undefined ? {fromNone: l.fromNone} : {})};
			out.push({id: d.id, zh: l.zh ?? d.zh, en: l.en ?? d.en, target: {kind: 'param', parameter: d.id}, ...base});
			for (const u of l.units ?? []) out.push({id: `${d.id}@${u.unit}`, zh: u.zh, en: u.en, target: {kind: 'paramUnit', parameter: d.id, unit: u.unit}, ...base});
		}
		for (const t of m.tierLevers ?? []) out.push({id: `landTier${t.index}`, zh: t.zh, en: t.en, measure: 'm2_per_person', target: {kind: 'tier', index: t.index}, step: t.step, min: t.min, max: t.max, clause: t.clause});
	}
	return out;
}

/** The levers of the built-in models, in registry order. */
export const LEVER_CATALOGUE: readonly Lever[] = leverCatalogue(MODELS);
