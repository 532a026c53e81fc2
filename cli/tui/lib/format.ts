/** Numbers as the TUI shows them: the CLI's units (万人, 亿元, 公顷, %), and signed changes. */
import type {Measure, SeriesInfo} from '../../../src/index.js';
import {displayUnit, show} from '../../format/quantity.js';

export {show};

export function unitOf(measure: Measure): string {
	return displayUnit(measure).zh;
}

/** A change, with its sign; percentage points for shares. */
export function showDelta(delta: number, measure: Measure): string {
	if (!Number.isFinite(delta)) return '—';
	const text = show(Math.abs(delta), measure);
	// A change too small for the digits shown is no change for the reader.
	if (Math.abs(delta) < 1e-12 || /^[0.,%]*$/.test(text)) return '0';
	const sign = delta > 0 ? '+' : '−';
	return `${sign}${measure === 'share' ? text.replace('%', 'pt') : text}`;
}

/** Lever values: `none` for an infinite cap. */
export function showLever(value: number, measure: Measure): string {
	if (!Number.isFinite(value)) return 'none';
	if (measure === 'ratio' || measure === 'years') return String(Number(value.toPrecision(6)));
	if (measure === 'm2_per_person') return `${show(value, measure)} ㎡`;
	return `${show(value, measure)}${measure === 'share' ? '' : ` ${unitOf(measure)}`}`;
}

/** ▲ / ▼ against the loaded value, blank when unchanged (relative tolerance 1e-9). */
export function mark(value: number, loaded: number): '▲' | '▼' | ' ' {
	const tol = 1e-9 * Math.max(1, Math.abs(loaded));
	if (!Number.isFinite(value) || !Number.isFinite(loaded) || Math.abs(value - loaded) <= tol) return ' ';
	return value > loaded ? '▲' : '▼';
}

export const seriesLookup = (infos: readonly SeriesInfo[]) => new Map(infos.map((s) => [s.name, s]));
