/**
 * A number with a fixed count of decimals and thousands separators (1,234.50), the one formatter of tables,
 * reports, workbooks and the TUI. One Intl.NumberFormat per count of digits: `toLocaleString` with options
 * builds a new one on every call (tens of µs; a TUI redraw formats hundreds of numbers).
 */
const formats = new Map<string, Intl.NumberFormat>();

export function fixedDigits(x: number, digits: number, grouping = true): string {
	const key = `${digits}${grouping ? ',' : ''}`;
	let f = formats.get(key);
	if (!f) formats.set(key, (f = new Intl.NumberFormat('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping})));
	return f.format(x);
}
