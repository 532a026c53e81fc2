/**
 * Signed changes for the compare views in display units (src/format/signed-change.ts: rates in 百分点, points).
 * Parameter values are shown by src/format/parameter-value.ts (as written, then in the unit people read).
 */
import type {Measure} from '../../src/index.js';
import type {DisplayOptions} from '../../src/format/display-unit.js';
import {signedChange} from '../../src/format/signed-change.js';
import {show} from '../format/quantity.js';

export function signed(value: number, measure: Measure, options: DisplayOptions = {}, lang: 'zh' | 'en' | 'both' = 'en'): string {
	return signedChange(value, show(Math.abs(value), measure, options), measure, lang);
}

export function percent(pct: number | null): string {
	if (pct === null) return 'new';
	if (Math.abs(pct) < 0.0005) return '0%';
	return `${pct > 0 ? '+' : '−'}${Math.abs(pct * 100).toFixed(1)}%`;
}
