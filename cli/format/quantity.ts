/**
 * How quantities are shown (DESIGN §3): money inside in yuan, shown in 亿元 (or 万元 when small);
 * people in persons, shown in 万人; land in m², shown in 公顷 (and 亩); rates as percentages.
 */
import type {Measure} from '../../src/index.js';
import {displayUnit} from '../../src/format/display-unit.js';

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits}) : '—');

export {displayUnit} from '../../src/format/display-unit.js';

export function show(value: number, measure: Measure): string {
	const d = displayUnit(measure);
	return `${fixed(value / d.divisor, d.digits)}${measure === 'share' ? '%' : ''}`;
}
