/**
 * Signed changes for the compare views: rates change in percentage points, the rest in display units.
 * Parameter values are shown by src/format/parameter-value.ts (as written, then in the unit people read).
 */
import type {Measure} from '../../src/index.js';
import type {DisplayOptions} from '../../src/format/display-unit.js';
import {show} from '../format/quantity.js';

export function signed(value: number, measure: Measure, options: DisplayOptions = {}, lang: 'zh' | 'en' | 'both' = 'en'): string {
	const sign = value > 0 ? '+' : '−';
	const text = measure === 'share' ? show(Math.abs(value), 'share').replace('%', '') : show(Math.abs(value), measure, options);
	// A change that rounds to nothing at the display precision (sums of reallocated pools) is shown as 0.
	if (value === 0 || !/[1-9]/.test(text)) return '0';
	// Officials write a change of a rate in 百分点 (提高2个百分点); English readers get points.
	return measure === 'share' ? `${sign}${text} ${lang === 'en' ? 'pts' : '百分点'}` : `${sign}${text}`;
}

export function percent(pct: number | null): string {
	if (pct === null) return 'new';
	if (Math.abs(pct) < 0.0005) return '0%';
	return `${pct > 0 ? '+' : '−'}${Math.abs(pct * 100).toFixed(1)}%`;
}
