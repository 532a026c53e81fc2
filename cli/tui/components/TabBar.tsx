/** The screens as numbered tabs, whether levers are changed, and the warnings at load (! lists them). */
import {Lines} from './Lines.js';
import {seg, type Seg} from '../lib/seg.js';

export interface Tab {
	readonly id: string;
	readonly zh: string;
	readonly en: string;
}

export interface TabBarProps {
	readonly tabs: readonly Tab[];
	readonly active: string;
	readonly width: number;
	readonly changed: number;
	readonly warnings?: number;
}

export function TabBar({tabs, active, width, changed, warnings = 0}: TabBarProps) {
	const narrow = width < 110;
	const segs: Seg[] = [];
	tabs.forEach((tab, i) => {
		const text = ` ${i + 1} ${narrow ? tab.zh : `${tab.zh} ${tab.en}`} `;
		segs.push(seg(text, tab.id === active ? {inverse: true, bold: true} : {}));
	});
	if (changed > 0) segs.push(seg(` ● ${changed} lever${changed === 1 ? '' : 's'}`, {role: 'warn', bold: true}));
	if (warnings > 0) segs.push(seg(` ⚠${warnings} !`, {role: 'warn', bold: true}));
	return <Lines lines={[segs]} width={width} />;
}

