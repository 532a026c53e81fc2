/**
 * `hukou-sim sweep <scenario>` (or `--model ishigami|sobol-g|linear`): sample the scenario's
 * uncertainties (crossed with its levers), run every sample on worker threads, and analyse the
 * outcomes. Outputs: DIR/runs.csv, DIR/indices.csv, DIR/metadata.json; the analysis on stdout.
 */
import type {ArgumentsCamelCase, Argv, CommandModule} from 'yargs';
import {ANALYZER_NAMES, SAMPLER_NAMES} from '../../src/sensitivity/index.js';
import {sweepConfig, type RawSweepArgs} from '../sweep/config.js';
import {guarded} from '../sweep/errors.js';
import {runSweep} from '../sweep/run-sweep.js';
import {reportFailedRuns} from '../sweep/exit-status.js';
import {UsageError} from '../errors.js';
import path from 'node:path';
import {catalogued} from './catalogue.js';
import {err, out} from '../terminal.js';

export const sweepCommand: CommandModule<object, RawSweepArgs> = {
	...catalogued('sweep'),
	builder: (y: Argv) =>
		y
			.positional('scenario', {type: 'string', describe: 'scenario YAML with uncertainties, levers and outcomes'})
			.option('model', {type: 'string', choices: ['ishigami', 'sobol-g', 'linear'], describe: 'a built-in analytic test model instead of a scenario'})
			.option('sampler', {type: 'string', choices: [...SAMPLER_NAMES], describe: 'sampling design (default: the one the analysis needs)'})
			.option('analyze', {type: 'string', choices: [...ANALYZER_NAMES], describe: 'analysis (default: sobol, or the one matching --sampler)'})
			.option('n', {alias: 'N', type: 'number', describe: 'runs (mc, lhs, sobol), base samples N (saltelli), trajectories (morris), levels (ff)'})
			.option('seed', {type: 'number', default: 42, describe: 'seed of every random draw'})
			.option('workers', {type: 'number', describe: 'worker threads beside the main thread (default: cores − 1, started once the batch proves longer than 3 s; 0 = the main thread alone)'})
			.option('out', {type: 'string', default: 'sweep-out', describe: 'output directory'})
			.option('format', {type: 'string', choices: ['table', 'json', 'xlsx'], default: 'table', describe: 'the analysis on stdout as a table or JSON; xlsx: OUT/sweep.xlsx with runs, indices and metadata'})
			.option('resume', {type: 'boolean', default: false, describe: 'continue an interrupted sweep in --out'})
			.option('shard', {type: 'string', describe: 'run only block i of n (e.g. 3/8); join with hukou-sim merge'})
			.option('second-order', {type: 'boolean', default: false, describe: 'saltelli: also second-order indices (N·(2k+2) runs)'})
			.option('levels', {type: 'number', describe: 'morris: grid levels p (even, default 4)'})
			.option('candidates', {type: 'number', describe: 'morris: draw this many trajectories and keep the -n most spread (Campolongo 2007)'})
			.option('resamples', {type: 'number', describe: 'bootstrap resamples (default 100 for sobol, 1000 for morris)'})
			.option('conf-level', {type: 'number', describe: 'confidence level of the intervals (default 0.95)'})
			.option('input', {type: 'string', describe: 'csv sampler: CSV with one column per uncertain input'})
			.option('levers', {type: 'boolean', default: true, describe: "cross the scenario's levers with the uncertainties (--no-levers: keep the scenario's values)"})
			.option('runs-format', {type: 'string', choices: ['csv', 'parquet'], default: 'csv', describe: 'runs.csv, or runs.parquet (pandas, polars, DuckDB)'})
			.option('outputs-only', {type: 'boolean', default: false, describe: 'store run, outcomes and error only; the inputs follow from seed + design (mc, sobol, saltelli)'})
			.option('chunk-size', {type: 'number', describe: 'runs per block sent to a worker (does not change results)'})
			.option('condition', {type: 'boolean', describe: "keep the runs that reproduce the scenario's calibration observations (ABC rejection; on by default when the scenario has them, --no-condition to turn off); reports runs kept and P(target met) among them"})
			.option('condition-tolerance', {type: 'number', describe: 'largest |simulated − observed| kept, or σ of --condition-method weights (default 0.002 = 0.2 points)'})
			.option('condition-method', {type: 'string', choices: ['rejection', 'weights'], describe: 'rejection (keep or drop) or Gaussian importance weights'})
			.option('condition-on', {type: 'string', choices: ['calibration', 'joint'], describe: "the calibration's observations (2017/2018) or the joint fit's (2017/2018/2020)"})
			.example('$0 sweep scenarios/henan-2017.yaml -n 1024', 'Sobol indices with 95% intervals')
			.example('$0 sweep scenarios/henan-2017.yaml --sampler mc -n 100000 --format json', 'probability that targets are met')
			.example('$0 sweep --model ishigami --sampler saltelli -n 4096', 'check the method on a closed form')
			.example('$0 sweep scenarios/henan-2017.yaml --sampler lhs -n 500 --analyze prcc --format xlsx --out out/lhs', 'a workbook for colleagues using Excel or WPS')
			.example('$0 sweep scenarios/henan-2017.yaml --sampler mc -n 1000000 --analyze mc --runs-format parquet --outputs-only --out out/mc', 'a million runs in runs.parquet, outcomes only')
			.epilog('Exit status: 0 done; 2 a mistake in the command or the scenario (nothing run); 3 done, but some runs failed (listed in metadata.json); 1 a fault of the tool.') as unknown as Argv<RawSweepArgs>,
	handler: (argv: ArgumentsCamelCase<RawSweepArgs>) =>
		guarded(async () => {
			const xlsx = argv.format === 'xlsx';
			const config = sweepConfig(xlsx ? {...argv, format: 'table'} : argv);
			if (xlsx && config.runsFormat !== 'csv') throw new UsageError('--format xlsx builds the workbook from runs.csv', 'drop --runs-format parquet, or read runs.parquet with pandas, polars or DuckDB');
			// --format xlsx: sweep.xlsx is committed with the folder (run-sweep.ts), so a failed sweep leaves none half-written.
			const result = await runSweep(xlsx ? {...config, workbook: true} : config, process.argv.slice(2));
			reportFailedRuns(result, config.out);
			if (!xlsx || result.unchanged) out(result.stdout);
			else err(`wrote ${path.join(config.out, 'sweep.xlsx')}\n`);
		}),
};

export default sweepCommand;
