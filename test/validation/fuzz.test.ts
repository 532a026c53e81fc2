/**
 * Fuzzing the loader: random mutations of the baseline YAML text (lines deleted, duplicated,
 * swapped, re-indented; scalars replaced by random values and types; tabs, anchors and aliases
 * inserted) never crash it with anything but a ScenarioError whose every diagnostic is located
 * (a file, line ≥ 1, column ≥ 1, a message) of bounded size, or give a valid scenario that simulates
 * to finite numbers with every parameter inside its allowed range and every share group adding up
 * to 1 (issue 15: no silent case).
 */
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compileScenario, formatDiagnostic, loadScenario, NumericalError, ScenarioError, simulate} from '../../src/index.js';
import {SHARE_GROUPS} from '../../src/params/share-groups.js';
import {shareBreach} from '../../src/scenario/check-share-groups.js';
import {readCheckedFile} from '../../src/scenario/load-file.js';
import {BASELINE} from './cli-helpers.js';

const LINES = readFileSync(BASELINE, 'utf8').split('\n');

const scalar = fc.oneof(
	fc.constantFrom('.nan', '.inf', '-.inf', '0', '-1', '1e308', '-1e308', '1e-320', 'null', '~', 'true', 'no', "''", '""', '[]', '{}', '[1, 2]', '{a: 1}', '*x', '&x 1', '!!binary aGk=', '"1 / 0"', '"import({}, {})"', '"x = 1"', '|', '>', '- 1', ': :', '"', "'", '{', '[', '#'),
	fc.double().map(String),
	fc.integer().map(String),
	fc.string({maxLength: 12}).map((s) => JSON.stringify(s)),
);

type Mutation = (lines: string[]) => void;
const at = (lines: string[], i: number) => i % Math.max(1, lines.length);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.nat().map((i): Mutation => (l) => void l.splice(at(l, i), 1)),
	fc.nat().map((i): Mutation => (l) => void l.splice(at(l, i), 0, l[at(l, i)] ?? '')),
	fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (l) => {
		const a = at(l, i);
		const b = at(l, j);
		[l[a], l[b]] = [l[b]!, l[a]!];
	}),
	fc.tuple(fc.nat(), fc.integer({min: -4, max: 4})).map(([i, d]): Mutation => (l) => {
		const k = at(l, i);
		l[k] = d >= 0 ? ' '.repeat(d) + l[k] : l[k]!.replace(new RegExp(`^ {0,${-d}}`), '');
	}),
	fc.tuple(fc.nat(), scalar).map(([i, v]): Mutation => (l) => {
		const k = at(l, i);
		l[k] = l[k]!.replace(/(:\s*)([^\s{[#][^#]*)$/, `$1${v}`);
	}),
	fc.tuple(fc.nat(), scalar).map(([i, v]): Mutation => (l) => {
		const k = at(l, i);
		l[k] = l[k]!.replace(/([:,[{]\s*)(-?[\d.]+)/, `$1${v}`);
	}),
	fc.nat().map((i): Mutation => (l) => {
		const k = at(l, i);
		l[k] = `\t${l[k]}`;
	}),
	// Issue 15: odd spaces in the indentation, a key written twice as 2017 and "2017", built-in names as keys.
	fc.tuple(fc.nat(), fc.constantFrom('\u00a0', '\u3000')).map(([i, c]): Mutation => (l) => {
		const k = at(l, i);
		l[k] = l[k]!.replace(/^( +)/, (m) => c + m.slice(1));
	}),
	fc.nat().map((i): Mutation => (l) => {
		const k = at(l, i);
		l[k] = l[k]!.replace(/\{(\d{4}): ([^,}]+)/, '{$1: $2, "$1": $2');
	}),
	fc.tuple(fc.nat(), fc.constantFrom('constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty')).map(([i, name]): Mutation => (l) => {
		const k = at(l, i);
		l[k] = l[k]!.replace(/^(\s*)[A-Za-z_][A-Za-z0-9_]*:/, `$1${name}:`);
	}),
	fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (l) => {
		const a = at(l, i);
		const b = at(l, j);
		l[a] = l[a]!.replace(/:\s+(\S)/, ': &anchor $1');
		l[b] = l[b]!.replace(/:\s+(\S.*)$/, ': *anchor');
	}),
);

function check(text: string): 'error' | 'numerical' | 'valid' {
	let scenario;
	try {
		scenario = compileScenario(loadScenario(BASELINE, (p) => (p === BASELINE ? text : readCheckedFile(p))));
	} catch (error) {
		if (!(error instanceof ScenarioError)) throw error;
		expect(error.diagnostics.some((d) => d.severity === 'error')).toBe(true);
		// Short messages: a mistake never floods the terminal (issue 15: 99 errors and 58 KB for !!binary).
		expect(error.diagnostics.length).toBeLessThanOrEqual(100);
		for (const d of error.diagnostics) {
			expect(formatDiagnostic(d).length).toBeLessThanOrEqual(1500);
			expect(d.file).toMatch(/\.(ya?ml|csv)$/);
			expect(d.line).toBeGreaterThanOrEqual(1);
			expect(d.column).toBeGreaterThanOrEqual(1);
			expect(d.message.length).toBeGreaterThan(0);
		}
		return 'error';
	}
	let result;
	try {
		result = simulate(scenario);
	} catch (error) {
		// The engine's last line of defence: names the series, unit and year; never NaN in an output.
		if (error instanceof NumericalError) return 'numerical';
		throw error;
	}
	for (const values of Object.values(result.series)) expect(values.every(Number.isFinite)).toBe(true);
	// Valid means checked: every built-in parameter inside its allowed range, every share group adds up.
	for (const [id, info] of scenario.parameterInfo) {
		const def = info.def;
		if (!def) continue;
		for (const v of scenario.parameters.get(id)) if (!(v === Infinity && def.allowNone)) expect(v >= def.min && v <= def.max, `${id} = ${v}`).toBe(true);
	}
	for (const group of SHARE_GROUPS) if (group.ids.every((id) => scenario.parameters.has(id))) expect(shareBreach(scenario.parameters, group), group.label_en).toBeUndefined();
	for (const p of result.programs) expect([...p.pool, ...p.unallocated].every(Number.isFinite)).toBe(true);
	return 'valid';
}

describe('fuzzing the loader with mutations of the baseline', () => {
	it('the unmutated baseline is valid', () => {
		expect(check(LINES.join('\n'))).toBe('valid');
	});

	it('any mutation gives a located ScenarioError or a finite run', () => {
		const seen = {error: 0, numerical: 0, valid: 0};
		fc.assert(
			fc.property(fc.array(mutation, {minLength: 1, maxLength: 4}), (mutations) => {
				const lines = [...LINES];
				for (const m of mutations) m(lines);
				seen[check(lines.join('\n'))]++;
			}),
			{numRuns: 300, seed: 20170327},
		);
		// Both outcomes occur: the mutations are neither all fatal nor all harmless.
		expect(seen.error).toBeGreaterThan(20);
		expect(seen.valid).toBeGreaterThan(20);
		// Mutations that pass validation but break the numbers are caught by the guard; they are rare.
		expect(seen.numerical).toBeLessThan(seen.valid);
	});
});
