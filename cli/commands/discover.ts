/**
 * `hukou-sim discover DIR --outcome NAME [--below X | --above X]`: scenario discovery with PRIM
 * (Friedman & Fisher 1999, as the EMA Workbench) over a finished sweep: in which box of the inputs
 * and levers do the runs of interest (e.g. the 37% target missed) concentrate?
 */
import type {ArgumentsCamelCase, Argv, CommandModule} from 'yargs';
import {discover, type DiscoverOptions} from '../sweep/discovery.js';
import {guarded} from '../sweep/errors.js';
import {catalogued} from './catalogue.js';
import {out} from '../terminal.js';

type DiscoverArgs = Omit<DiscoverOptions, 'format'> & {format: string};

export const discoverCommand: CommandModule<object, DiscoverArgs> = {
	...catalogued('discover'),
	builder: (y: Argv) =>
		y
			.positional('dir', {type: 'string', describe: 'the --out folder of a finished sweep or merge'})
			.option('inputs', {type: 'string', describe: 'external data: CSV of inputs, a header naming each input of --problem'})
			.option('outputs', {type: 'string', describe: 'external data: CSV of outputs, one column per outcome, same rows'})
			.option('problem', {type: 'string', describe: 'external data: YAML with inputs: [{name, dist}] (or SALib names: and bounds:)'})
			.option('outcome', {type: 'string', demandOption: true, describe: 'a 0/1 outcome (cases: 1), or any outcome with --below/--above'})
			.option('below', {type: 'number', describe: 'cases of interest: outcome < X'})
			.option('above', {type: 'number', describe: 'cases of interest: outcome > X'})
			.option('threshold', {type: 'number', describe: 'smallest density for a box to be kept (default 0.8)'})
			.option('peel-alpha', {type: 'number', describe: 'share of the box peeled per step (default 0.05)'})
			.option('paste-alpha', {type: 'number', describe: 'share pasted back per step (default 0.05)'})
			.option('mass-min', {type: 'number', describe: 'smallest share of runs in a box (default 0.05)'})
			.option('max-boxes', {type: 'number', describe: 'at most this many boxes (default 5)'})
			.option('format', {type: 'string', choices: ['table', 'json'], default: 'table'})
			.example('$0 discover out/mc --outcome hukouRate2020 --below 0.37', 'where does the 37% target fail?')
			.example('$0 discover out/mc --outcome target37Met --below 1 --format json', 'the same with the 0/1 outcome, as JSON')
			.example('$0 discover --inputs X.csv --outputs Y.csv --problem problem.yaml --outcome cost --above 100', 'runs of your own model') as unknown as Argv<DiscoverArgs>,
	handler: (argv: ArgumentsCamelCase<DiscoverArgs>) =>
		guarded(async () => {
			const o: DiscoverOptions = {outcome: argv.outcome, format: argv.format === 'json' ? 'json' : 'table'};
			for (const key of ['dir', 'inputs', 'outputs', 'problem'] as const) if (argv[key] !== undefined) o[key] = argv[key];
			for (const key of ['below', 'above', 'threshold', 'peelAlpha', 'pasteAlpha', 'massMin', 'maxBoxes'] as const) if (argv[key] !== undefined) o[key] = argv[key];
			out((await discover(o)).stdout);
		}),
};

export default discoverCommand;
