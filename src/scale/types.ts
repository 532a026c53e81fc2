/**
 * The shapes of a scaling curve (issue 7): how one unit's money, subsidy and land respond to the
 * number of people it settles in one year, everything else as the scenario says. Every amount is
 * in the engine's units (yuan, persons, m²); marginal amounts are per additional settler.
 */
import type {ParameterOverride, SeriesInfo} from '../index.js';

/** What to scan: `unit` is a unit id, or 'province' to scale every unit together. */
export interface ScaleRequest {
	readonly unit: string;
	/** A simulated year after the base year (settlement is a flow; the base year has none). */
	readonly year: number;
	/**
	 * Forced settlement in `year`, one curve point each: the unit's settlers, or for 'province'
	 * the province total, split over the units in proportion to the scenario's own settlement.
	 */
	readonly settled: readonly number[];
	/** Levers or uncertainties applied to every point (and to the reference run). */
	readonly overrides?: readonly ParameterOverride[];
	/** Relative change of slope between neighbouring intervals that counts as a bend (default 0.05). */
	readonly tolerance?: number;
	/** Locate state changes (thresholds, caps, tiers) by bisection between points (default true). */
	readonly refine?: boolean;
}

/** A series of the curve: run-contract name and how to show it (the run's SeriesInfo fields). */
export interface ScaleSeries extends Pick<SeriesInfo, 'name' | 'measure' | 'label_zh' | 'label_en'> {
	/** Summed over the other units to show what they gain or lose (shared pools). */
	readonly others: boolean;
}

export interface ScalePoint {
	/** The forced settlement (unit's, or the province total). */
	readonly settled: number;
	/** The unit's values in the year (province totals for 'province'). */
	readonly values: Readonly<Record<string, number>>;
	/** Σ over the other units in the year (empty for 'province'). */
	readonly others: Readonly<Record<string, number>>;
	/** The unit's flows summed from the year to the horizon (later years feel the cohort and the land tier). */
	readonly through: Readonly<Record<string, number>>;
	/** The settlement pool of the year (urban residents without urban hukou) for the unit or province. */
	readonly pool: number;
	/** The forced value exceeds the pool: computed anyway as a what-if, and flagged. */
	readonly exceedsPool: boolean;
}

export type BreakpointKind = 'eligibility' | 'floor' | 'cap' | 'unallocated' | 'landTier' | 'landCap' | 'pool' | 'slope';

export interface Breakpoint {
	/** Where the curve bends: the first settled value with the new state (to within 0.001 person when refined). */
	readonly settled: number;
	readonly series: string;
	readonly kind: BreakpointKind;
	readonly reason: string;
	readonly reason_zh: string;
	/** The unit whose state changed (may be another unit: its floor or cap moves this unit's share). */
	readonly unit?: string;
	readonly program?: string;
	/** The state before and after (e.g. land standard 100 → 80 m², eligible false → true). */
	readonly from?: string | number | boolean;
	readonly to?: string | number | boolean;
}

export interface ScaleCurve {
	readonly unit: string;
	readonly unitName: {readonly zh: string; readonly en: string};
	readonly year: number;
	readonly endYear: number;
	/** The scenario's own settlement of the unit (or province) in the year. */
	readonly own: number;
	readonly series: readonly ScaleSeries[];
	/** The plain run (the scenario's own settlement), to read differences against. */
	readonly reference: ScalePoint;
	readonly points: readonly ScalePoint[];
	/** Per interval i (points i → i+1): Δvalue / Δsettled (yuan or m² per additional settler). */
	readonly marginal: Readonly<Record<string, number[]>>;
	/** Per interval: Δ(others' Σ) / Δsettled: what the other units gain (negative: lose) per settler. */
	readonly marginalOthers: Readonly<Record<string, number[]>>;
	/** Per point: value / settled (NaN where settled is 0). */
	readonly average: Readonly<Record<string, number[]>>;
	/** Per interval: arc elasticity (Δv / mean v) / (Δs / mean s); NaN where undefined. */
	readonly elasticity: Readonly<Record<string, number[]>>;
	readonly breakpoints: readonly Breakpoint[];
}
