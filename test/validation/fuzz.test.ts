/**
 * Fuzzing the loader: random mutations of the baseline YAML text (lines deleted, duplicated,
 * swapped, re-indented; scalars replaced by random values and types; tabs, anchors and aliases
 * inserted) never crash it with anything but a ScenarioError whose every diagnostic is located
 * (a file, line ≥ 1, column ≥ 1, a message), or give a valid scenario that simulates to finite numbers.
 */
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compileScenario, loadScenario, NumericalError, ScenarioError, simulate} from '../../src/index.js';
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
		for (const d of error.diagnostics) {
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
