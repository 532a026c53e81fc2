/**
 * Text from a scenario (program and factor names, unit names) shown in a terminal or written into a
 * spreadsheet: control characters (escape sequences, characters XML cannot hold) and bidirectional
 * overrides are replaced by U+FFFD so that a name can neither drive the terminal nor break the file.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

export const plainText = (text: string): string => text.replace(UNSAFE, '\ufffd');

/**
 * Text for a spreadsheet cell or a CSV field: plain, and never read as a formula when the file is
 * opened in Excel or WPS (a leading = + - @ gets an apostrophe, OWASP "CSV injection").
 */
export const spreadsheetText = (text: string): string => {
	const plain = plainText(text);
	return /^[=+\-@\t\r]/.test(plain) ? `'${plain}` : plain;
};
