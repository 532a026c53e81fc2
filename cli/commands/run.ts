/** `hukou-sim run <scenario>`: run one scenario and show or write the result. */
import type {CommandModule} from 'yargs';
import {simulate, toRunJson} from '../../src/index.js';
import type {LandUnit} from '../../src/format/display-unit.js';
import {landUnitOption, langOption, openWithWarnings, scenarioPositional} from '../common-options.js';
import {UsageError} from '../errors.js';
import {emit, outputFormat} from '../output.js';
import {displayPath} from '../paths.js';
import {runCsv} from '../views/run-csv.js';
import {printRunWarnings} from '../views/bound-warnings.js';
import {runSummary} from '../views/run-summary.js';
import {catalogued} from './catalogue.js';

interface RunArgs {
	scenario: string;
	format?: 'table' | 'json' | 'csv' | 'xlsx';
	out?: string;
	year?: number;
	lang: 'zh' | 'en' | 'both';
	landUnit: LandUnit;
}

export const runCommand: CommandModule<object, RunArgs> = {
	...catalogued('run'),
	builder: (y) =>
		landUnitOption(langOption(scenarioPositional(y)))
			.option('format', {choices: ['table', 'json', 'csv', 'xlsx'] as const, describe: 'default: from the --out extension (.json .csv .xlsx), else table (readable), json (the run contract), csv (one row per unit and year), xlsx (a workbook, needs --out)'})
			.option('out', {type: 'string', describe: 'write to this file instead of stdout (atomically)'})
			.option('year', {type: 'number', describe: 'year of the per-unit table (default: the last year)'})
			.example('$0 run', 'the Henan baseline, as a table')
			.example('$0 run scenarios/henan-2017-town-tilt.yaml --year 2018 --lang en', 'an alternative, 2018 city table in English')
			.example('$0 run scenarios/henan-2017.yaml --format json --out out/baseline.json', 'the full result as JSON')
			.example('$0 run --format xlsx --out out/baseline.xlsx', 'a workbook: province, units, programs, 测算表 per program, targets, parameters')
			.example('$0 run --land-unit 10k-mu', 'land in 万亩') as never,
	handler: async (args) => {
		const format = outputFormat(args.format, args.out, ['table', 'json', 'csv', 'xlsx'], 'table');
		const scenario = openWithWarnings(args.scenario);
		if (args.year !== undefined && !scenario.years.includes(args.year)) {
			throw new UsageError(`--year ${args.year} is outside the scenario's years ${scenario.years[0]}–${scenario.years.at(-1)}`, `pick a year between ${scenario.years[0]} and ${scenario.years.at(-1)}`);
		}
		const result = simulate(scenario);
		printRunWarnings(scenario, result, {lang: args.lang});
		const file = displayPath(scenario.file);
		if (format === 'json') emit(`${JSON.stringify(toRunJson(scenario, result, file), null, 1)}\n`, args.out);
		else if (format === 'csv') emit(runCsv(scenario, result), args.out);
		else if (format === 'xlsx') emit(await (await import('../../src/xlsx/index.js')).writeRunXlsx(scenario, result, {land: args.landUnit}), args.out);
		else emit(runSummary(scenario, result, {lang: args.lang, year: args.year, file, land: args.landUnit}), args.out);
	},
};
