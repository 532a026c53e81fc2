/** `hukou-sim compare <base> <alt…>`: what each alternative changes against the base, for whom, and by how much. */
import type {CommandModule} from 'yargs';
import {compareRuns, comparisonCsv, IncomparableError, type Comparison, type ScenarioRun} from '../../src/compare/index.js';
import {simulate} from '../../src/index.js';
import type {LandUnit} from '../../src/format/display-unit.js';
import {landUnitOption, langOption, openWithWarnings} from '../common-options.js';
import {UsageError} from '../errors.js';
import {emit, outputFormat} from '../output.js';
import {displayPath} from '../paths.js';
import {compareTable} from '../views/compare-table.js';
import {boundChanges, comparisonWarnings, type BoundChange} from '../../src/allocation/compare-bounds.js';
import {boundChangesText} from '../views/bound-changes.js';
import {printRunWarnings, printWarnings} from '../views/bound-warnings.js';
import {label, type Lang} from '../views/labels.js';
import {catalogued} from './catalogue.js';

interface CompareArgs {
	base: string;
	alts: string[];
	format?: 'table' | 'json' | 'csv' | 'xlsx';
	out?: string;
	year?: number[];
	series?: string[];
	lang: Lang;
	landUnit: LandUnit;
}

export const compareCommand: CommandModule<object, CompareArgs> = {
	...catalogued('compare'),
	builder: (y) =>
		landUnitOption(langOption(
			y
				.positional('base', {type: 'string', describe: 'the base scenario YAML'})
				.positional('alts', {type: 'string', array: true, describe: 'one or more alternative scenario YAML files'}),
		))
			.option('format', {choices: ['table', 'json', 'csv', 'xlsx'] as const, describe: 'default: from the --out extension (.json .csv .xlsx), else table (readable), json ({changedParameters, deltas, programs, targets}; an array for several alternatives), csv (long: one row per unit, series, year), xlsx (needs --out)'})
			.option('out', {type: 'string', describe: 'write to this file instead of stdout (atomically)'})
			.option('year', {type: 'number', array: true, describe: 'only these years (the table shows units for the first)'})
			.option('series', {type: 'string', array: true, describe: 'only these series (names as in run --format json)'})
			.example('$0 compare scenarios/henan-2017.yaml scenarios/henan-2017-town-tilt.yaml', 'what the town tilt changes, who gains and who loses')
			.example('$0 compare scenarios/henan-2017.yaml scenarios/henan-2017-land-cap.yaml --series landQuotaGranted landQuotaShortfall --year 2018', 'the land cap in 2018')
			.example('$0 compare scenarios/henan-2017.yaml scenarios/henan-2017-town-tilt.yaml --format xlsx --out out/compare.xlsx', 'a workbook for colleagues') as never,
	handler: async (args) => {
		const format = outputFormat(args.format, args.out, ['table', 'json', 'csv', 'xlsx'], 'table');
		const open = (file: string): ScenarioRun => {
			const scenario = openWithWarnings(file);
			const result = simulate(scenario);
			printRunWarnings(scenario, result, {lang: args.lang});
			return {scenario, result, file: displayPath(scenario.file)};
		};
		const base = open(args.base);
		let comparisons: Comparison[];
		const changes: BoundChange[][] = [];
		try {
			comparisons = args.alts.map((file) => {
				const alt = open(file);
				const c = compareRuns(base, alt, {years: args.year, series: args.series});
				changes.push(boundChanges(base, alt, c));
				return c;
			});
		} catch (error) {
			if (error instanceof IncomparableError) throw new UsageError(error.message, error.hint);
			throw error;
		}
		printWarnings(changes.flatMap(comparisonWarnings), args.lang);
		if (format === 'json') {
			const body = comparisons.length === 1 ? comparisons[0] : comparisons;
			emit(`${JSON.stringify(body, null, 1)}\n`, args.out);
		} else if (format === 'csv') emit(comparisonCsv(comparisons), args.out);
		// exceljs is loaded only when a workbook is asked for.
		else if (format === 'xlsx') emit(await (await import('../../src/xlsx/index.js')).writeCompareXlsx(comparisons, {land: args.landUnit}), args.out);
		else {
			const names = new Map(base.result.units.map((u) => [u.id, label(u.name_zh, u.name_en, args.lang)]));
			const measureOf = (id: string) => base.scenario.parameterInfo.get(id)?.def?.measure;
			emit(comparisons.map((c, k) => compareTable(c, {lang: args.lang, unitYear: args.year?.[0], series: args.series, land: args.landUnit}) + boundChangesText(changes[k]!, names, args.lang, measureOf)).join('\n'), args.out);
		}
	},
};
