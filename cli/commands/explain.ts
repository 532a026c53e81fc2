/** `hukou-sim explain <scenario> --unit U --year Y --series S`: the calculation tree behind one number. */
import type {CommandModule} from 'yargs';
import {explain, ExplainError} from '../../src/explain/index.js';
import {simulate} from '../../src/index.js';
import {langOption, openWithWarnings, scenarioPositional} from '../common-options.js';
import {UsageError} from '../errors.js';
import {emit, outputFormat} from '../output.js';
import {explainTree} from '../views/explain-tree.js';
import {label, type Lang} from '../views/labels.js';
import {catalogued} from './catalogue.js';

interface ExplainArgs {
	scenario: string;
	unit: string;
	year: number;
	series: string;
	depth?: number;
	format?: 'tree' | 'json';
	out?: string;
	lang: Lang;
}

export const explainCommand: CommandModule<object, ExplainArgs> = {
	...catalogued('explain'),
	builder: (y) =>
		langOption(scenarioPositional(y))
			.option('unit', {type: 'string', demandOption: true, describe: 'unit id (e.g. zhengzhou), its name, or province'})
			.option('year', {type: 'number', demandOption: true, describe: 'year'})
			.option('series', {type: 'string', demandOption: true, describe: 'series name, as in run --format json (e.g. landQuotaGranted)'})
			.option('depth', {type: 'number', describe: 'levels of series expanded below the number (default 2; province 0 = per-unit values)'})
			.option('format', {choices: ['tree', 'json'] as const, describe: 'default: json for an --out ending in .json, else tree'})
			.option('out', {type: 'string', describe: 'write to this file instead of stdout'})
			.example('$0 explain --unit zhengzhou --year 2018 --series landQuotaGranted', "Zhengzhou's 2018 land quota")
			.example('$0 explain scenarios/henan-2017-town-tilt.yaml --unit zhoukou --year 2019 --series centralReward --depth 1', 'how the reward fund reached Zhoukou')
			.example('$0 explain --unit province --year 2020 --series settled', 'a province total with each unit’s contribution') as never,
	handler: (args) => {
		if (args.depth !== undefined && (!Number.isInteger(args.depth) || args.depth < 0)) throw new UsageError(`--depth ${args.depth} is not a whole number ≥ 0`);
		const format = outputFormat(args.format, args.out, ['tree', 'json'], 'tree');
		const scenario = openWithWarnings(args.scenario);
		const result = simulate(scenario);
		let e;
		try {
			e = explain(scenario, result, {series: args.series, unit: args.unit, year: args.year, depth: args.depth});
		} catch (error) {
			if (error instanceof ExplainError) throw new UsageError(error.message, error.hint);
			throw error;
		}
		if (format === 'json') {
			emit(`${JSON.stringify({scenario: scenario.file, series: e.series, unit: e.unit, year: e.year, value: e.tree.value, runValue: e.runValue, tree: e.tree}, (_k, v) => (v === Infinity ? 'Infinity' : v), 1)}\n`, args.out);
			return;
		}
		const info = result.units.find((x) => x.id === e.unit);
		const unitName = info ? label(info.name_zh, info.name_en, args.lang) : label('全省', 'Province', args.lang);
		emit(explainTree(e, args.lang, unitName, new Map(result.units.map((x) => [x.id, label(x.name_zh, x.name_en, args.lang)]))), args.out);
	},
};
