/**
 * Calibrate one parameter (held constant over the years) so that province figures match
 * observations, by golden-section search on the sum of squared errors. The baseline's take-up is
 * calibrated this way to the observed hukou urbanisation of 2017 and 2018 (DESIGN §5 backtest).
 */
import type {CompiledScenario} from '../scenario/compile.js';
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

export function calibrate(scenario: CompiledScenario, parameter: string, observations: readonly Observation[], bounds: readonly [number, number], tolerance = 1e-6): CalibrationResult {
	let runs = 0;
	const fit = (value: number) => {
		runs++;
		const result = simulate(scenario, [{parameter, value}], {skipMonitoring: true});
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
