/**
 * Calibrate one parameter (held constant over the years) so that province figures match
 * observations, by golden-section search on the sum of squared errors. The baseline's take-up is
 * calibrated this way to the observed hukou urbanisation of 2017 and 2018 (DESIGN §5 backtest).
 */
import type {CompiledScenario} from '../scenario/compile.js';
import {minimize} from '../optim/nelder-mead.js';
import {simulate} from './simulate.js';

export interface Observation {
	readonly year: number;
	readonly series: string;
	readonly value: number;
}

export interface CalibrationResult {
	readonly parameter: string;
	readonly value: number;
	readonly fitted: ReadonlyArray<Observation & {readonly simulated: number; readonly error: number}>;
	readonly runs: number;
}

/**
 * The runs of a search: no targets, and one set of arrays for all of them (each run's figures are read into
 * numbers before the next run overwrites them), so that a large scenario is not allocated again per evaluation.
 */
const REPEATED = {skipMonitoring: true, reuseBuffers: true} as const;

export function calibrate(scenario: CompiledScenario, parameter: string, observations: readonly Observation[], bounds: readonly [number, number], tolerance = 1e-6): CalibrationResult {
	let runs = 0;
	const fit = (value: number) => {
		runs++;
		const result = simulate(scenario, [{parameter, value}], REPEATED);
		return observations.map((o) => {
			const t = result.years.indexOf(o.year);
			if (t < 0) throw new RangeError(`observation year ${o.year} is outside the scenario's years`);
			const simulated = result.province[o.series]![t]!;
			return {...o, simulated, error: simulated - o.value};
		});
	};
	const loss = (value: number) => fit(value).reduce((s, f) => s + f.error * f.error, 0);
	const phi = (Math.sqrt(5) - 1) / 2;
	let [a, b] = bounds;
	let c = b - phi * (b - a);
	let d = a + phi * (b - a);
	let fc = loss(c);
	let fd = loss(d);
	while (b - a > tolerance) {
		if (fc < fd) {
			[b, d, fd] = [d, c, fc];
			c = b - phi * (b - a);
			fc = loss(c);
		} else {
			[a, c, fc] = [c, d, fd];
			d = a + phi * (b - a);
			fd = loss(d);
		}
	}
	const value = (a + b) / 2;
	return {parameter, value, fitted: fit(value), runs};
}

/**
 * Joint calibration (issue 11 item 5): the base-year hukou urbanisation of the province is itself an
 * estimate (no 2016 figure was published), and with one fitted parameter on two points it cannot be
 * told apart from take-up. Here both are fitted on more years: the base-year rate h₀ sets the level
 * of the path, take-up its slope. h₀ enters through the parameter `urbanHukouScale`, one factor on
 * every unit's base-year urban hukou (h₀ = urbanHukouScale × Σ urbanHukou / Σ hukou of the table),
 * which keeps the units' relative rates (they are estimates derived with one provincial factor in
 * the first place). Nelder–Mead in the box of bounds.
 */
export interface JointObservation extends Observation {
	/** A unit id for a unit-level figure; the province when omitted. */
	readonly unit?: string;
	readonly note?: string;
	readonly source?: string;
	readonly seriesBreak?: boolean;
	readonly inSample?: boolean;
}

export interface JointCalibrationSpec {
	readonly parameter: string;
	readonly bounds: readonly [number, number];
	/** Bounds of the base-year province hukou urbanisation rate. */
	readonly baseHukouRate: readonly [number, number];
	readonly observations: readonly JointObservation[];
	/** Out-of-sample figures: reported with the fitted values, never fitted. */
	readonly backtest?: readonly JointObservation[];
}

export interface FittedPoint extends JointObservation {
	readonly simulated: number;
	readonly error: number;
}

