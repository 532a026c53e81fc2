/**
 * One problem found in a user's input: where (file, line, column, key path or CSV row/column),
 * what (the value), why (what was expected) and how to fix it (hint). Errors stop the run;
 * warnings (a value outside its plausible range) are shown and the run goes on.
 */
import {plainText} from '../format/terminal-text.js';

export interface Diagnostic {
	readonly severity: 'error' | 'warning';
	readonly file: string;
	readonly line: number;
	readonly column: number;
	/** Key path in the YAML (parameters.settlement.willingness.values.2017) or "row 4, column hukouPop_10k". */
	readonly path: string;
	readonly message: string;
	readonly value?: unknown;
	readonly expected?: string;
	readonly hint?: string;
}

export function formatValue(value: unknown): string {
	if (value === undefined) return '(missing)';
	if (typeof value === 'string') return JSON.stringify(value.length > 120 ? `${value.slice(0, 100)}… (${value.length} characters)` : value);
	if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
	try {
		const text = JSON.stringify(value);
		return text.length > 80 ? `${text.slice(0, 77)}...` : text;
	} catch {
		return String(value);
	}
}

/** The text a person reads: `file:line:col: error: message` then the value, expectation and hint. */
export function formatDiagnostic(d: Diagnostic): string {
	const lines = [`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.path ? `${d.path}: ` : ''}${d.message}`];
	if (d.value !== undefined) lines.push(`    value:    ${formatValue(d.value)}`);
	if (d.expected) lines.push(`    expected: ${d.expected}`);
	if (d.hint) lines.push(`    hint:     ${d.hint}`);
	return plainText(lines.join('\n'));
}
