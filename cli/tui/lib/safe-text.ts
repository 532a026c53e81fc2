/**
 * Text from a scenario or a file name on its way to the terminal: control characters (escape
 * sequences that could move the cursor, retitle the window or clear the screen) and the bidirectional
 * overrides that reorder what is shown (Trojan Source) are shown as visible escapes instead of being sent.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string): string => {
	const code = c.charCodeAt(0);
	return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

export function safe(text: string): string {
	return text.replace(CONTROL, hex);
}
