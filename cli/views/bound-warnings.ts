/**
 * Bound warnings on stderr (run, compare, allocation, report), so that JSON or CSV on stdout stays
 * clean: a warning found before the run names its place in the scenario as a diagnostic does.
 */
import {runWarnings} from '../../src/allocation/bound-checks.js';
import type {BoundWarning} from '../../src/allocation/warning.js';
import {plainText} from '../../src/format/terminal-text.js';
import type {CompiledScenario, RunResult} from '../../src/index.js';
import {displayPath} from '../paths.js';
import {label, type Lang} from './labels.js';
import {err} from '../terminal.js';

export function boundWarningText(w: BoundWarning, lang: Lang = 'both'): string {
	const where = w.at ? `${displayPath(w.at.file)}:${w.at.line}:${w.at.column}: warning: ${w.at.path}: ` : 'warning: ';
	const lines = lang === 'both' ? [`${where}${w.message_zh}`, `    ${w.message_en}`] : [`${where}${label(w.message_zh, w.message_en, lang)}`];
	lines.push(`    hint:     ${w.hint}`);
	return lines.map(plainText).join('\n');
}

export function printWarnings(warnings: readonly BoundWarning[], lang: Lang = 'both'): void {
	for (const w of warnings) err(`${boundWarningText(w, lang)}\n`);
}

/** Print the bound warnings of a run (optionally of some programs only); returns how many. */
export function printRunWarnings(scenario: CompiledScenario, result: RunResult, options: {programs?: readonly string[]; lang?: Lang} = {}): number {
	const all = runWarnings(scenario, result);
	const shown = options.programs ? all.filter((w) => options.programs!.includes(w.program)) : all;
	printWarnings(shown, options.lang);
	return shown.length;
}
