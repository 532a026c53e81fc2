/** Numbers in the report: 万人, 亿元, 公顷, rates in %, with the unit names of the workbook (xlsx/measure.ts). */
import type {Measure} from '../engine/types.js';
import {sheetUnit} from '../xlsx/measure.js';
import type {Lang} from './html.js';

export function scaled(value: number, measure: Measure): number {
	return measure === 'share' ? value * 100 : value / sheetUnit(measure).divisor;
}

export function fmt(value: number, measure: Measure, digits?: number): string {
	if (value === Infinity) return '—';
	if (!Number.isFinite(value)) return String(value);
	const d = digits ?? (measure === 'share' ? 2 : measure === 'yuan_per_person' ? 0 : measure === 'number' || measure === 'ratio' ? 4 : 2);
	const text = scaled(value, measure).toLocaleString('en-US', {minimumFractionDigits: d, maximumFractionDigits: d});
	return measure === 'share' ? `${text}%` : text;
}

export function unitName(measure: Measure, lang: Lang): string {
	if (measure === 'share') return '%';
	const u = sheetUnit(measure);
	return lang === 'en' ? u.en : lang === 'zh' ? u.zh : u.zh && u.en ? `${u.zh} ${u.en}` : u.zh;
}

export function signedFmt(value: number, measure: Measure): string {
	const text = fmt(Math.abs(value), measure);
	if (value === 0 || !/[1-9]/.test(text)) return '0';
	return `${value > 0 ? '+' : '−'}${measure === 'share' ? text.replace('%', ' pts') : text}`;
}
