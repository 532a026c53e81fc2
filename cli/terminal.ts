/** Everything the CLI prints goes through here, so that no control character from a scenario reaches the terminal. */
import {plainText} from '../src/format/terminal-text.js';

export const out = (text: string): void => {
	process.stdout.write(plainText(text));
};

export const err = (text: string): void => {
	process.stderr.write(plainText(text));
};
