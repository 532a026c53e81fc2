/**
 * How the value of a plan target (§一(三)) is shown: settlers in 万人, a rate in %, and a change of a
 * rate (the annual gain of hukou urbanisation, the narrowing of the gap) in percentage points
 * (百分点), as the plan states them ("年均提高2个百分点").
 */
import type {TargetSpec} from '../scenario/schema.js';
import {changeUnit, displayUnit, type DisplayUnit} from './display-unit.js';
import {fixedDigits} from './fixed-digits.js';

const CHANGES: ReadonlySet<TargetSpec['metric']> = new Set(['hukouRateAnnualGain', 'rateGapNarrowing']);

export function targetUnit(metric: TargetSpec['metric']): DisplayUnit {
	if (metric === 'settledPerYear') return displayUnit('persons');
	return CHANGES.has(metric) ? changeUnit('share') : displayUnit('share');
}

/** The unit of the evaluation's annual gain (§四(二)): a change of a rate. */
export const annualGainUnit = (): DisplayUnit => changeUnit('share');

/** A target's value as text: 36.29%, 1.80 百分点 (1.80 points), 197.20 万人. */
export function showTarget(value: number, metric: TargetSpec['metric'], lang: 'zh' | 'en' | 'both' = 'both'): string {
	const u = targetUnit(metric);
	const number = fixedDigits(value / u.divisor, u.digits);
	if (u.zh === '%') return `${number}%`;
	return `${number} ${lang === 'en' ? u.en : u.zh}`;
}
