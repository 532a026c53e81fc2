/** `hukou-sim report <scenario> [--compare <alt>] --out report.html`: one self-contained HTML report. */
import type {CommandModule} from 'yargs';
import {compareRuns, IncomparableError} from '../../src/compare/index.js';
import {simulate} from '../../src/index.js';
import {buildReport} from '../../src/report/index.js';
import {ownSettlement, scaleCurve, ScaleRequestError} from '../../src/scale/index.js';
import {langOption, openWithWarnings, scenarioPositional} from '../common-options.js';
import {UsageError} from '../errors.js';
import {emit, outputFormat} from '../output.js';
import {displayPath} from '../paths.js';
import {boundChanges, comparisonWarnings as boundWarnings} from '../../src/allocation/compare-bounds.js';
import {printRunWarnings, printWarnings} from '../views/bound-warnings.js';
import type {Lang} from '../views/labels.js';
import {catalogued} from './catalogue.js';

interface ReportArgs {
	scenario: string;
	compare?: string;
	scale?: string[];
	out: string;
	lang: Lang;
}

export const reportCommand: CommandModule<object, ReportArgs> = {
	...catalogued('report'),
	builder: (y) =>
		langOption(scenarioPositional(y))
			.option('compare', {type: 'string', describe: 'an alternative scenario to compare with'})
			.option('scale', {type: 'string', array: true, describe: 'add the scaling curve of UNIT:YEAR (0 to 2× its own settlement), e.g. zhengzhou:2018'})
			.option('out', {type: 'string', demandOption: true, describe: 'the HTML file to write (opens offline in any browser)'})
			.example('$0 report --scale zhengzhou:2018 --scale zhoukou:2018 --out out/scaling.html', 'with two scaling curves')
			.example('$0 report --out out/report.html', 'the baseline report')
			.example('$0 report scenarios/henan-2017.yaml --compare scenarios/henan-2017-town-tilt.yaml --out out/town-tilt.html --lang zh', 'with the town-tilt comparison, in Chinese') as never,
	handler: (args) => {
		outputFormat<'html'>(undefined, args.out, ['html'], 'html');
		const scenario = openWithWarnings(args.scenario);
		const result = simulate(scenario);
		printRunWarnings(scenario, result, {lang: args.lang});
		const file = displayPath(scenario.file);
		let comparison;
		let comparisonWarnings;
		if (args.compare) {
			const alt = openWithWarnings(args.compare);
			try {
				const altRun = {scenario: alt, result: simulate(alt), file: displayPath(alt.file)};
				comparison = compareRuns({scenario, result, file}, altRun);
				comparisonWarnings = boundWarnings(boundChanges({scenario, result, file}, altRun, comparison));
				printWarnings(comparisonWarnings, args.lang);
			} catch (error) {
				if (error instanceof IncomparableError) throw new UsageError(error.message, error.hint);
				throw error;
			}
		}
		const scaling = (args.scale ?? []).map((spec) => {
			const [unit, year] = spec.split(':');
			if (!unit || !year || !Number.isInteger(Number(year))) throw new UsageError(`--scale ${spec}: expected UNIT:YEAR`, 'e.g. --scale zhengzhou:2018');
			try {
				const own = ownSettlement(scenario, {unit, year: Number(year)});
				return scaleCurve(scenario, {unit, year: Number(year), settled: Array.from({length: 21}, (_, i) => (own * i) / 10)});
			} catch (error) {
				if (error instanceof ScaleRequestError) throw new UsageError(error.message, error.hint);
				throw error;
			}
		});
		emit(buildReport({scenario, result, file, comparison, comparisonWarnings, scaling, lang: args.lang}), args.out);
	},
};
