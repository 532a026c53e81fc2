/**
 * How a model is declared (one file per model under models/): its parameters (unit, allowed and
 * plausible range, labels, the clause), its series (unit, labels, how the province aggregates it)
 * with their equations as formulas of the scenario language, and the province-level quantities it
 * names. Nothing else describes a model: the kernel, explain, the docs, the TUI's catalogue and
 * `scale` are all derived from these declarations (src/model/graph.ts is the one compiler).
 *
 * In an equation, a name is a parameter (its value for the unit and year), a series (this year's
 * value for the unit; the year's order is found from the equations), a numeric unit-table column,
 * a constant of the model, `year` or `t`. The domain's operators are functions:
 *   prev(x)                 last year's value of series x
 *   sum(e)                  the sum over units of e this year (a province figure)
 *   tier(x)                 the land-standard tier table of the scenario (国土资发〔2016〕123号)
 *   data("column")          a base-year quantity of the unit table in persons or m²
 *   param("id")             a parameter whose id is also a series name
 *   programSum("kind", …)   the sum of the allocation programs of these kinds (their series)
 *   priorityGrant(need, key, cap)   fill `cap` in increasing order of `key` (lowest first)
 * plus min, max, clamp, a ? b : c and the arithmetic functions of src/expr/functions.ts.
 */
import type {ParameterDef} from '../params/parameter-def.js';
import type {Aggregation, Measure} from '../engine/types.js';

export interface SeriesDecl {
	readonly name: string;
	readonly measure: Measure;
	readonly zh: string;
	readonly en: string;
	/** Equation for the simulated years; or one per value of a scenario option (`variants`). */
	readonly equation: string;
	readonly variants?: {readonly option: 'landCapRule'; readonly equations: Readonly<Record<string, string>>};
	/** Value in the base year (data); flows and intermediates are 0 there unless given. */
	readonly initial?: string;
	readonly aggregation: Aggregation;
	/** Flow series (settled, money, quota) have no meaning in the base year and are 0 there. */
	readonly flow: boolean;
	/** A step of a calculation: computed and explained, not an output of the run. */
	readonly intermediate?: boolean;
	readonly clause?: string;
}

/** A province-level quantity of a year (one number), e.g. the volume of the quota market. */
export interface ScalarDecl {
	readonly name: string;
	readonly measure: Measure;
	readonly zh: string;
	readonly en: string;
	readonly equation: string;
	readonly clause?: string;
}

export interface ConstantDecl {
	readonly name: string;
	readonly value: number;
	readonly zh: string;
	readonly en: string;
}

export interface ModelDecl {
	readonly id: string;
	readonly zh: string;
	readonly en: string;
	/** The clauses of the plan the model implements (docs). */
	readonly clause: string;
	readonly parameters: readonly ParameterDef[];
	readonly series: readonly SeriesDecl[];
	readonly scalars?: readonly ScalarDecl[];
	readonly constants?: readonly ConstantDecl[];
	/** Levers that are not a parameter (the rows of the land tier table); parameter levers are marked with asLever. */
	readonly tierLevers?: ReadonlyArray<{readonly index: number; readonly zh: string; readonly en: string; readonly step: number; readonly min: number; readonly max: number; readonly clause: string}>;
}

interface SeriesOptions {
	readonly initial?: string;
	readonly aggregation?: Aggregation;
	readonly flow?: boolean;
	readonly intermediate?: boolean;
	readonly clause?: string;
	readonly variants?: SeriesDecl['variants'];
}

/** A stock or state series: its base-year value must be given (`initial`). */
export const stock = (name: string, measure: Measure, zh: string, en: string, equation: string, options: SeriesOptions = {}): SeriesDecl => ({
	name,
	measure,
	zh,
	en,
	equation,
	aggregation: options.aggregation ?? {kind: 'sum'},
	flow: options.flow ?? false,
	...options,
});

/** A flow of the year (0 in the base year). */
export const flow = (name: string, measure: Measure, zh: string, en: string, equation: string, options: SeriesOptions = {}): SeriesDecl =>
	stock(name, measure, zh, en, equation, {flow: true, ...options});

/** A step of a calculation, named so that explain can show it; not an output. */
export const step = (name: string, measure: Measure, zh: string, en: string, equation: string, options: SeriesOptions = {}): SeriesDecl =>
	stock(name, measure, zh, en, equation, {intermediate: true, aggregation: {kind: 'none'}, ...options});

export const ratio = (numerator: string, denominator: string): Aggregation => ({kind: 'ratio', numerator, denominator});
export const weighted = (weight: string): Aggregation => ({kind: 'weighted', weight});
export const NONE: Aggregation = {kind: 'none'};
