/**
 * `hukou-sim calibrate <scenario>`: fit the scenario's calibration parameter to its observations, and
 * (when the scenario declares `calibration.joint`) the base-year hukou rate and the parameter together
 * on more years, with an out-of-sample backtest table (`calibration.backtest`). Nothing is written:
 * the fitted values are reported, and a user applies them in the scenario.
 */
import type {CommandModule} from 'yargs';
import {calibrate, calibrateJoint, type FittedPoint, type JointObservation} from '../../src/engine/calibrate.js';
import type {CompiledScenario} from '../../src/scenario/compile.js';
import {openWithWarnings, scenarioPositional} from '../common-options.js';
import {UsageError} from '../errors.js';
import {renderTable} from '../format/table.js';
import {catalogued} from './catalogue.js';
import {out} from '../terminal.js';

interface CalibrateArgs {
	scenario: string;
	format: 'table' | 'json';
}

export const calibrateCommand: CommandModule<object, CalibrateArgs> = {
	...catalogued('calibrate'),
	builder: (y) =>
		scenarioPositional(y)
			.option('format', {choices: ['table', 'json'] as const, default: 'table' as const})
			.example('$0 calibrate', 'the take-up that reproduces Henan 2017 and 2018 hukou urbanisation, the joint fit with the base-year rate, and the backtest') as never,
	handler: (args) => {
		const scenario = openWithWarnings(args.scenario);
		const spec = scenario.data.calibration;
		if (!spec) throw new UsageError('the scenario has no calibration section', 'add calibration: {parameter, bounds, observations} (see scenarios/henan-2017.yaml)');
		if (!scenario.parameters.has(spec.parameter)) throw new UsageError(`calibration.parameter "${spec.parameter}" is not a parameter of the scenario`);
		checkObservations(scenario, 'calibration.observations', spec.observations);
		if (spec.joint) checkObservations(scenario, 'calibration.joint.observations', spec.joint.observations);
		if (spec.backtest) checkObservations(scenario, 'calibration.backtest', spec.backtest);
		const result = calibrate(scenario, spec.parameter, spec.observations, spec.bounds);
		const joint = spec.joint
			? calibrateJoint(scenario, {parameter: spec.parameter, bounds: spec.bounds, baseHukouRate: spec.joint.baseHukouRate, observations: spec.joint.observations, backtest: spec.backtest ?? []})
			: undefined;
		if (args.format === 'json') {
			out(`${JSON.stringify({...result, ...(joint ? {joint} : {})}, null, 1)}\n`);
			return;
		}
		out(`${spec.parameter} = ${result.value.toFixed(4)} (${result.runs} runs, golden-section on ${spec.observations.length} points)\n\n`);
		out(`${pointsTable(result.fitted)}\n`);
		if (!joint) return;
		out(
			`\njoint fit 联合校准 (Nelder–Mead, ${joint.runs} runs${joint.converged ? '' : ', NOT converged'}): ${spec.parameter} = ${joint.value.toFixed(4)}, ` +
				`base-year hukou rate 基年户籍人口城镇化率 = ${pct(joint.baseHukouRate)} (the scenario: ${pct(joint.scenarioBaseHukouRate)}; urbanHukouScale = ${joint.urbanHukouScale.toFixed(4)})\n`,
		);
		out(`fit 拟合: RMSE ${pts(joint.rmse)}, largest error ${pts(joint.maxAbsError)}\n\n${pointsTable(joint.fitted)}\n`);
		if (joint.backtest.length > 0) {
			out(`\nbacktest 回测 (out of sample, with the joint fit; ✱ = series break 统计口径变化, not comparable with the years before)\n\n${pointsTable(joint.backtest)}\n`);
		}
		out(`\nthe scenario is unchanged: set ${spec.parameter} and urbanHukouScale in its parameters to use the joint fit\n`);
	},
};

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
const pts = (v: number) => `${(v * 100).toFixed(3)} pts`;

/** Shares are shown as percentages and their errors in points; counts in 万人 and their errors in percent. */
function pointsTable(points: readonly FittedPoint[]): string {
	return renderTable(
		['year 年份', 'unit 地区', 'series 指标', 'observed 观测', 'simulated 模拟', 'error 误差', 'break 口径'],
		points.map((f) => {
			const share = Math.abs(f.value) <= 1;
			const fmt = (v: number) => (share ? pct(v) : `${(v / 1e4).toFixed(2)}万`);
			const err = share ? `${f.error >= 0 ? '+' : ''}${(f.error * 100).toFixed(2)} pts` : `${f.error >= 0 ? '+' : ''}${((f.error / f.value) * 100).toFixed(2)}%`;
			return [String(f.year), f.unit ?? 'province 全省', f.series, fmt(f.value), fmt(f.simulated), err, f.seriesBreak ? '✱' : f.inSample ? 'in-sample 样本内' : '—'];
		}),
	);
}

/** Every observation names a year of the run, a series of the scenario and (optionally) one of its units: all problems at once. */
function checkObservations(scenario: CompiledScenario, key: string, list: readonly JointObservation[]): void {
	const series = new Set(scenario.seriesInfo.map((s) => s.name));
	const problems: string[] = [];
	list.forEach((o, i) => {
		if (!scenario.years.includes(o.year)) problems.push(`${key}[${i}].year ${o.year} is outside the scenario's years ${scenario.years[0]}–${scenario.years.at(-1)}`);
		if (!series.has(o.series)) problems.push(`${key}[${i}].series "${o.series}" is not a series of the scenario`);
		if (o.unit !== undefined && !scenario.units.ids.includes(o.unit)) problems.push(`${key}[${i}].unit "${o.unit}" is not a unit of the scenario`);
	});
	if (problems.length > 0) throw new UsageError(problems.join('; '), 'hukou-sim explain --list shows the series; the unit ids are the first column of the unit table');
}
