/**
 * The figures of `npm run bench` and their table: what was measured, our figure, the peer's figure
 * or the target, the ratio, and whether the target of issue 10 ("Speed") is met. A target that a
 * quick run cannot judge (smaller sizes) says so instead of passing or failing.
 */
export interface Figure {
	readonly name: string;
	/** Our figure, formatted. */
	readonly ours: string;
	/** The peer's figure or the target, formatted. */
	readonly versus: string;
	/** The ratio as a figure of merit, formatted (e.g. "2.4× faster"). */
	readonly ratio?: string;
	/** undefined: informational, or not judged in a quick run. */
	readonly met?: boolean;
	readonly note?: string;
}

/** Median of a list of numbers (the list is not changed). */
export function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function seconds(s: number): string {
	return s < 0.1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`;
}

export function milliseconds(ms: number): string {
	return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export function formatTable(title: string, figures: readonly Figure[]): string {
	const head = ['figure', 'ours', 'peer / target', 'ratio', 'target'];
	const rows = figures.map((f) => [f.name, f.ours, f.versus, f.ratio ?? '', f.met === undefined ? '—' : f.met ? 'met' : 'NOT met']);
	const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => [...r[c]!].length)));
	const line = (cells: readonly string[]) => cells.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ').trimEnd();
	const notes = figures.filter((f) => f.note).map((f) => `  · ${f.name}: ${f.note}`);
	return [title, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...notes, ''].join('\n');
}
