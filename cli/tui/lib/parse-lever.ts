/** A typed lever value: "0.4", "40%" (shares), "1e8", "none" for a cap. The range check is lib/lever-range.ts. */
import type {Lever} from './levers.js';
import {displayUnit} from '../../format/quantity.js';

export type Parsed = {readonly ok: true; readonly value: number} | {readonly ok: false; readonly message: string};

/**
 * Numbers are read in the unit shown (万人, 亿元, 公顷…) when `shown` is true, else in the engine's
 * unit; a trailing % always means a share.
 */
export function parseLeverInput(lever: Lever, text: string, shown = true): Parsed {
	const s = text.trim().replace(/,/g, '');
	if (s === '') return {ok: false, message: 'empty value'};
	if (/^none$/i.test(s)) return lever.allowNone ? {ok: true, value: Infinity} : {ok: false, message: `${lever.id} cannot be none`};
	const percent = s.endsWith('%');
	const x = Number(percent ? s.slice(0, -1) : s);
	if (!Number.isFinite(x)) return {ok: false, message: `"${text}" is not a number`};
	let value = x;
	if (percent) value = x / 100;
	else if (shown && lever.measure !== 'share') value = x * displayUnit(lever.measure).divisor;
	return {ok: true, value};
}
