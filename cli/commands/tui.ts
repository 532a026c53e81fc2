/** `hukou-sim tui [scenario]`: the interactive terminal UI (cli/tui/). */
import type {CommandModule} from 'yargs';
// From paths.js, not common-options.js: the latter loads the engine, and the loading line must not wait for it.
import {scenarioPositional} from '../paths.js';
import {catalogued} from './catalogue.js';

interface TuiArgs {
	scenario: string;
	compare?: string;
	sweep?: string;
	screen?: 'overview' | 'cities' | 'detail' | 'levers' | 'compare' | 'sweep';
}

export const tuiCommand: CommandModule<object, TuiArgs> = {
	...catalogued('tui'),
	builder: (y) =>
		scenarioPositional(y)
			.option('compare', {type: 'string', describe: 'a second scenario to compare with (screen 5)'})
			.option('sweep', {type: 'string', describe: 'a folder written by hukou-sim sweep --out (screen 6)'})
			.option('screen', {choices: ['overview', 'cities', 'detail', 'levers', 'compare', 'sweep'] as const, describe: 'screen to open first'})
			.example('$0 tui', 'the Henan baseline; ? shows the keys, q quits')
			.example('$0 tui --compare scenarios/henan-2017-town-tilt.yaml --screen compare', 'who gains and who loses from the town tilt')
			.example('$0 tui --sweep sweep-out --screen sweep', 'the indices of a finished sweep') as never,
	handler: async (args) => {
		// Loaded on demand so that the other commands do not pay for React and Ink.
		const {launchTui} = await import('../tui/launch.js');
		await launchTui({scenario: args.scenario, compare: args.compare, sweep: args.sweep, screen: args.screen});
	},
};
