/** The "why" overlay: the calculation tree of one number, folded to the width (keys: keys/overlays.ts). */
import {Lines} from '../components/Lines.js';
import type {Overlay} from '../state/app-state.js';
import type {ViewProps} from '../lib/screen-props.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {rowsNote} from '../lib/scroll-note.js';
import {whyLines} from '../lib/why-lines.js';

export function Explain({ctx, s, run, overlay}: ViewProps & {readonly overlay: Extract<Overlay, {kind: 'why'}>}) {
	const {width, height} = ctx;
	const text = whyLines(ctx.scenario, s.levers, run.result, overlay, s.t, width);
	const bodyH = Math.max(1, height - 1);
	const from = Math.min(overlay.top, Math.max(0, text.length - bodyH));
	const shown = text.slice(from, from + bodyH);
	const lines: Line[] = [
		[seg('为什么 Why ', {bold: true, role: 'heading'}), seg(`${rowsNote(from, shown.length, text.length, 'lines')}${overlay.find ? ` · find "${overlay.find}", n next` : ''} · as hukou-sim explain`, {dim: true})],
		...shown.map((l, i) => (i === 0 && from === 0 ? [seg(l, {bold: true})] : plain(l))),
	];
	return <Lines lines={lines} width={width} height={height} />;
}
