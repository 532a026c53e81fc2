/**
 * Width of a text in terminal columns (a CJK character takes two: TOOLCHAIN §3.6), for every plain-text table.
 * Text of narrow characters only — printable ASCII, Latin-1 and Greek letters, and the punctuation our tables
 * use (– — ± × ·, …) — is its length; anything else goes to string-width, loaded on the first such text (its
 * Unicode tables cost ~20 ms to build, and most tables never need them).
 */
import stringWidth from 'string-width';

// No control, combining or wide character in these ranges: each is one column (string-width agrees).
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u03ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2200-\u22ff]*$/;

/** Text whose width is its length (no wide, combining or control character). */
export const isNarrow = (text: string): boolean => NARROW.test(text);

export const displayWidth = (text: string): number => (isNarrow(text) ? text.length : stringWidth(text));
