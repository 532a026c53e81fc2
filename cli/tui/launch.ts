/**
 * Start the interactive UI. Refuse without a terminal (Ink's raw mode would crash, TOOLCHAIN §3.1).
 * Then, before React or the scenario are loaded: production React (NODE_ENV is read when React is
 * first imported, so it is set here, ahead of the dynamic import) and a loading line on the
 * alternate screen, so the user sees something at once. The UI itself is in run-tui.tsx.
 */
import {UsageError} from '../errors.js';
import {displayPath} from '../paths.js';
import type {ScreenId} from './lib/screens.js';

export interface LaunchOptions {
	readonly scenario: string;
	readonly compare?: string;
	readonly sweep?: string;
	readonly screen?: ScreenId;
}

export const ENTER_ALT = '\x1b[?1049h\x1b[H';
export const LEAVE_ALT = '\x1b[?25h\x1b[?1049l';

/** The first thing on screen, written before anything heavy is loaded. */
export const loadingLine = (scenario: string): string => `hukou-sim: loading ${displayPath(scenario)} 正在加载…`;

export function isInteractive(stdin: {isTTY?: boolean} = process.stdin, stdout: {isTTY?: boolean} = process.stdout): boolean {
	return stdin.isTTY === true && stdout.isTTY === true;
}

export function notInteractiveError(scenario: string): UsageError {
	return new UsageError(
		`hukou-sim tui needs an interactive terminal; use hukou-sim run ${displayPath(scenario)} (stdin and stdout are not both terminals here)`,
		'hukou-sim run prints the same figures as text; --format json or csv for programs',
	);
}

/** React in production mode unless the user asked for development (React reads this once, when first loaded). */
export function productionReact(env: NodeJS.ProcessEnv = process.env): void {
	if (env['NODE_ENV'] !== 'development') env['NODE_ENV'] = 'production';
}

export async function launchTui(options: LaunchOptions): Promise<void> {
	if (!isInteractive()) throw notInteractiveError(options.scenario);
	productionReact();
	process.stdout.write(`${ENTER_ALT}${loadingLine(options.scenario)}\n`);
	const {runTui} = await import('./run-tui.js');
	await runTui(options);
}
