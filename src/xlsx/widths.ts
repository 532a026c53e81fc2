/**
 * How wide a cell shows, in display columns (a CJK character takes two, string-width), so that a
 * column can be fitted to its content: text as written (its longest line), a number as its number
 * format prints it (decimals, thousands separators, percent).
 */
import stringWidth from 'string-width';
import {fixedDigits} from '../format/fixed-digits.js';

export function cellWidth(value: string | number, numFmt?: string): number {
	if (typeof value === 'string') return Math.max(0, ...value.split('\n').map((line) => stringWidth(line)));
	return formatted(value, numFmt).length;
}

/** The text Excel shows for a number under the simple formats the workbooks use (#,##0.00, 0.00%, 0, General). */
export function formatted(value: number, numFmt = 'General'): string {
	if (!Number.isFinite(value)) return '';
	if (numFmt === 'General') return Math.abs(value) >= 1e11 || (value !== 0 && Math.abs(value) < 1e-9) ? value.toExponential(5) : String(Number(value.toPrecision(11)));
	const percent = numFmt.endsWith('%');
	const body = numFmt.split(';')[0]!.replace(/[%"\\\s].*$/, '');
	const digits = body.includes('.') ? body.split('.')[1]!.replace(/[^0#]/g, '').length : 0;
	const x = percent ? value * 100 : value;
	const text = fixedDigits(x, digits, body.includes(','));
	return `${text}${percent ? '%' : ''}${numFmt.includes('"') ? numFmt.slice(numFmt.indexOf('"')).replace(/"/g, '') : ''}`;
}
