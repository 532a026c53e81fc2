/**
 * Start the interactive UI: refuse without a terminal (Ink's raw mode would crash, TOOLCHAIN §3.1),
 * open the scenario first (its errors print like `run`'s, exit 2), then draw on the alternate
 * screen and give the user's screen back on exit, on Ctrl+C and on SIGTERM/SIGHUP (Ink 6.8 has no
 * alternate-screen option, §3.4).
 */
import {render} from 'ink';
import {openWithWarnings} from '../common-options.js';
import {UsageError} from '../errors.js';
import {displayPath} from '../paths.js';
import {App} from './app.js';
import type {ScreenId} from './lib/screens.js';
import {openAlternative} from './screens/compare.js';
import {enableAnsi} from './lib/theme.js';

export interface LaunchOptions {
	readonly scenario: string;
	readonly compare?: string;
	readonly sweep?: string;
	readonly screen?: ScreenId;
}

export const ENTER_ALT = '\x1b[?1049h\x1b[H';
export const LEAVE_ALT = '\x1b[?25h\x1b[?1049l';

export function isInteractive(stdin: {isTTY?: boolean} = process.stdin, stdout: {isTTY?: boolean} = process.stdout): boolean {
	return stdin.isTTY === true && stdout.isTTY === true;
}

export function notInteractiveError(scenario: string): UsageError {
	return new UsageError(
		`hukou-sim tui needs an interactive terminal; use hukou-sim run ${displayPath(scenario)} (stdin and stdout are not both terminals here)`,
		'hukou-sim run prints the same figures as text; --format json or csv for programs',
	);
}

export async function launchTui(options: LaunchOptions): Promise<void> {
	if (!isInteractive()) throw notInteractiveError(options.scenario);
	const scenario = openWithWarnings(options.scenario);
	let alternative;
	if (options.compare) {
		const opened = openAlternative(options.compare);
		if (typeof opened === 'string') throw new UsageError(`--compare ${options.compare}: ${opened}`, 'give another scenario YAML file');
		alternative = opened;
	}
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		process.stdout.write(LEAVE_ALT);
	};
	enableAnsi(true);
	process.stdout.write(ENTER_ALT);
	const instance = render(<App scenario={scenario} alternative={alternative} sweepDir={options.sweep} initialScreen={options.screen} />, {
		exitOnCtrlC: true,
		patchConsole: false,
		incrementalRendering: false,
		maxFps: 30,
	});
	const onSignal = (signal: NodeJS.Signals) => {
		instance.unmount();
		restore();
		process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
	};
	const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];
	for (const s of signals) process.on(s, onSignal);
	process.on('exit', restore);
	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		for (const s of signals) process.off(s, onSignal);
		process.off('exit', restore);
	}
}
