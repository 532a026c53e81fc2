/**
 * What key handlers and screens read besides the state: the scenario, its run as loaded, the run
 * of any lever values (one cached run: screens and keys ask for the same values in turn), the
 * lists each screen shows and the size of the body.
 */
import type {CompiledScenario, Diagnostic, RunResult} from '../../../src/index.js';
import {cityColumns, type CityColumn} from '../lib/city-columns.js';
import {detailSections, type DetailSection} from '../lib/detail-rows.js';
import {leversFor, type Lever, type LeverValues} from '../lib/levers.js';
import {runWithLevers, type Run} from '../lib/session.js';
import type {AppState} from './app-state.js';

export interface Ctx {
	readonly scenario: CompiledScenario;
	readonly base: RunResult;
	runFor(values: LeverValues): Run;
	readonly levers: readonly Lever[];
	readonly columns: readonly CityColumn[];
	readonly sections: readonly DetailSection[];
	readonly warnings: readonly Diagnostic[];
	/** Width and height of the screen's body (between the tab bar and the status line). */
	readonly width: number;
	readonly height: number;
	/** Leave the UI with this exit status. */
	quit(code: number): void;
	/**
	 * Run `work` after the next frame; what it returns is applied to the state then, and the keys typed
	 * meanwhile after it (keys/dispatch.ts). The state says what is under way in `busy`.
	 */
	background(work: () => Promise<(s: AppState) => AppState>): void;
}

export type Fixed = Omit<Ctx, 'width' | 'height' | 'quit' | 'background'>;

export function scenarioContext(scenario: CompiledScenario, base: RunResult): Fixed {
	let last: {values: LeverValues; run: Run} | undefined;
	return {
		scenario,
		base,
		runFor(values) {
			if (last?.values !== values) last = {values, run: runWithLevers(scenario, values)};
			return last.run;
		},
		levers: leversFor(scenario),
		columns: cityColumns(scenario),
		sections: detailSections(scenario),
		warnings: scenario.warnings.filter((d) => d.severity === 'warning'),
	};
}

/** Rows a page key moves in a list (the body less its headings). */
export const pageRows = (ctx: Pick<Ctx, 'height'>): number => Math.max(1, ctx.height - 8);
