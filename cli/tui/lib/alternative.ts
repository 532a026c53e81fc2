/** A second scenario to compare with (--compare or o on screen 5), or why it cannot be opened. */
import {formatDiagnostic, openScenario, ScenarioError, type CompiledScenario} from '../../../src/index.js';
import {safe} from './safe-text.js';

export interface Alternative {
	readonly file: string;
	readonly scenario: CompiledScenario;
}

/** Open an alternative, or a one-line reason it cannot be opened. */
export function openAlternative(file: string): Alternative | string {
	try {
		return {file, scenario: openScenario(file)};
	} catch (error) {
		if (error instanceof ScenarioError) return safe(formatDiagnostic(error.diagnostics.find((d) => d.severity === 'error') ?? error.diagnostics[0]!).split('\n')[0]!);
		return safe((error as Error).message);
	}
}
