/**
 * Numbers in the report: 万人, 亿元, 公顷 (亩/万亩 with --land-unit), rates in %, changes of a rate in
 * 百分点, with the unit names of the workbook (xlsx/measure.ts, from src/format/display-unit.ts).
 */
import type {Measure} from '../engine/types.js';
import {changeUnit, displayUnit, type DisplayOptions} from '../format/display-unit.js';
import {signedChange} from '../format/signed-change.js';
import {sheetUnit} from '../xlsx/measure.js';
import type {Lang} from './html.js';
import {fixedDigits} from '../format/fixed-digits.js';

const isLand = (measure: Measure) => measure === 'm2' || measure === 'mu';

export function scaled(value: number, measure: Measure, shownIn: DisplayOptions = {}): number {
	return measure === 'share' ? value * 100 : value / sheetUnit(measure, shownIn).divisor;
}

export function fmt(value: number, measure: Measure, digits?: number, shownIn: DisplayOptions = {}): string {
	if (value === Infinity) return '—';
	if (!Number.isFinite(value)) return String(value);
	const d = digits ?? (measure === 'share' ? 2 : measure === 'yuan_per_person' ? 0 : measure === 'number' || measure === 'ratio' ? 4 : isLand(measure) ? displayUnit(measure, shownIn).digits : 2);
	const text = fixedDigits(scaled(value, measure, shownIn), d);
	return measure === 'share' ? `${text}%` : text;
}

export function unitName(measure: Measure, lang: Lang, shownIn: DisplayOptions = {}): string {
	if (measure === 'share') return '%';
	const u = sheetUnit(measure, shownIn);
	return lang === 'en' ? u.en : lang === 'zh' ? u.zh : u.zh && u.en ? `${u.zh} ${u.en}` : u.zh;
}

/** The unit of a change of the measure: 百分点/points for a rate, else the measure's own unit. */
export function changeUnitName(measure: Measure, lang: Lang, shownIn: DisplayOptions = {}): string {
	if (measure !== 'share') return unitName(measure, lang, shownIn);
	const u = changeUnit(measure);
	return lang === 'en' ? u.en : lang === 'zh' ? u.zh : `${u.zh} ${u.en}`;
}

/** A signed change (src/format/signed-change.ts): a rate's in 百分点 (points), with its unit; the rest in the measure's display unit. */
export function signedFmt(value: number, measure: Measure, lang: Lang = 'both', shownIn: DisplayOptions = {}): string {
	return signedChange(value, fmt(Math.abs(value), measure, undefined, shownIn), measure, lang);
}
