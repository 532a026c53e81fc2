/**
 * `hukou-sim start`, what `npm start` runs: the main job on the embedded baseline. In a terminal
 * it opens the interactive UI when that exists; otherwise (and whenever stdout is not a terminal)
 * it prints the run summary.
 */
import type {CommandModule} from 'yargs';
import {runCommand} from './run.js';

interface StartArgs {
	scenario?: string;
}

export const startCommand: CommandModule<object, StartArgs> = {
	command: 'start [scenario]',
	describe: 'open the baseline (the TUI in a terminal, the run summary otherwise) 启动',
	builder: (y) => y.positional('scenario', {type: 'string', describe: 'scenario YAML file (default: the Henan baseline)'}) as never,
	handler: async (args) => {
		await runCommand.handler({...args, format: 'table', lang: 'both', _: [], $0: ''} as never);
	},
};
