/**
 * The UI on the alternate screen (launch.ts has entered it and written the loading line): open the
 * scenario (its errors print like `run`'s, exit 2, after the user's screen is back), draw, and give
 * the user's screen back on every way out: q, Ctrl+C (exit status 130), SIGTERM/SIGHUP (Ink 6.8 has
 * no alternate-screen option, TOOLCHAIN §3.4). Warnings found at load are shown in the UI (banner,
 * ! lists them) instead of being printed behind the full screen.
 */
import {render} from 'ink';
import {openScenario} from '../../src/index.js';
import {UsageError} from '../errors.js';
import {App} from './app.js';
import {LEAVE_ALT, type LaunchOptions} from './launch.js';
import {openAlternative} from './lib/alternative.js';
import {inkPatched} from './lib/ink-patched.js';
import {enableAnsi} from './lib/theme.js';

export async function runTui(options: LaunchOptions): Promise<void> {
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		process.stdout.write(LEAVE_ALT);
	};
	let scenario;
	let alternative;
	try {
		scenario = openScenario(options.scenario);
		if (options.compare) {
			const opened = openAlternative(options.compare);
			if (typeof opened === 'string') throw new UsageError(`--compare ${options.compare}: ${opened}`, 'give another scenario YAML file');
			alternative = opened;
		}
	} catch (error) {
		restore();
		throw error;
	}
	enableAnsi(true);
	let code = 0;
	const instance = render(<App scenario={scenario} alternative={alternative} sweepDir={options.sweep} initialScreen={options.screen} onQuit={(c) => (code = c)} />, {
		// Ctrl+C is a key of the app (keys/dispatch.ts): it leaves with status 130 like a shell's interrupt.
		exitOnCtrlC: false,
		patchConsole: false,
		// Only the lines that changed are written (a lever change rewrites a few of 50), when Ink 6.8's
		// off-by-one after a frame ending in a newline is mended (patches/ink+6.8.0.patch). HUKOU_TUI_FULL_REDRAW=1
		// writes every frame whole, for a terminal that mishandles cursor movement (docs/tui.md).
		incrementalRendering: process.env.HUKOU_TUI_FULL_REDRAW !== '1' && (await inkPatched()),
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
	// The CLI's main sets the exit status from its own result; an interrupt must stay 130.
	if (code !== 0) process.exit(code);
}
