/**
 * Text from a scenario or a unit table is a stranger's: an ESC in a city name can retitle the
 * window, clear the screen or write the clipboard (OSC 52), a carriage return can overwrite what a
 * line said, and bidirectional overrides can make text read differently from what it is
 * ("Trojan Source", CVE-2021-42574). One function removes them all; every printer calls it.
 */

/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional embedding, override and isolate marks. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without control characters (tab and newline kept, so that tables and messages keep their shape). */
export function terminalText(text: string): string {
	return text.replace(CONTROLS, '');
}

export function hasControls(text: string): boolean {
	CONTROLS.lastIndex = 0;
	const found = CONTROLS.test(text);
	CONTROLS.lastIndex = 0;
	return found;
}

/**
 * A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return before them) as
 * a formula: `=HYPERLINK(…)` in a city name would become a live link. Text cells that start so are
 * written with a leading apostrophe, which Excel, WPS and LibreOffice show as plain text (OWASP's
 * "CSV injection" advice); numbers such as -0.5 are left as they are.
 */
export function spreadsheetText(text: string): string {
	return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?Infinity$/;
