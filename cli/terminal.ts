/** Everything the CLI prints goes through here, so that no control character from a scenario reaches the terminal. */
import {terminalText} from '../src/format/terminal-text.js';

export const out = (text: string): void => {
	process.stdout.write(terminalText(text));
};

export const err = (text: string): void => {
	process.stderr.write(terminalText(text));
};
