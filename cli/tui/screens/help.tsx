/** The help overlay (?): every key, everywhere and per screen; scrolls when it does not fit. */
import {Lines} from '../components/Lines.js';
import {helpLines} from '../lib/help-lines.js';
import {rowsNote} from '../lib/scroll-note.js';
import {seg, type Line} from '../lib/seg.js';

export function Help({width, height, top}: {readonly width: number; readonly height: number; readonly top: number}) {
	const text = helpLines(width);
	const bodyH = Math.max(1, height - 1);
	const from = Math.min(top, Math.max(0, text.length - bodyH));
	const shown = text.slice(from, from + bodyH);
	const lines: Line[] = [[seg('帮助 Help', {bold: true, role: 'heading'}), seg(`  ${rowsNote(from, shown.length, text.length, 'lines')} · Esc or ? closes`, {dim: true})], ...shown];
	return <Lines lines={lines} width={width} height={height} />;
}
