/** Signed changes for the compare views: rates change in percentage points, the rest in display units. */
import type {Measure} from '../../src/index.js';
import type {DisplayOptions} from '../../src/format/display-unit.js';
import {show} from '../format/quantity.js';

export function signed(value: number, measure: Measure, options: DisplayOptions = {}): string {
	const sign = value > 0 ? '+' : '−';
	const text = measure === 'share' ? show(Math.abs(value), 'share').replace('%', '') : show(Math.abs(value), measure, options);
	// A change that rounds to nothing at the display precision (sums of reallocated pools) is shown as 0.
	if (value === 0 || !/[1-9]/.test(text)) return '0';
	return measure === 'share' ? `${sign}${text} pts` : `${sign}${text}`;
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
