/**
 * Text from a scenario or a file name on its way to the terminal: the CLI's one cleaner
 * (src/format/terminal-text.ts: controls, bidirectional marks and overrides, lone surrogates as visible
 * `\uXXXX` escapes), and tab and newline escaped too, since a screen cell holds one line.
 */
import {plainText} from '../../../src/format/terminal-text.js';

const LINE_BREAKING = /[\t\n]/g;

export function safe(text: string): string {
	return plainText(text).replace(LINE_BREAKING, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
