/** `hukou-sim merge DIR… --out DIR`: join the shards of a `sweep --shard i/n` and analyse the whole. */
import type {ArgumentsCamelCase, Argv, CommandModule} from 'yargs';
import {guarded} from '../sweep/errors.js';
import {mergeSweep} from '../sweep/run-sweep.js';
import {catalogued} from './catalogue.js';

interface MergeArgs {
	dirs: string[];
	out: string;
	format: string;
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
	...catalogued('merge'),
	builder: (y: Argv) =>
		y
			.positional('dirs', {type: 'string', array: true, describe: 'the shard output directories, in any order'})
			.option('out', {type: 'string', demandOption: true, describe: 'directory for the merged runs.csv, indices.csv, metadata.json'})
			.option('format', {type: 'string', choices: ['table', 'json'], default: 'table'})
			.example('$0 merge out/shard-1 out/shard-2 out/shard-3 --out out/all', '') as unknown as Argv<MergeArgs>,
	handler: (argv: ArgumentsCamelCase<MergeArgs>) =>
		guarded(async () => {
			const result = await mergeSweep(argv.dirs, argv.out, argv.format === 'json' ? 'json' : 'table', process.argv.slice(2));
			process.stdout.write(result.stdout);
		}),
};

export default mergeCommand;
