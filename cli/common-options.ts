/** Options shared by several commands, declared once. */
import type {Argv} from 'yargs';
import {openScenario, type CompiledScenario, formatDiagnostic} from '../src/index.js';
import {DEFAULT_LAND_UNIT, LAND_UNITS} from '../src/format/display-unit.js';
import {err} from './terminal.js';

export {scenarioPositional} from './paths.js';

export const langOption = <T>(y: Argv<T>) =>
	y.option('lang', {choices: ['zh', 'en', 'both'] as const, default: 'both' as const, describe: 'language of labels 标签语言'});

export const landUnitOption = <T>(y: Argv<T>) =>
	y.option('land-unit', {choices: LAND_UNITS, default: DEFAULT_LAND_UNIT, describe: 'land in 公顷 (ha), 亩 (mu) or 万亩 (10k-mu); 1 公顷 = 15 亩'});

/** Open a scenario and print its warnings (plausibility) to stderr. */
export function openWithWarnings(file: string): CompiledScenario {
	const scenario = openScenario(file);
	for (const w of scenario.warnings.filter((d) => d.severity === 'warning')) err(`${formatDiagnostic(w)}\n`);
	return scenario;
}
