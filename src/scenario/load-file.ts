/** The file-system side of loading: read the scenario, the files it extends and its unit table. */
import {readFileSync} from 'node:fs';
import {compileScenario, type CompiledScenario} from './compile.js';
import {loadScenario, type LoadedScenario} from './load.js';

export function loadScenarioFile(file: string): LoadedScenario {
	return loadScenario(file, (p) => readFileSync(p, 'utf8'));
}

/** Load and compile in one step (throws ScenarioError with every problem found). */
export function openScenario(file: string): CompiledScenario {
	return compileScenario(loadScenarioFile(file));
}
