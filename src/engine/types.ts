/**
 * The shapes every front end (CLI, TUI, sweep runner, report) reads.
 * Layout of every per-unit series: year-major, value of unit u in year index t at [t * nUnits + u].
 */

/** One administrative unit (a city, or a county) of the scenario's unit table. */
export interface UnitInfo {
	readonly id: string;
	readonly name_zh: string;
	readonly name_en: string;
}

/**
 * The physical units of series and parameters (each fixes how it is shown: 万人, 亿元, 公顷…,
 * src/format/display-unit.ts): 'mu' is an area in 亩 (shown in the chosen land unit like m²),
 * 'mu_per_household' an area per household (a homestead standard, shown in 亩/户), 'persons_per_household' a
 * household's size (人/户: shown as is, not in 万人), 'points' a difference or
 * change of rates (两率差距, a rate's annual rise), kept as a fraction and shown in 百分点.
 */
export const MEASURES = [
	'persons',
	'yuan',
	'yuan_per_person',
	'm2',
	'm2_per_person',
	'share',
	'ratio',
	'years',
	'households',
	'persons_per_household',
	'mu',
	'mu_per_household',
	'yuan_per_mu',
	'points',
	'number',
] as const;

/** Physical unit of a series or parameter. */
export type Measure = (typeof MEASURES)[number];

/** How a series adds up to a province figure. */
export type Aggregation =
	| {readonly kind: 'sum'}
	| {readonly kind: 'ratio'; readonly numerator: string; readonly denominator: string}
	| {readonly kind: 'weighted'; readonly weight: string}
	| {readonly kind: 'difference'; readonly minuend: string; readonly subtrahend: string}
	| {readonly kind: 'none'};

export interface SeriesInfo {
	readonly name: string;
	readonly measure: Measure;
	readonly label_zh: string;
	readonly label_en: string;
	readonly aggregation: Aggregation;
	/** Flow series (settled, money, quota) have no meaning in the base year and are 0 there. */
	readonly flow: boolean;
}

export interface ProgramResult {
	readonly id: string;
	readonly kind: 'transfer' | 'perCapita' | 'subsidy';
	readonly name_zh: string;
	readonly name_en: string;
	/** The pool per year index (yuan). */
	readonly pool: Float64Array;
	/** Name of the series that holds this program's allocation per unit. */
	readonly series: string;
	/** Part of the pool that could not be allocated (every unit capped or ineligible), per year index. */
	readonly unallocated: Float64Array;
}

export interface TargetResult {
	readonly id: string;
	readonly year: number;
	readonly value: number;
	readonly target: number;
	readonly op: '>=' | '<=';
	readonly met: boolean;
}

export interface EvaluationRow {
	readonly unit: string;
	readonly hukouUrbanizationRate: number;
	readonly residentUrbanizationRate: number;
	readonly gainSinceBase: number;
	readonly annualGain: number;
	readonly settledCumulative: number;
	readonly met: boolean;
}

export interface Evaluation {
	/** 2018 mid-term (中期评估) and 2020 final (总结评估), plan §四(二). */
	readonly year: number;
	readonly kind: 'midterm' | 'final';
	readonly rows: readonly EvaluationRow[];
}

/** The arrays a run filled, for explain and scale to read (src/model/evaluate.ts). */
export interface RunState {
	/** Every series of the model graph, hidden steps included: series k is B[k] (nYears × nUnits, year-major). */
	readonly B: readonly Float64Array[];
	/** Province figures of the graph (scalar q, year t at [q·nYears + t]). */
	readonly Q: Float64Array;
	/** Money left unallocated per allocation block and year. */
	readonly U: Float64Array;
	/** The parameter values of this run (overrides applied). */
	readonly params: import('./context.js').ParameterValues;
	readonly columns: ReadonlyMap<string, Float64Array>;
}

export interface RunResult {
	readonly years: readonly number[];
	readonly units: readonly UnitInfo[];
	readonly nUnits: number;
	readonly nYears: number;
	/** Per-unit series, year-major Float64Array of nYears * nUnits. */
	readonly series: Readonly<Record<string, Float64Array>>;
	/** Province aggregate per year index. */
	readonly province: Readonly<Record<string, Float64Array>>;
	readonly programs: readonly ProgramResult[];
	readonly targets: readonly TargetResult[];
	/** One target in one year (what an outcome's met() reads; a sweep's run computes only that). */
	readonly target: (id: string, year: number) => TargetResult | undefined;
	readonly evaluations: readonly Evaluation[];
	readonly state: RunState;
}
