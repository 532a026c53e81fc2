/**
 * `hukou-sim scale <scenario> --unit U --year Y --settled FROM:TO:N`: how a unit's transfers,
 * subsidies and land respond to the number of people it settles in one year (issue 7), the rest of
 * the province responding through the shared pools. Also `--factor` (multiples of the scenario's own
 * settlement), `--delta` (settlers added to it) and `--unit province` (every unit together).
 */
import type {CommandModule} from 'yargs';
import {didYouMean} from '../../src/errors/did-you-mean.js';
import {ownSettlement, parseRange, PROVINCE, scaleCurve, ScaleRequestError, settledValues, toScaleJson} from '../../src/scale/index.js';
import {langOption, openWithWarnings, scenarioPositional} from '../common-options.js';
import {UsageError} from '../errors.js';
import {emit, outputFormat} from '../output.js';
import {displayPath} from '../paths.js';
import {scaleCsv} from '../views/scale-csv.js';
import {scaleTable} from '../views/scale-table.js';
import {catalogued} from './catalogue.js';

interface ScaleArgs {
	scenario: string;
	unit: string;
	year?: number;
	settled?: string;
	factor?: string;
	delta?: string;
	format?: 'table' | 'json' | 'csv';
	out?: string;
	lang: 'zh' | 'en' | 'both';
	tolerance: number;
	refine: boolean;
	chart: string[];
}

export const scaleCommand: CommandModule<object, ScaleArgs> = {
	...catalogued('scale'),
	builder: (y) =>
		langOption(scenarioPositional(y))
			.option('unit', {type: 'string', demandOption: true, describe: 'unit id (e.g. zhengzhou), or "province" to scale every unit together'})
			.option('year', {type: 'number', describe: 'year whose settlement is forced (default: the first year after the base year)'})
			.option('settled', {type: 'string', describe: 'FROM:TO:N — N points of settlers from FROM to TO (persons; 1e5, 100k, 10万 accepted)'})
			.option('factor', {type: 'string', describe: 'FROM:TO:N — multiples of the scenario’s own settlement (e.g. 0:2:21)'})
			.option('delta', {type: 'string', describe: 'FROM:TO:N — settlers added to the scenario’s own settlement (e.g. 0:100000:5)'})
			.conflicts('settled', ['factor', 'delta'])
			.conflicts('factor', 'delta')
			.option('format', {choices: ['table', 'json', 'csv'] as const, describe: 'default: from the --out extension (.json .csv), else table (readable, with a chart), json, csv'})
			.option('out', {type: 'string', describe: 'write to this file instead of stdout (atomically)'})
			.option('tolerance', {type: 'number', default: 0.05, describe: 'relative change of slope between neighbouring intervals that counts as a bend'})
			.option('refine', {type: 'boolean', default: true, describe: 'locate thresholds, caps and tiers by bisection (--no-refine: only at the points)'})
			.option('chart', {type: 'array', string: true, default: ['transfers', 'infraSubsidy'], describe: 'series drawn in the text chart (same unit), e.g. --chart landQuotaNeed'})
			.example('$0 scale --unit zhengzhou --year 2018 --delta 0:100000:5', 'Zhengzhou settling up to 100,000 more people in 2018')
			.example('$0 scale --unit kaifeng --year 2018 --settled 0:200000:41 --format json --out out/kaifeng.json', 'a 41-point curve as JSON')
			.example('$0 scale --unit province --year 2017 --factor 0.5:1.5:11', 'every unit together, 50%–150% of the scenario')
			.epilog('Without --settled/--factor/--delta the scan is --factor 0:2:21. Amounts in 亿元, 公顷, 万人 in the table; yuan, m², persons in JSON/CSV.') as never,
	handler: (args) => {
		const format = outputFormat(args.format, args.out, ['table', 'json', 'csv'], 'table');
		const scenario = openWithWarnings(args.scenario);
		const ids = scenario.units.ids;
		if (args.unit !== PROVINCE && !ids.includes(args.unit)) {
			throw new UsageError(`--unit ${args.unit} is not a unit of ${displayPath(scenario.file)}`, didYouMean(args.unit, [...ids, PROVINCE]) ?? `one of: ${ids.join(', ')}, province`);
		}
		const year = args.year ?? scenario.years[1]!;
		try {
			const kind = args.settled !== undefined ? 'settled' : args.delta !== undefined ? 'delta' : 'factor';
			const range = parseRange(args[kind] ?? '0:2:21', `--${kind}`);
			const own = ownSettlement(scenario, {unit: args.unit, year});
			const settled = settledValues(kind, range, own);
			const curve = scaleCurve(scenario, {unit: args.unit, year, settled, tolerance: args.tolerance, refine: args.refine});
			if (format === 'json') emit(`${JSON.stringify(toScaleJson(curve), null, 1)}\n`, args.out);
			else if (format === 'csv') emit(scaleCsv(curve), args.out);
			else emit(scaleTable(curve, {lang: args.lang, file: displayPath(scenario.file), chart: args.chart}), args.out);
		} catch (error) {
			if (error instanceof ScaleRequestError) throw new UsageError(error.message, error.hint);
			throw error;
		}
	},
};
