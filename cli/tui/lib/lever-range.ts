/**
 * A lever's allowed and plausible range, taken from the parameter's definition in the models
 * (ParameterDef min/max/plausible, the ranges `validate` checks: outside allowed is an error,
 * outside plausible a warning). Land tiers are rows of a table, not parameters: the range their
 * lever declares with the land model (src/model/levers.ts) applies.
 */
import type {CompiledScenario} from '../../../src/index.js';
import {showLever} from './format.js';
import type {Lever} from './levers.js';

export interface LeverRange {
	readonly min: number;
	readonly max: number;
	readonly plausible?: readonly [number, number];
	/** Where the range comes from, for the note under the list. */
	readonly source: string;
}

export function leverRange(scenario: CompiledScenario, lever: Lever): LeverRange {
	const def = lever.target.kind === 'tier' ? undefined : scenario.parameterInfo.get(lever.target.parameter)?.def;
	if (!def) return {min: lever.min, max: lever.max, source: lever.target.kind === 'tier' ? 'land tier lever' : 'lever'};
	// An open-ended definition (any positive number) keeps the lever's own upper end for the slider.
	const max = def.max >= Number.MAX_VALUE / 2 ? Number.MAX_VALUE : def.max;
	return {min: def.min, max, plausible: def.plausible, source: `${def.section}.${def.id}`};
}

/** The slider's ends: the plausible range when there is one, else the allowed one (open ends: the lever's). */
export function sliderEnds(scenario: CompiledScenario, lever: Lever, loaded: number): readonly [number, number] {
	const r = leverRange(scenario, lever);
	const lo = r.plausible?.[0] ?? r.min;
	let hi = r.plausible?.[1] ?? (r.max === Number.MAX_VALUE ? lever.max : r.max);
	if (Number.isFinite(loaded) && loaded > hi) hi = loaded;
	return [Math.min(lo, Number.isFinite(loaded) ? loaded : lo), hi];
}

export type Check = {readonly ok: false; readonly message: string} | {readonly ok: true; readonly warning?: string};

/** Is `value` allowed for the lever, and plausible? */
export function checkLever(scenario: CompiledScenario, lever: Lever, value: number): Check {
	if (value === Infinity) return lever.allowNone ? {ok: true} : {ok: false, message: `${lever.id} cannot be none`};
	const r = leverRange(scenario, lever);
	if (!(value >= r.min && value <= r.max)) {
		const max = r.max === Number.MAX_VALUE ? 'any larger number' : String(r.max);
		return {ok: false, message: `${lever.id} must be between ${r.min} and ${max} (got ${value})`};
	}
	const p = r.plausible;
	if (p && (value < p[0] || value > p[1]))
		return {ok: true, warning: `${lever.id} = ${showLever(value, lever.measure)} is outside the plausible range ${showLever(p[0], lever.measure)}–${showLever(p[1], lever.measure)} (${r.source})`};
	return {ok: true};
}
