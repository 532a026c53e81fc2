/**
 * Long text lines folded to the width (display columns, CJK = 2): a continuation keeps the
 * line's indent plus two columns, so a tree's values, status and sources stay readable at 80
 * columns instead of being cut off.
 */
import {charWidth, width as stringWidth} from './text.js';

export function wrapLine(line: string, width: number): string[] {
	if (width < 8 || stringWidth(line) <= width) return [line];
	// A tree line (│ ├─ └─) continues under its own branch: the branch marks become │ or blank.
	const prefix = (/^[\s│├└─]*/.exec(line)?.[0] ?? '').replace(/├/g, '│').replace(/[└─]/g, ' ');
	const indent = prefix.length + 2 <= Math.floor(width / 2) ? `${prefix}  ` : ' '.repeat(Math.min(Math.floor(width / 3), 2));
	const out: string[] = [];
	let rest = line;
	let first = true;
	while (rest !== '') {
		const room = width - (first ? 0 : indent.length);
		let cut = '';
		let used = 0;
		let lastSpace = -1;
		for (const ch of rest) {
			const w = charWidth(ch);
			if (used + w > room) break;
			cut += ch;
			used += w;
			if (ch === ' ') lastSpace = cut.length;
		}
		// Break at a space when there is one in the second half of the line.
		if (cut.length < rest.length && lastSpace > cut.length / 2) cut = cut.slice(0, lastSpace);
		out.push((first ? '' : indent) + cut.trimEnd());
		rest = rest.slice(cut.length).trimStart();
		first = false;
	}
	return out;
}

export const wrapLines = (lines: readonly string[], width: number): string[] => lines.flatMap((l) => wrapLine(l, width));

/** Lines of one segment folded like wrapLine; lines of several segments (tables) stay as they are. */
export function foldLines<S extends {readonly text: string}>(lines: ReadonlyArray<readonly S[]>, width: number): Array<readonly S[]> {
	return lines.flatMap((l) => (l.length === 1 ? wrapLine(l[0]!.text, width).map((text) => [{...l[0]!, text}]) : [l]));
}
