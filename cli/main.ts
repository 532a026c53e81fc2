#!/usr/bin/env -S node --max-semi-space-size=8
/**
 * hukou-sim: the command line. Thin client of the engine in src/; one module per command.
 * The shebang caps V8's semi-spaces at 8 MB (Node's default lets them grow to 16 MB in a long batch, where
 * they only hold short-lived garbage: 10^6 Monte Carlo runs peaked 20–25% above 10^5); sweep workers get the
 * same young generation from src/runner/pool.ts. The flag can only be given when Node starts.
 */
import yargs from 'yargs';
import {hideBin} from 'yargs/helpers';
import {VERSION} from '../src/version.js';
import {loadCommands} from './commands/index.js';
import {failUsage, reportError} from './errors.js';

async function main(argv: string[]): Promise<number> {
	let failed: number | undefined;
	const commands = await loadCommands(argv);
	const parser = yargs(argv)
		.scriptName('hukou-sim')
		.usage('$0 <command> [options]\n\n人地钱挂钩 simulator: transfers, infrastructure subsidies and land quotas that follow the migrants who settle (豫政办〔2017〕27号).')
		.command(commands)
		.option('debug', {type: 'boolean', describe: 'show stack traces of errors'})
		.demandCommand(1, 'name a command, e.g. hukou-sim run')
		.strict()
		.recommendCommands()
		.version(VERSION)
		.help()
		.alias('h', 'help')
		.wrap(Math.min(120, process.stdout.columns || 100))
		.fail(failUsage);
	skipHelpCache(parser);
	try {
		await parser.parseAsync();
	} catch (error) {
		return reportError(error);
	}
	return failed ?? 0;
}

/**
 * Before it runs a command's handler, yargs renders the command's whole help text and keeps it
 * (command.js, handleValidationAndGetResult → usage.cacheHelpMessage), for a handler that would
 * later call showHelp(). None of ours does, and usage mistakes never print the help (failUsage
 * throws, reportError writes one message): the rendering (cliui, string-width) was ~35 ms of every
 * command's start-up, with nothing to show for it. `--help` still renders its text when asked.
 * The usage object is internal to yargs (pinned in package.json): if it changes shape, nothing is skipped.
 */
function skipHelpCache(parser: object): void {
	type Usage = {cacheHelpMessage?: () => void};
	const internal = (parser as {getInternalMethods?: () => {getUsageInstance?: () => Usage}}).getInternalMethods?.();
	const usage = internal?.getUsageInstance?.();
	if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

// `hukou-sim run | head`: the reader went away; that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
});

// A handler may set its own exit code (sweep: 3 when runs failed); an error's code wins over it.
main(hideBin(process.argv)).then((code) => {
	process.exitCode = code !== 0 ? code : (process.exitCode ?? 0);
});
