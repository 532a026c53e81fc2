import type {Measure} from '../engine/types.js';

/**
 * What the engine knows about a built-in parameter: where it lives in the scenario, its unit,
 * the range it must lie in (an error outside) and the range that is plausible (a warning outside).
 * The values themselves, with their sources, live in the scenario YAML, never in code.
 */
export interface ParameterDef {
	readonly id: string;
	readonly section: string;
	readonly measure: Measure;
	readonly min: number;
	readonly max: number;
	readonly plausible?: readonly [number, number];
	readonly zh: string;
	readonly en: string;
	/** The YAML may say `none` (no limit); stored as Infinity, never shown as a number. */
	readonly allowNone?: boolean;
	/** Read only by the scenario's own expressions (program pools, weights): validated when present. */
	readonly optional?: boolean;
	/** A policy lever of the TUI (src/model/levers.ts): its step, the clause it stands for, short labels. */
	readonly lever?: LeverSpec;
}

export interface LeverSpec {
	readonly step: number;
	readonly clause: string;
	readonly zh?: string;
	readonly en?: string;
	readonly min?: number;
	readonly max?: number;
	/** For a `none`-able cap: the first value when stepping down from none. */
	readonly fromNone?: number;
	/** Also a lever for these units' own (byUnit) value. */
	readonly units?: ReadonlyArray<{readonly unit: string; readonly zh: string; readonly en: string}>;
}

/** Mark a parameter as a lever (the planner's policy choice, EMA Workbench's word). */
export const asLever = (d: ParameterDef, step: number, clause: string, extra: Omit<LeverSpec, 'step' | 'clause'> = {}): ParameterDef => ({...d, lever: {step, clause, ...extra}});

export const def = (
	section: string,
	id: string,
	measure: Measure,
	range: readonly [number, number],
	plausible: readonly [number, number] | undefined,
	zh: string,
	en: string,
	allowNone = false,
): ParameterDef => ({id, section, measure, min: range[0], max: range[1], plausible, zh, en, allowNone});

export const SHARE: readonly [number, number] = [0, 1];
export const NONNEG: readonly [number, number] = [0, Number.MAX_VALUE];

/** A parameter the models do not read themselves; programs in the scenario refer to it by name. */
export const optionalDef = (...args: Parameters<typeof def>): ParameterDef => ({...def(...args), optional: true});
