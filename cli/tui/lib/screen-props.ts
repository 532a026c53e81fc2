/** What every screen receives from the app. */
import type {CompiledScenario, RunResult} from '../../../src/index.js';
import type {Run} from './session.js';

export interface ScreenProps {
	readonly scenario: CompiledScenario;
	/** The run of the scenario as loaded (every change is shown against it). */
	readonly base: RunResult;
	/** The run with the current levers. */
	readonly run: Run;
	/** Selected year index (←/→). */
	readonly t: number;
	readonly setT: (t: number) => void;
	readonly width: number;
	readonly height: number;
	/** This screen has the keyboard (it is shown, no overlay, no prompt elsewhere). */
	readonly active: boolean;
	/** A text prompt opened (true) or closed (false): global keys pause meanwhile. */
	readonly setCaptured: (captured: boolean) => void;
	/** A one-line message in the status line. */
	readonly notify: (message: string) => void;
}

/** `count` consecutive year indices that contain t, as late as possible. */
export function yearWindow(nYears: number, t: number, count: number): number[] {
	const n = Math.max(1, Math.min(nYears, count));
	const start = Math.max(0, Math.min(nYears - n, t));
	return Array.from({length: n}, (_, i) => start + i);
}
