/** `hukou-sim allocation [scenario] --program ID --year Y|all`: the factor-method table of one program (因素法测算表). */
import type {CommandModule} from 'yargs';
import {allocationCsv} from '../../src/allocation/csv.js';
import {allocationTable, programYearIndices, type AllocationTable} from '../../src/allocation/table.js';
import {simulate} from '../../src/index.js';
import {langOption, openWithWarnings, scenarioPositional} from '../common-options.js';
import {UsageError} from '../errors.js';
import {plainText} from '../../src/format/terminal-text.js';
import {emit, outputFormat} from '../output.js';
import {displayPath} from '../paths.js';
import {allocationTableText} from '../views/allocation-table.js';
import type {Lang} from '../views/labels.js';
import {printRunWarnings} from '../views/bound-warnings.js';
import {catalogued} from './catalogue.js';

interface AllocationArgs {
	scenario: string;
	program?: string;
	year?: string;
	format?: 'table' | 'csv' | 'xlsx' | 'json';
	out?: string;
	lang: Lang;
}

export const allocationCommand: CommandModule<object, AllocationArgs> = {
	...catalogued('allocation'),
	builder: (y) =>
		langOption(scenarioPositional(y))
			.option('program', {type: 'string', describe: 'program id (e.g. centralReward); without it the programs are listed'})
			.option('year', {type: 'string', describe: 'a year, or all (default: the last year)'})
			.option('format', {choices: ['table', 'csv', 'xlsx', 'json'] as const, describe: 'default: from the --out extension (.csv .xlsx .json), else table (readable); csv, xlsx (a sheet per year, needs --out), json ({program, year, pool, units, total}; an array for --year all)'})
			.option('out', {type: 'string', describe: 'write to this file instead of stdout (atomically)'})
			.example('$0 allocation --program centralReward --year 2018', 'the 2018 table of the central reward fund')
			.example('$0 allocation scenarios/henan-2017-town-tilt.yaml --program centralReward --year all --format xlsx --out out/central-reward.xlsx', 'every year, as a workbook to print')
			.example('$0 allocation --program infraCentral --year 2020 --format json', 'the table as JSON (amounts in yuan, published in 万元)') as never,
	handler: async (args) => {
		const format = outputFormat(args.format, args.out, ['table', 'csv', 'xlsx', 'json'], 'table');
		const scenario = openWithWarnings(args.scenario);
		const ids = scenario.programs.map((p) => `${p.id} (${plainText(p.name_zh)})`).join(', ');
		if (scenario.programs.length === 0) throw new UsageError(`${displayPath(scenario.file)} has no allocation programs`, 'programs are declared under programs: in the scenario (kind transfer, subsidy or perCapita)');
		if (!args.program) throw new UsageError('--program is missing', `the programs of this scenario: ${ids}`);
		const program = scenario.programs.find((p) => p.id === args.program || p.name_zh === args.program);
		if (!program) throw new UsageError(`--program ${JSON.stringify(args.program)} is not a program of ${scenario.file}`, `choose one of: ${ids}`);
		const result = simulate(scenario);
		const indices = yearIndices(args.year, result.years);
		const tables: AllocationTable[] = indices.map((t) => allocationTable(scenario, result, program.id, t));
		printRunWarnings(scenario, result, {programs: [program.id]});
		if (format === 'json') emit(`${JSON.stringify(tables.length === 1 && args.year !== 'all' ? tables[0] : tables, null, 1)}\n`, args.out);
		else if (format === 'csv') emit(allocationCsv(tables), args.out);
		else if (format === 'xlsx') emit(await (await import('../../src/xlsx/index.js')).writeAllocationXlsx(scenario, tables), args.out);
		else emit(tables.map((t) => allocationTableText(t, args.lang)).join('\n'), args.out);
	},
};

function yearIndices(year: string | undefined, years: readonly number[]): number[] {
	if (year === undefined) return [years.length - 1];
	if (year === 'all') return programYearIndices(years);
	const y = Number(year);
	const t = years.indexOf(y);
	if (!Number.isInteger(y) || t < 0) throw new UsageError(`--year ${year} is not a year of the scenario (${years[1]}–${years.at(-1)})`, `write a year between ${years[1]} and ${years.at(-1)}, or all`);
	if (t === 0) throw new UsageError(`--year ${year} is the base year: the programs start in ${years[1]}`, `write a year between ${years[1]} and ${years.at(-1)}, or all`);
	return [t];
}
