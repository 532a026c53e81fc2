/**
 * Text from a scenario or a file name on its way to the terminal: control characters (escape
 * sequences that could move the cursor, retitle the window or clear the screen) are shown as
 * visible escapes instead of being sent.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function safe(text: string): string {
	return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
