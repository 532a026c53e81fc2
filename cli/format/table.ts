/**
 * Plain-text tables that stay aligned with Chinese text: widths are measured in terminal columns
 * with string-width (a CJK character takes two), never with String.length (TOOLCHAIN §3.6).
 */
import {displayWidth} from './display-width.js';


export type Align = 'left' | 'right';

export function pad(text: string, width: number, align: Align = 'left'): string {
	const gap = Math.max(0, width - displayWidth(text));
	return align === 'left' ? text + ' '.repeat(gap) : ' '.repeat(gap) + text;
}

/** `header` is one line of headings, or several lines (e.g. Chinese, English, unit) stacked. */
export function renderTable(header: readonly string[] | readonly (readonly string[])[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
	const lines = (typeof header[0] === 'string' ? [header] : header) as readonly (readonly string[])[];
	const widths = lines[0]!.map((_, j) => Math.max(...lines.map((h) => displayWidth(h[j] ?? '')), ...rows.map((r) => displayWidth(r[j] ?? ''))));
	const line = (cells: readonly string[]) => cells.map((c, j) => pad(c, widths[j]!, align[j] ?? (j === 0 ? 'left' : 'right'))).join('  ').trimEnd();
	return [...lines.map(line), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
