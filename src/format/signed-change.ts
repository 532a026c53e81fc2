/**
 * A signed change (alternative − base) from its magnitude as shown: `0` when it rounds to nothing at the
 * precision shown (sums of reallocated pools), the sign as a true minus, and a change of a rate in
 * percentage points, the unit officials use for 提高2个百分点 (display-unit.ts `changeUnit`: 百分点, points).
 * The compare table and the report format the magnitude in their own digits and share this.
 */
import type {Measure} from '../engine/types.js';
import {changeUnit} from './display-unit.js';

export function signedChange(value: number, magnitude: string, measure: Measure, lang: 'zh' | 'en' | 'both'): string {
	if (value === 0 || !/[1-9]/.test(magnitude)) return '0';
	const sign = value > 0 ? '+' : '−';
	if (measure !== 'share') return `${sign}${magnitude}`;
	const points = changeUnit(measure);
	return `${sign}${magnitude.replace('%', '')} ${lang === 'en' ? points.en : points.zh}`;
}
