/**
 * A parameter value as the scenario writes it, followed by the value in the unit people read when
 * the two differ: `100,000,000 (10,000.0 公顷)`, `0.016 (1.60 百分点)`, `2016: 420; 2017: 450`. The one
 * convention wherever a parameter's YAML value is printed: the compare table (its unit column is the
 * scenario's own unit of the written value), the floors and caps a comparison changes, and the report's
 * inputs and comparison sections; so a land cap never reads as bare m² nor a money pool as bare yuan, and
 * the number a planner edits in the YAML is on the line. Units from display-unit.ts.
 */
import type {Measure} from '../engine/types.js';
import {displayUnit, type DisplayOptions} from './display-unit.js';
import {fixedDigits} from './fixed-digits.js';


/** One number: shares as % (the scenario writes 0.35 and means 35%), big amounts with their display value. */
export function parameterNumber(value: number, measure: Measure | undefined, shownIn: DisplayOptions = {}, lang: 'zh' | 'en' | 'both' = 'both'): string {
	if (value === Infinity) return 'none';
	if (!Number.isFinite(value)) return String(value);
	if (measure === 'share') return `${fixedDigits(value * 100, 2)}%`;
	const shown = measure ? displayUnit(measure, shownIn) : undefined;
	// A plain number (a year, a count, a coefficient) is written without thousands separators: 2020, not 2,020.
	const rounded = Number(value.toPrecision(8));
	const written = shown?.zh ? rounded.toLocaleString('en-US', {maximumFractionDigits: 6}) : String(rounded);
	if (!shown) return written;
	// 百分点 always (0.016 is 1.6 points); other units when the value is big enough to read better (10,000.0 公顷, not 0.0 公顷 for 50).
	const convert = measure === 'points' || (shown.divisor > 1 && Math.abs(value) >= shown.divisor / 10);
	return convert && shown.zh ? `${written} (${fixedDigits(value / shown.divisor, shown.digits)} ${lang === 'en' ? shown.en : shown.zh})` : written;
}

/** A YAML value: numbers through parameterNumber, dated or per-unit maps as `2017: x; 2019: y`. */
export function parameterValue(v: unknown, measure: Measure | undefined, shownIn: DisplayOptions = {}, lang: 'zh' | 'en' | 'both' = 'both'): string {
	if (v === undefined) return '—';
	if (v === null) return 'none';
	if (typeof v === 'number') return parameterNumber(v, measure, shownIn, lang);
	if (typeof v === 'string' || typeof v === 'boolean') return String(v);
	if (typeof v === 'object' && !Array.isArray(v)) return Object.entries(v).map(([k, x]) => `${k}: ${parameterValue(x, measure, shownIn, lang)}`).join('; ');
	return JSON.stringify(v);
}
