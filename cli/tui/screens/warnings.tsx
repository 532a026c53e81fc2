/** The ! overlay: every warning found when the scenario was loaded, with file, line and hint. */
import {Lines} from '../components/Lines.js';
import type {Overlay} from '../state/app-state.js';
import type {ViewProps} from '../lib/screen-props.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {rowsNote} from '../lib/scroll-note.js';
import {warningLines} from '../lib/warning-lines.js';

export function Warnings({ctx, overlay}: Pick<ViewProps, 'ctx'> & {readonly overlay: Extract<Overlay, {kind: 'warnings'}>}) {
	const {width, height, warnings} = ctx;
	const text = warningLines(warnings, width);
	const bodyH = Math.max(1, height - 1);
	const from = Math.min(overlay.top, Math.max(0, text.length - bodyH));
	const shown = text.slice(from, from + bodyH);
	const lines: Line[] = [
		[seg(`加载警告 Warnings at load: ${warnings.length} `, {bold: true, role: 'warn'}), seg(`${rowsNote(from, shown.length, text.length, 'lines')} · ! or Esc closes`, {dim: true})],
		...shown.map((l) => plain(l, /: warning: /.test(l) ? {role: 'warn'} : {})),
	];
	return <Lines lines={lines} width={width} height={height} />;
}
