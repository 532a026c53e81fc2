/**
 * What a model sees while the year loop runs: the unit table, the resolved parameters and the
 * series being filled. All arrays are year-major: unit u in year index t sits at t * n + u.
 */
import type {UnitTable} from '../scenario/units-table.js';
import type {SeriesInfo} from './types.js';

export interface ParameterValues {
	/** Values of a parameter for every year and unit (nYears * nUnits). */
	get(id: string): Float64Array;
	/** The value without per-unit or per-class overrides, per year index (province expressions). */
	shared(id: string): Float64Array;
}

export interface SimContext {
	readonly n: number;
	readonly nYears: number;
	readonly years: readonly number[];
	readonly units: UnitTable;
	readonly params: ParameterValues;
	readonly series: Record<string, Float64Array>;
}

/** Series definitions are declared by each model; the engine allocates them once per run. */
export const series = (
	name: string,
	measure: SeriesInfo['measure'],
	zh: string,
	en: string,
	aggregation: SeriesInfo['aggregation'] = {kind: 'sum'},
	flow = false,
): SeriesInfo => ({name, measure, label_zh: zh, label_en: en, aggregation, flow});

export const ratio = (numerator: string, denominator: string): SeriesInfo['aggregation'] => ({kind: 'ratio', numerator, denominator});
export const weighted = (weight: string): SeriesInfo['aggregation'] => ({kind: 'weighted', weight});

const runCaches = new WeakMap<SimContext, Map<string, unknown>>();

/**
 * What a model looks up once per run (its parameter and series arrays), kept with the run's context:
 * the year loop then pays one lookup per step instead of one per array.
 */
export function perRun<T>(ctx: SimContext, key: string, make: () => T): T {
	let cache = runCaches.get(ctx);
	if (!cache) {
		cache = new Map();
		runCaches.set(ctx, cache);
	}
	let value = cache.get(key) as T | undefined;
	if (value === undefined) {
		value = make();
		cache.set(key, value);
	}
	return value;
}
