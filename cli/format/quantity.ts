/**
 * How quantities are shown (DESIGN §3): money inside in yuan, shown in 亿元 (or 万元 when small);
 * people in persons, shown in 万人; land in m², shown in 公顷 (and 亩); rates as percentages.
 */
import type {Measure} from '../../src/index.js';

export interface Shown {
	readonly text: string;
	readonly unit_zh: string;
	readonly unit_en: string;
}

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits}) : '—');

/** The display unit of a measure, and the divisor from the internal unit. */
export function displayUnit(measure: Measure): {divisor: number; zh: string; en: string; digits: number} {
	switch (measure) {
		case 'persons':
			return {divisor: 1e4, zh: '万人', en: '10k persons', digits: 2};
		case 'households':
			return {divisor: 1e4, zh: '万户', en: '10k households', digits: 2};
		case 'yuan':
			return {divisor: 1e8, zh: '亿元', en: '100M yuan', digits: 2};
		case 'yuan_per_person':
			return {divisor: 1, zh: '元/人', en: 'yuan/person', digits: 0};
		case 'm2':
			return {divisor: 1e4, zh: '公顷', en: 'ha', digits: 1};
		case 'm2_per_person':
			return {divisor: 1, zh: '平方米/人', en: 'm²/person', digits: 1};
		case 'share':
			return {divisor: 0.01, zh: '%', en: '%', digits: 2};
		case 'mu':
			return {divisor: 1, zh: '亩', en: 'mu', digits: 2};
		case 'yuan_per_mu':
			return {divisor: 1e4, zh: '万元/亩', en: '10k yuan/mu', digits: 1};
		default:
			return {divisor: 1, zh: '', en: '', digits: 3};
	}
}

export function show(value: number, measure: Measure): string {
	const d = displayUnit(measure);
	return `${fixed(value / d.divisor, d.digits)}${measure === 'share' ? '%' : ''}`;
}

export const M2_PER_MU = 10_000 / 15;