export interface JointCalibrationResult {
	readonly parameter: string;
	readonly value: number;
	readonly baseHukouRate: number;
	/** The base-year rate of the scenario as it stands (its urbanHukouScale), for comparison. */
	readonly scenarioBaseHukouRate: number;
	/** The fitted urbanHukouScale: the factor on every unit's base-year urban hukou of the table. */
	readonly urbanHukouScale: number;
	readonly fitted: readonly FittedPoint[];
	readonly backtest: readonly FittedPoint[];
	/** Root-mean-square and largest absolute error of the fitted points. */
	readonly rmse: number;
	readonly maxAbsError: number;
	readonly runs: number;
	readonly converged: boolean;
}

/** The base-year province hukou urbanisation of the unit table itself (urbanHukouScale = 1). */
export function tableHukouRate(scenario: CompiledScenario): number {
	const u = scenario.units;
	let urban = 0;
	let total = 0;
	for (let i = 0; i < u.ids.length; i++) {
		urban += u.urbanHukouPop[i]!;
		total += u.hukouPop[i]!;
	}
	return urban / total;
}

/** The parameter through which the base-year hukou rate is fitted. */
export const BASE_HUKOU_PARAMETER = 'urbanHukouScale';

function simulatedValue(scenario: CompiledScenario, result: ReturnType<typeof simulate>, o: JointObservation): number {
	const t = result.years.indexOf(o.year);
	if (t < 0) throw new RangeError(`observation year ${o.year} is outside the scenario's years ${result.years[0]}–${result.years.at(-1)}`);
	if (o.unit === undefined) {
		const p = result.province[o.series];
		if (!p) throw new RangeError(`observation series "${o.series}" is not a series of the scenario`);
		return p[t]!;
	}
	const u = scenario.units.ids.indexOf(o.unit);
	if (u < 0) throw new RangeError(`observation unit "${o.unit}" is not a unit of the scenario`);
	const s = result.series[o.series];
	if (!s) throw new RangeError(`observation series "${o.series}" is not a series of the scenario`);
	return s[t * result.nUnits + u]!;
}

export function calibrateJoint(scenario: CompiledScenario, spec: JointCalibrationSpec): JointCalibrationResult {
	const h0 = tableHukouRate(scenario);
	let runs = 0;
	const run = (x: readonly number[]) => {
		runs++;
		return simulate(scenario, [{parameter: spec.parameter, value: x[0]!}, {parameter: BASE_HUKOU_PARAMETER, value: x[1]! / h0}], REPEATED);
	};
	const points = (result: ReturnType<typeof simulate>, list: readonly JointObservation[]): FittedPoint[] =>
		list.map((o) => {
			const simulated = simulatedValue(scenario, result, o);
			return {...o, simulated, error: simulated - o.value};
		});
	const loss = (x: readonly number[]) => points(run(x), spec.observations).reduce((s, p) => s + p.error * p.error, 0);
	const bounds = [spec.bounds, spec.baseHukouRate] as const;
	const current = simulate(scenario, [], {skipMonitoring: true}).province['hukouUrbanizationRate']![0]!;
	const start = [(spec.bounds[0] + spec.bounds[1]) / 2, Math.min(spec.baseHukouRate[1], Math.max(spec.baseHukouRate[0], current))];
	const best = minimize(loss, bounds, {start, step: 0.2, fTolerance: 1e-16, xTolerance: 1e-7, maxEvaluations: 600});
	const result = run(best.x);
	const fitted = points(result, spec.observations);
	const backtest = points(result, spec.backtest ?? []);
	const sq = fitted.reduce((s, p) => s + p.error * p.error, 0);
	return {
		parameter: spec.parameter,
		value: best.x[0]!,
		baseHukouRate: best.x[1]!,
		scenarioBaseHukouRate: current,
		urbanHukouScale: best.x[1]! / h0,
		fitted,
		backtest,
		rmse: Math.sqrt(sq / Math.max(1, fitted.length)),
		maxAbsError: fitted.reduce((m, p) => Math.max(m, Math.abs(p.error)), 0),
		runs,
		converged: best.converged,
	};
}
