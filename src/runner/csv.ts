/**
 * The runs.csv dialect (RFC 4180): numbers in JavaScript's shortest round-trip form, so the text is
 * the same bytes on every machine and parses back to the same doubles; an empty field is NaN.
 */
import {spreadsheetText} from '../format/terminal-text.js';

/** One field; text a spreadsheet would run as a formula (=, +, -, @) is neutralised (src/format/terminal-text.ts). */
export function csvField(text: string): string {
	// Most fields of runs.csv are an empty error column: no cleaning to do.
	if (text === '') return '';
	const s = spreadsheetText(text);
	return /[",\n\r]/.test(s) || s !== text ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatNumber(v: number): string {
	return Number.isNaN(v) ? '' : String(v);
}

export function runsHeader(inputs: readonly string[], outputs: readonly string[]): string {
	return ['run', ...inputs, ...outputs, 'error'].map(csvField).join(',') + '\n';
}

/** Parse one line of our own dialect (quoted fields may hold commas and doubled quotes, not newlines). */
export function parseCsvLine(line: string): string[] {
	const out: string[] = [];
	let i = 0;
	while (i <= line.length) {
		if (line[i] === '"') {
			let s = '';
			i++;
			for (;;) {
				const q = line.indexOf('"', i);
				if (q < 0) throw new Error(`unterminated quoted field in: ${line.slice(0, 80)}`);
				s += line.slice(i, q);
				if (line[q + 1] === '"') {
					s += '"';
					i = q + 2;
				} else {
					i = q + 1;
					break;
				}
			}
			out.push(s);
			i++; // the comma
		} else {
			const c = line.indexOf(',', i);
			const end = c < 0 ? line.length : c;
			out.push(line.slice(i, end));
			i = end + 1;
		}
	}
	return out;
}

export const parseNumber = (s: string): number => (s === '' ? Number.NaN : Number(s));
