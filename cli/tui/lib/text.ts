/**
 * Fitting text into terminal columns. Widths are display columns (string-width: a CJK character
 * takes two). We pre-truncate ourselves because Ink 6.8's `wrap="truncate"` overshoots by one
 * column on CJK text (ink #927, TOOLCHAIN §3.6).
 */
import stringWidth from 'string-width';

export const width = (s: string): number => stringWidth(s);

/** Cut `s` to at most `w` columns, ending with … when cut. */
export function truncate(s: string, w: number): string {
	if (w <= 0) return '';
	if (stringWidth(s) <= w) return s;
	let out = '';
	let used = 0;
	for (const ch of s) {
		const cw = stringWidth(ch);
		if (used + cw > w - 1) break;
		out += ch;
		used += cw;
	}
	return `${out}…`;
}

/** Exactly `w` columns: truncated, then padded left or right. */
export function fit(s: string, w: number, align: 'left' | 'right' = 'left'): string {
	const t = truncate(s, w);
	const gap = ' '.repeat(Math.max(0, w - stringWidth(t)));
	return align === 'left' ? t + gap : gap + t;
}
