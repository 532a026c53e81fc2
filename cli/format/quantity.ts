/**
 * How quantities are shown (DESIGN §3): money inside in yuan, shown in 亿元 (or 万元 when small);
 * people in persons, shown in 万人; land in m², shown in 公顷, or 亩/万亩 with --land-unit; rates as
 * percentages.
 */
import type {Measure} from '../../src/index.js';
import {displayUnit, type DisplayOptions} from '../../src/format/display-unit.js';
import {fixedDigits} from '../../src/format/fixed-digits.js';

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? fixedDigits(x, digits) : '—');

export {displayUnit} from '../../src/format/display-unit.js';

export function show(value: number, measure: Measure, options: DisplayOptions = {}): string {
	const d = displayUnit(measure, options);
	return `${fixed(value / d.divisor, d.digits)}${measure === 'share' ? '%' : ''}`;
}
