/**
 * Fitting text into terminal columns. Widths are display columns (string-width: a CJK character
 * takes two). We pre-truncate ourselves because Ink 6.8's `wrap="truncate"` overshoots by one
 * column on CJK text (ink #927, TOOLCHAIN §3.6).
 */
import {displayWidth, isNarrow} from '../../format/display-width.js';

// Characters and strings are measured once each (cli/format/display-width.ts: narrow text by its length, the rest
// by string-width): screens draw the same labels on every frame, and string-width per character was the largest
// cost of a redraw.
const charWidths = new Map<string, number>();
export const charWidth = (ch: string): number => {
	let w = charWidths.get(ch);
	if (w === undefined) charWidths.set(ch, (w = displayWidth(ch)));
	return w;
};

const widths = new Map<string, number>();
export function width(s: string): number {
	// Narrow text (numbers that change every frame) is its length: kept out of the cache.
	if (isNarrow(s)) return s.length;
	let w = widths.get(s);
	if (w === undefined) {
		if (widths.size > 20_000) widths.clear();
		widths.set(s, (w = displayWidth(s)));
	}
	return w;
}

/** Cut `s` to at most `w` columns, ending with … when cut. */
export function truncate(s: string, w: number): string {
	if (w <= 0) return '';
	if (width(s) <= w) return s;
	let out = '';
	let used = 0;
	for (const ch of s) {
		const cw = charWidth(ch);
		if (used + cw > w - 1) break;
		out += ch;
		used += cw;
	}
	return `${out}…`;
}

/** Exactly `w` columns: truncated, then padded left or right. */
export function fit(s: string, w: number, align: 'left' | 'right' = 'left'): string {
	const t = truncate(s, w);
	const gap = ' '.repeat(Math.max(0, w - width(t)));
	return align === 'left' ? t + gap : gap + t;
}
