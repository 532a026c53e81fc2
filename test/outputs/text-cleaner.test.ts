/**
 * The one text cleaner (src/format/terminal-text.ts) of terminals, error messages, CSV files and
 * workbooks: no control, bidi override or XML non-character gets through (each is a visible \uXXXX
 * escape), no text starts a spreadsheet formula, and numbers pass unchanged.
 */
import {parse} from 'csv-parse/sync';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {allocationCsv} from '../../src/allocation/csv.js';
import {allocationTable} from '../../src/allocation/table.js';
import {openRun} from '../fixtures/compare/scenarios.js';
import {hasControls, plainText, spreadsheetText} from '../../src/format/terminal-text.js';

/**
 * C0 and C1 controls but tab and newline (which keep tables and messages in shape), the bidi marks, overrides and
 * isolates, the XML non-characters U+FFFE/U+FFFF and lone surrogates (a workbook's XML cannot hold them). Written
 * here independently of the cleaner's own pattern.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/u;
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?Infinity$/;

/** Strings full of what a hostile or careless name holds: controls, bidi marks, formula leads, CJK. */
const nasty = fc.string({
	unit: fc.oneof(
		fc.constantFrom('\u001b', '\u0007', '\r', '\n', '\t', '\u0000', '\u007f', '\u0085', '\u009b', '\u200e', '\u202a', '\u202e', '\u2066', '\u2069', '\ufffe', '\ud800', '=', '+', '-', '@', '|', '"', ',', "'", '郑', 'a', '5', '.'),
		fc.string({unit: 'binary', minLength: 1, maxLength: 1}),
	),
	maxLength: 30,
});
const numberText = fc.oneof(fc.double().map(String), fc.integer().map(String), fc.constantFrom('-5', '-0.5', '+3', '-1e-7', '.5', '-Infinity'));

describe('the text cleaner', () => {
	it('writes each unsafe character as its escape', () => {
		expect(plainText('a\ufffe\uffff\ud800b\u200e\u001b')).toBe('a\\ufffe\\uffff\\ud800b\\u200e\\u001b');
		expect(plainText('郑州\t\n😀')).toBe('郑州\t\n😀');
	});


	it('leaves no C0/C1 control (but tab and newline) nor a bidi override, and is idempotent (property)', () => {
		fc.assert(
			fc.property(nasty, (s) => {
				for (const out of [plainText(s), spreadsheetText(s)]) {
					expect(out).not.toMatch(FORBIDDEN);
					expect(hasControls(out)).toBe(false);
				}
				expect(plainText(plainText(s))).toBe(plainText(s));
				expect(spreadsheetText(spreadsheetText(s))).toBe(spreadsheetText(s));
			}),
		);
	});
	it('shows each unsafe character as a visible escape and keeps the rest (property)', () => {
		fc.assert(
			fc.property(nasty, (s) => {
				const undone = plainText(s).replace(/\\u([0-9a-f]{4})/g, (m, h: string) => (hasControls(String.fromCharCode(parseInt(h, 16))) ? String.fromCharCode(parseInt(h, 16)) : m));
				expect(undone).toBe(s);
			}),
		);
		expect(plainText('郑州\u001b]0;owned\u0007\u001b[2J')).toBe('郑州\\u001b]0;owned\\u0007\\u001b[2J');
		expect(plainText('a\u202eb\tc\nd')).toBe('a\\u202eb\tc\nd');
	});
	it('never starts a spreadsheet formula, and passes numbers unchanged (property)', () => {
		fc.assert(
			fc.property(fc.constantFrom('', '=', '+', '-', '@', '\t', '\r'), nasty, (lead, body) => {
				const out = spreadsheetText(lead + body);
				if (FORMULA.test(out)) expect(out).toMatch(NUMBER);
				expect(out === plainText(lead + body) || out === `'${plainText(lead + body)}`).toBe(true);
			}),
		);
		fc.assert(
			fc.property(numberText, (n) => {
				expect(spreadsheetText(n)).toBe(n);
			}),
		);
		for (const bad of ['=cmd|\' /C calc\'!A0', '+1+1', '@SUM(A1)', '-2+3', '=HYPERLINK("http://x","y")']) expect(spreadsheetText(bad)).toBe(`'${bad}`);
	});
	it('is what the allocation CSV writes for a hostile unit name (one cleaner for both CSV writers)', () => {
		const {scenario, result} = openRun('henan-2017.yaml');
		const t = allocationTable(scenario, result, result.programs[0]!.id, 1);
		const hostile = {...t, units: t.units.map((r, u) => (u === 0 ? {...r, name_zh: '=cmd|\' /C calc\'!A0\u001b[2J', name_en: '-5'} : r))};
		const rows = parse(allocationCsv([hostile]), {relax_quotes: true}) as string[][];
		expect(rows[1]![4]).toBe("'=cmd|' /C calc'!A0\\u001b[2J");
		expect(rows[1]![5]).toBe('-5');
	});
});
