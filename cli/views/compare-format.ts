/** Signed changes for the compare views: rates change in percentage points, the rest in display units. */
import type {Measure} from '../../src/index.js';
import type {DisplayOptions} from '../../src/format/display-unit.js';
import {displayUnit, show} from '../format/quantity.js';

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

/** A parameter value from the YAML, short: numbers as written, dated maps as 2017: x, 2019: y. */
export function yamlValue(v: unknown): string {
	if (v === undefined) return '—';
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
	if (v !== null && typeof v === 'object' && !Array.isArray(v)) return Object.entries(v).map(([k, x]) => `${k}: ${yamlValue(x)}`).join(', ');
	return JSON.stringify(v);
}

/**
 * A parameter value in the unit officials read (DESIGN §3): a land cap of 100000000 m² is 10,000.0 公顷,
 * a pool in 亿元, a share in %. Numbers (also those of a dated map) are converted; expressions, `none`
 * and measures shown as they are stored keep the YAML text.
 */
export function parameterValue(v: unknown, measure: Measure | undefined, options: DisplayOptions = {}): string {
	if (!measure || !converts(measure, options)) return yamlValue(v);
	if (typeof v === 'number') return show(v, measure, options);
	if (v !== null && typeof v === 'object' && !Array.isArray(v)) return Object.entries(v).map(([k, x]) => `${k}: ${parameterValue(x, measure, options)}`).join(', ');
	return yamlValue(v);
}

/** The unit column of a changed parameter: the display unit when its values are converted, else the scenario's own text. */
export function parameterUnit(unit: string | undefined, measure: Measure | undefined, lang: 'zh' | 'en' | 'both', options: DisplayOptions = {}): string {
	if (!measure || !converts(measure, options)) return unit ?? '';
	const d = displayUnit(measure, options);
	return lang === 'en' ? d.en : d.zh;
}

const converts = (measure: Measure, options: DisplayOptions) => displayUnit(measure, options).divisor !== 1;
