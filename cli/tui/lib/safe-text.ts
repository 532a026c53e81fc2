/**
 * Text from a scenario or a file name on its way to the terminal: the CLI's one cleaner
 * (src/format/terminal-text.ts: controls, bidirectional marks and overrides, lone surrogates as visible
 * `\uXXXX` escapes), with tab and newline escaped too, since a screen cell holds one line.
 */
export {plainLine as safe} from '../../../src/format/terminal-text.js';
