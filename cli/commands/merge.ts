/** `hukou-sim merge DIR… --out DIR`: join the shards of a `sweep --shard i/n` and analyse the whole. */
import type {ArgumentsCamelCase, Argv, CommandModule} from 'yargs';
import {inputAt, registerInput} from '../../src/io/inputs.js';
import {UsageError} from '../errors.js';
import {guarded} from '../sweep/errors.js';
import {reportFailedRuns} from '../sweep/exit-status.js';
import {mergeSweep} from '../sweep/merge-sweep.js';
import {catalogued} from './catalogue.js';
import {out} from '../terminal.js';

interface MergeArgs {
	dirs: string[];
	out: string;
	format: string;
	analyze: boolean;
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
	...catalogued('merge'),
	builder: (y: Argv) =>
		y
			.positional('dirs', {type: 'string', array: true, describe: 'the shard output directories, in any order'})
			.option('out', {type: 'string', demandOption: true, describe: 'directory for the merged runs.csv, indices.csv, metadata.json'})
			.option('format', {type: 'string', choices: ['table', 'json'], default: 'table'})
			.option('analyze', {type: 'boolean', default: true, describe: 'analyse the merged sweep (--no-analyze: only join and check the runs; memory flat in the number of runs)'})
			.example('$0 merge out/shard-1 out/shard-2 out/shard-3 --out out/all', 'join, check each shard (rows, sha256, code) and analyse')
			.epilog('Exit status: 0 done; 2 a shard missing, cut short, from another sweep or another build; 3 done, but some runs failed (listed in metadata.json); 1 a fault of the tool.') as unknown as Argv<MergeArgs>,
	handler: (argv: ArgumentsCamelCase<MergeArgs>) =>
		guarded(async () => {
			for (const dir of argv.dirs) registerInput(dir, 'shard folder');
			// The merged sweep must not be written into one of the shards it reads.
			const shard = inputAt(argv.out);
			if (shard) throw new UsageError(`--out ${argv.out} is a ${shard.role} this command reads`, 'merge into a new folder, e.g. --out out/all; nothing was written');
			const result = await mergeSweep(argv.dirs, argv.out, argv.format === 'json' ? 'json' : 'table', process.argv.slice(2), argv.analyze);
			reportFailedRuns(result, argv.out);
			out(result.stdout);
		}),
};

export default mergeCommand;
