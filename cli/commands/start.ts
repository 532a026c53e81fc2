/**
 * `hukou-sim start`, what `npm start` runs: the main job on the embedded baseline. When stdin and
 * stdout are both terminals it opens the interactive UI (`hukou-sim tui`); otherwise (CI, pipes,
 * files) it prints the run summary exactly as before.
 */
import type {CommandModule} from 'yargs';
import {BASELINE} from '../paths.js';
import {catalogued} from './catalogue.js';

interface StartArgs {
	scenario?: string;
}

export const startCommand: CommandModule<object, StartArgs> = {
	...catalogued('start'),
	builder: (y) =>
		y
			.positional('scenario', {type: 'string', describe: 'scenario YAML file (default: the Henan baseline)'})
			.example('$0 start', 'what npm start runs: the UI in a terminal, the run summary in a pipe')
			.example('$0 start scenarios/henan-2017-land-cap.yaml | less', 'the summary of another scenario') as never,
	handler: async (args) => {
		if (process.stdin.isTTY === true && process.stdout.isTTY === true) {
			const {launchTui} = await import('../tui/launch.js');
			await launchTui({scenario: args.scenario ?? BASELINE});
			return;
		}
		// Loaded here, not at the top: the TUI's loading line must not wait for the engine (issue 13, start-up).
		const {runCommand} = await import('./run.js');
		await runCommand.handler({...args, scenario: args.scenario ?? BASELINE, format: 'table', lang: 'both', _: [], $0: ''} as never);
	},
};
