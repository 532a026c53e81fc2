/** The keys of the current screen, one line, fitted to the width. */
import {Lines} from './Lines.js';
import {seg, type Seg} from '../lib/seg.js';

export type KeyHint = readonly [key: string, label: string];

export function Footer({keys, width}: {readonly keys: readonly KeyHint[]; readonly width: number}) {
	const segs: Seg[] = [];
	const gap = width < 100 ? ' ' : '  ';
	for (const [key, label] of keys) {
		segs.push(seg(key, {inverse: true}), seg(` ${label}${gap}`));
	}
	return <Lines lines={[segs]} width={width} />;
}
