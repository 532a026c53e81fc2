/**
 * Every command of the CLI, one module each, loaded only when named: `hukou-sim run` never pays for
 * the modules of the TUI (ink, react), the report (echarts) or the spreadsheet writer (exceljs).
 * `hukou-sim --help` loads them all to list them.
 */
import type {CommandModule} from 'yargs';
import {CATALOGUE, type CommandName} from './catalogue.js';

type Loaded = CommandModule<object, never>;

// Typed by the catalogue: a command without its catalogue line does not compile.
export const COMMAND_LOADERS: ReadonlyArray<{readonly name: CommandName; readonly load: () => Promise<Loaded>}> = [
	{name: 'run', load: async () => (await import('./run.js')).runCommand as never},
	{name: 'validate', load: async () => (await import('./validate.js')).validateCommand as never},
	{name: 'calibrate', load: async () => (await import('./calibrate.js')).calibrateCommand as never},
	{name: 'start', load: async () => (await import('./start.js')).startCommand as never},
	{name: 'tui', load: async () => (await import('./tui.js')).tuiCommand as never},
	{name: 'compare', load: async () => (await import('./compare.js')).compareCommand as never},
	{name: 'allocation', load: async () => (await import('./allocation.js')).allocationCommand as never},
	{name: 'explain', load: async () => (await import('./explain.js')).explainCommand as never},
	{name: 'report', load: async () => (await import('./report.js')).reportCommand as never},
	{name: 'scale', load: async () => (await import('./scale.js')).scaleCommand as never},
	{name: 'sweep', load: async () => (await import('./sweep.js')).sweepCommand as never},
	{name: 'merge', load: async () => (await import('./merge.js')).mergeCommand as never},
	{name: 'analyze', load: async () => (await import('./analyze.js')).analyzeCommand as never},
	{name: 'discover', load: async () => (await import('./discover.js')).discoverCommand as never},
];

/**
 * The commands to register for these arguments: the one named, loaded; otherwise (--help, --version,
 * a typo) every command as its catalogue line only, which lists and suggests without loading any.
 */
export async function loadCommands(argv: readonly string[]): Promise<Loaded[]> {
	const first = argv.find((a) => !a.startsWith('-'));
	const named = COMMAND_LOADERS.find((c) => c.name === first);
	if (named) return [await named.load()];
	return COMMAND_LOADERS.map((c) => ({...CATALOGUE[c.name], handler: () => undefined}) as Loaded);
}
