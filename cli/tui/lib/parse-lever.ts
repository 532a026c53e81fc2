/** A typed lever value: "0.4", "40%" (shares), "1e8", "none" for a cap. The range check is lib/lever-range.ts. */
import type {Measure} from '../../../src/index.js';
import type {Lever} from './levers.js';
import {displayUnit} from '../../format/quantity.js';

export type Parsed = {readonly ok: true; readonly value: number} | {readonly ok: false; readonly message: string};

/**
 * Numbers are read in the unit shown (万人, 亿元, 公顷…) when `shown` is true, else in the engine's
 * unit; a trailing % always means a share.
 */
export function parseLeverInput(lever: Lever, text: string, shown = true): Parsed {
	if (/^none$/i.test(text.trim())) return lever.allowNone ? {ok: true, value: Infinity} : {ok: false, message: `${lever.id} cannot be none`};
	return parseQuantity(text, lever.measure, shown);
}

/**
 * A typed number of a measure (also a sweep outcome's threshold): in the unit shown (万人, 亿元, 公顷…)
 * when `shown`, a share as 0.4 or 40%; a trailing unit name as shown is allowed; no measure: as typed.
 */
export function parseQuantity(text: string, measure: Measure | undefined, shown = true): Parsed {
	const unit = measure ? displayUnit(measure) : undefined;
	let s = text.trim().replace(/,/g, '');
	if (unit && unit.zh !== '%' && s.endsWith(unit.zh)) s = s.slice(0, -unit.zh.length).trim();
	if (s === '') return {ok: false, message: 'empty value'};
	const percent = s.endsWith('%');
	const x = Number(percent ? s.slice(0, -1) : s);
	if (!Number.isFinite(x)) return {ok: false, message: `"${text}" is not a number`};
	let value = x;
	if (percent) value = x / 100;
	else if (shown && unit && measure !== 'share') value = x * unit.divisor;
	return {ok: true, value};
}
