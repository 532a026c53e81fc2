/**
 * A screen line as segments of text with a style role. Screens build lines of segments already fitted
 * to the width (lib/text.ts), so nothing wraps and CJK columns line up; <Lines> draws them.
 */
import type {Role} from './theme.js';
import {fit, width as textWidth} from './text.js';

export interface Seg {
	readonly text: string;
	readonly role?: Role;
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly inverse?: boolean;
}

export type Line = readonly Seg[];

export const seg = (text: string, style: Omit<Seg, 'text'> = {}): Seg => ({text, ...style});

/** A line of one plain text. */
export const plain = (text: string, style: Omit<Seg, 'text'> = {}): Line => [seg(text, style)];

export const lineWidth = (line: Line): number => line.reduce((w, s) => w + textWidth(s.text), 0);

/** Cut a line to `w` columns (segments past the edge are dropped or truncated). */
export function clip(line: Line, w: number): Line {
	const out: Seg[] = [];
	let used = 0;
	for (const s of line) {
		const sw = textWidth(s.text);
		if (used + sw <= w) {
			out.push(s);
			used += sw;
		} else {
			if (w - used > 0) out.push({...s, text: fit(s.text, w - used)});
			break;
		}
	}
	return out;
}

/** Mark for a pass/fail check, readable without colour. */
export const check = (met: boolean): Seg => seg(met ? '✓' : '✗', {role: met ? 'good' : 'bad', bold: true});
