/**
 * `hukou-sim analyze DIR` re-analyses a finished sweep folder (any compatible method, other
 * bootstrap options, some outcomes, convergence over the sample size) without running the model;
 * `hukou-sim analyze --inputs X.csv --outputs Y.csv --problem P.yaml` analyses runs made elsewhere.
 */
import type {ArgumentsCamelCase, Argv, CommandModule} from 'yargs';
import {ANALYZER_NAMES} from '../../src/sensitivity/index.js';
import {guarded} from '../sweep/errors.js';
import {reanalyze, type ReanalyzeOptions} from '../sweep/reanalyze.js';
import {catalogued} from './catalogue.js';
import {out} from '../terminal.js';

type AnalyzeArgs = Omit<ReanalyzeOptions, 'format'> & {format: string};

export const analyzeCommand: CommandModule<object, AnalyzeArgs> = {
	...catalogued('analyze'),
	builder: (y: Argv) =>
		y
			.positional('dir', {type: 'string', describe: 'the --out folder of a finished sweep or merge (metadata.json, runs.csv)'})
			.option('analyze', {type: 'string', choices: [...ANALYZER_NAMES], describe: "analysis (default: the sweep's own; for external data: mc)"})
			.option('resamples', {type: 'number', describe: 'bootstrap resamples (default 100; 1000 for morris)'})
			.option('conf-level', {type: 'number', describe: 'confidence level of the intervals (default 0.95)'})
			.option('outcome', {type: 'string', array: true, describe: 'only these outcomes (repeat the option)'})
			.option('seed', {type: 'number', describe: "seed of the bootstrap (default: the sweep's seed, or 42)"})
			.option('convergence', {type: 'boolean', default: false, describe: 'also each index over growing parts of the sample (table, chart, convergence.csv)'})
			.option('inputs', {type: 'string', describe: 'external data: CSV of inputs, a header naming each input of --problem'})
			.option('outputs', {type: 'string', describe: 'external data: CSV of outputs, one column per outcome, same rows'})
			.option('problem', {type: 'string', describe: 'external data: YAML with inputs: [{name, dist}] (or SALib names: and bounds:)'})
			.option('sampler', {type: 'string', choices: ['csv', 'saltelli', 'morris'], describe: "external data: the design (csv = any random sample; saltelli rows in SALib's order; morris trajectories)"})
			.option('second-order', {type: 'boolean', describe: 'external saltelli data: rows hold the second-order blocks (N·(2k+2))'})
			.option('levels', {type: 'number', describe: 'external morris data: grid levels p (default 4)'})
			.option('format', {type: 'string', choices: ['table', 'json'], default: 'table'})
			.option('out', {type: 'string', describe: 'also write indices.csv (and convergence.csv) to this folder (not the sweep folder)'})
			.example('$0 analyze sweep-out --analyze prcc --resamples 500 --conf-level 0.9', 'another analysis of a finished sweep')
			.example('$0 analyze out/lhs --analyze rbd-fast --outcome hukouRate2020 --convergence', 'RBD-FAST of one outcome, and how it converges')
			.example('$0 analyze --inputs X.csv --outputs Y.csv --problem problem.yaml --analyze delta', 'runs of your own model') as unknown as Argv<AnalyzeArgs>,
	handler: (argv: ArgumentsCamelCase<AnalyzeArgs>) =>
		guarded(async () => {
			const o: ReanalyzeOptions = {format: argv.format === 'json' ? 'json' : 'table'};
			for (const key of ['dir', 'inputs', 'outputs', 'problem', 'sampler', 'secondOrder', 'levels', 'analyze', 'resamples', 'confLevel', 'seed', 'outcome', 'convergence', 'out'] as const) {
				if (argv[key] !== undefined) (o as unknown as Record<string, unknown>)[key] = argv[key];
			}
			out((await reanalyze(o)).stdout);
		}),
};

export default analyzeCommand;
