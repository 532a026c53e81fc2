/**
 * One keypress, whatever chunk it arrived in. Ink 6.8 hands `useInput` one event per escape
 * sequence but a whole run of plain characters as one event ("12000\r" typed fast, ten j's sent by
 * tmux at once): read as one key, all but the first would be lost (issue 13). Here such a run is
 * split into one press per character, Enter, Backspace and Tab included.
 */
import type {Key} from 'ink';

export type KeyName = 'up' | 'down' | 'left' | 'right' | 'pageup' | 'pagedown' | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'backspace' | 'delete' | '';

export interface Press {
	readonly name: KeyName;
	/** The character typed ('' for a named key). */
	readonly text: string;
	readonly ctrl: boolean;
	readonly shift: boolean;
}

const NAMED: ReadonlyArray<readonly [keyof Key, KeyName]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['tab', 'tab'],
	['backspace', 'backspace'],
	['delete', 'delete'],
	['escape', 'escape'],
];

/** A character of a plain run: control characters become their named key or Ctrl+letter. */
function fromChar(ch: string): Press {
	const code = ch.codePointAt(0)!;
	if (ch === '\r' || ch === '\n') return {name: 'return', text: '', ctrl: false, shift: false};
	if (ch === '\t') return {name: 'tab', text: '', ctrl: false, shift: false};
	if (ch === '\x7f' || ch === '\b') return {name: 'backspace', text: '', ctrl: false, shift: false};
	if (code < 32) return {name: '', text: String.fromCharCode(code + 96), ctrl: true, shift: false};
	return {name: '', text: ch, ctrl: false, shift: /^[A-Z]$/.test(ch)};
}

export function presses(input: string, key: Key): Press[] {
	// Escape sequences come alone (Ink's parser splits them); the flag order puts arrows before escape (meta).
	for (const [flag, name] of NAMED) {
		if (key[flag] === true && (name !== 'escape' || input === '')) return [{name, text: '', ctrl: key.ctrl, shift: key.shift}];
	}
	if (key.ctrl) return [{name: '', text: input, ctrl: true, shift: key.shift}];
	// Esc and a key in one chunk read as Alt+key; the UI has no Alt keys, so it is Esc, then the key.
	if (key.meta && input !== '') return [{name: 'escape', text: '', ctrl: false, shift: false}, ...[...input].map(fromChar)];
	const chars = [...input];
	if (chars.length === 1) return [{name: '', text: input, ctrl: false, shift: key.shift}];
	return chars.map(fromChar);
}
