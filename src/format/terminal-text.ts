/**
 * Text from a scenario, a unit table or a file name on its way out, to a terminal, an error message,
 * a CSV field or a workbook cell, is a stranger's: an ESC in a city name can retitle the window, clear
 * the screen or write the clipboard (OSC 52), a carriage return can overwrite what a line said,
 * bidirectional overrides can make text read differently from what it is ("Trojan Source",
 * CVE-2021-42574), and a workbook's XML cannot hold C0 controls, U+FFFE/U+FFFF or a lone surrogate.
 * Each of them is written as a visible escape (ESC as `\u001b`): the text can neither drive the screen
 * nor break the file, and the reader still sees that something was there. The one cleaner of the CLI,
 * the report and the workbooks, and of the TUI (cli/tui/lib/safe-text.ts escapes tab and newline as well).
 */

/**
 * C0 controls but tab and newline (kept so that tables and messages keep their shape), DEL, C1
 * controls, the bidirectional marks, embeddings, overrides and isolates, the XML non-characters and
 * lone surrogates (with the u flag a surrogate pair is one code point, not matched).
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/gu;
const UNSAFE_ONE = new RegExp(UNSAFE.source, 'u');
/** The same, and tab and newline: for a screen cell, which holds one line. */
const UNSAFE_IN_LINE = new RegExp(`${UNSAFE.source}|[\\t\\n]`, 'gu');

const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unsafe character as a visible `\uXXXX` escape; tab, newline and the rest unchanged. */
export function plainText(text: string): string {
	return text.replace(UNSAFE, escaped);
}

/** plainText for one line of a screen: tab and newline escaped too. */
export function plainLine(text: string): string {
	return text.replace(UNSAFE_IN_LINE, escaped);
}

export function hasControls(text: string): boolean {
	return UNSAFE_ONE.test(text);
}

/** A number as JavaScript writes one (String(x)): -5, 1e-7, -Infinity. */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?Infinity$/;

/**
 * Text for a spreadsheet cell or a CSV field: plain, and never read as a formula. Excel, WPS and
 * LibreOffice run a cell that starts with = + - @ (or a tab or carriage return before them):
 * `=HYPERLINK(…)` or `=cmd|' /C calc'!A0` in a city name would become live. Such text gets a leading
 * apostrophe, shown as plain text (OWASP "CSV injection"); a number such as -5 or -0.5 is left as it is.
 */
export function spreadsheetText(text: string): string {
	const plain = plainText(text);
	return /^[=+\-@\t\r]/.test(plain) && !NUMBER.test(plain) ? `'${plain}` : plain;
}
