/** `hukou-sim calibrate <scenario>`: fit the scenario's calibration parameter to its observations. */
import type {CommandModule} from 'yargs';
import {calibrate} from '../../src/engine/calibrate.js';
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
			.example('$0 calibrate', 'the take-up that reproduces Henan 2017 and 2018 hukou urbanisation') as never,
	handler: (args) => {
		const scenario = openWithWarnings(args.scenario);
		const spec = scenario.data.calibration;
		if (!spec) throw new UsageError('the scenario has no calibration section', 'add calibration: {parameter, bounds, observations} (see scenarios/henan-2017.yaml)');
		if (!scenario.parameters.has(spec.parameter)) throw new UsageError(`calibration.parameter "${spec.parameter}" is not a parameter of the scenario`);
		const result = calibrate(scenario, spec.parameter, spec.observations, spec.bounds);
		if (args.format === 'json') {
			out(`${JSON.stringify(result, null, 1)}\n`);
			return;
		}
		out(`${spec.parameter} = ${result.value.toFixed(4)} (${result.runs} runs)\n\n`);
		out(
			`${renderTable(
				['year 年份', 'series 指标', 'observed 观测', 'simulated 模拟', 'error 误差'],
				result.fitted.map((f) => [String(f.year), f.series, f.value.toFixed(4), f.simulated.toFixed(4), `${f.error >= 0 ? '+' : ''}${(f.error * 100).toFixed(2)} pts`]),
			)}\n`,
		);
	},
};
