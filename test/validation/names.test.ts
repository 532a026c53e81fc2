/**
 * Open-ended classes of mistakes (issue 15), as property tests: any JavaScript built-in name in any
 * place a user names something, any decimal-comma number in any number column, any odd space in
 * any indentation, any share group broken in any unit. Each gives a located error, never an
 * internal one, and never a silent run.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compileScenario, type Diagnostic, loadScenario, openScenario, ScenarioError} from '../../src/index.js';
import {isPrototypeName} from '../../src/names/reserved.js';
import {SHARE_GROUPS} from '../../src/params/share-groups.js';
import {readCheckedFile} from '../../src/scenario/load-file.js';
import {BASELINE, ROOT} from './cli-helpers.js';

const TABLE = path.join(ROOT, 'scenarios/data/henan-2016-units.csv');
const CSV = readFileSync(TABLE, 'utf8').replace(/\r/g, '');
const OVERLAY = path.join(ROOT, 'scenarios', 'overlay-under-test.yaml');
const OWN_TABLE = path.join(ROOT, 'scenarios', 'data', 'table-under-test.csv');

/** Load an overlay of the baseline (and optionally a table) from memory; the errors, or [] for a valid scenario. */
function errorsOf(overlay: string, table?: string): Diagnostic[] {
	const read = (p: string) => (p === OVERLAY ? overlay : p === OWN_TABLE && table !== undefined ? table : readCheckedFile(p));
	try {
		compileScenario(loadScenario(OVERLAY, read));
		return [];
	} catch (error) {
		if (!(error instanceof ScenarioError)) throw error;
		return error.diagnostics.filter((d) => d.severity === 'error');
	}
}

const located = (d: Diagnostic | undefined) => {
	expect(d).toBeDefined();
	expect(d!.line).toBeGreaterThanOrEqual(1);
	expect(d!.column).toBeGreaterThanOrEqual(1);
	expect(d!.hint).toBeTruthy();
};

const BUILTIN = fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), 'apply', 'bind', 'call', 'prototype');
const base = `extends: ${BASELINE}\n`;
const BASE = openScenario(BASELINE);

describe('names', () => {
	it('a JavaScript built-in name is refused, located, wherever the scenario names something (property)', () => {
		const places: Array<(name: string) => string> = [
			(n) => `parameters:\n  custom:\n    ${n}: 1\n`,
			(n) => `programs:\n  ${n}:\n    kind: perCapita\n    name: {zh: 测试, en: test}\n    amount: 1\n`,
			(n) => `parameters:\n  settlement:\n    willingness: {values: 0.3, byUnit: {${n}: 0.3}}\n`,
			(n) => `parameters:\n  settlement:\n    willingness: {values: 0.3, byClass: {sizeClass: {${n}: 0.3}}}\n`,
			(n) => `outcomes:\n  ${n}:\n    label: {zh: a, en: a}\n    expr: prov("settled", 2018)\n`,
			(n) => `units:\n  totals: {${n}: 1}\n`,
		];
		fc.assert(
			fc.property(BUILTIN, fc.nat(places.length - 1), (name, k) => {
				const errors = errorsOf(base + places[k]!(name));
				const d = errors.find((x) => x.message === `"${name}" cannot be a name`);
				located(d);
				expect(d!.path.split('.').at(-1)).toBe(name);
			}),
			{numRuns: 60},
		);
	});

	it('a built-in name as a unit id or a column of the table is refused, located (property)', () => {
		const [header, ...rows] = CSV.trim().split('\n');
		fc.assert(
			fc.property(BUILTIN, fc.boolean(), (name, asId) => {
				const table = asId ? [header, ...rows.map((r, i) => (i === 2 ? r.replace(/^[a-z]+,/, `${name},`) : r))].join('\n') : [`${header},${name}`, ...rows.map((r) => `${r},1`)].join('\n');
				const errors = errorsOf(`${base}units: {file: data/table-under-test.csv}\n`, table);
				// A name that is not even a valid id (toString, __proto__) is refused as such; one that is (constructor) as a built-in name.
				const d = errors.find((x) => (asId ? /cannot be a unit id|not a valid unit id/ : /cannot be a column name/).test(x.message));
				located(d);
				expect(isPrototypeName(name)).toBe(true);
			}),
			{numRuns: 30},
		);
	});
});

describe('numbers and spaces', () => {
	it('a decimal comma in any number cell is an error at that cell (property)', () => {
		const [header, ...rows] = CSV.trim().split('\n');
		const columns = header!.split(',');
		const numeric = ['residentPop_10k', 'urbanResidentPop_10k', 'hukouPop_10k', 'urbanHukouPop_10k', 'builtUpArea2021_km2'];
		fc.assert(
			fc.property(fc.nat(rows.length - 1), fc.constantFrom(...numeric), fc.integer({min: 1, max: 99}), (r, column, decimals) => {
				const j = columns.indexOf(column);
				const cells = rows[r]!.split(',');
				const whole = Math.floor(Number(cells[j]));
				cells[j] = `"${whole},${String(decimals).padStart(2, '0')}"`;
				const table = [header, ...rows.map((row, i) => (i === r ? cells.join(',') : row))].join('\n');
				const d = errorsOf(`${base}units: {file: data/table-under-test.csv}\n`, table).find((x) => /has a decimal comma/.test(x.message));
				located(d);
				expect(d!.line).toBe(r + 2);
				expect(d!.path).toMatch(new RegExp(`^row ${r + 1} \\(.*\\), column ${column}$`));
			}),
			{numRuns: 25},
		);
	});

	it('any non-ASCII space in the indentation is located at its line (property)', () => {
		const text = `${base}parameters:\n  settlement:\n    willingness: 0.3\n`;
		fc.assert(
			fc.property(fc.constantFrom('\u00a0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200b', '\u202f', '\ufeff'), fc.constantFrom(2, 3, 4), (space, line) => {
				const lines = text.split('\n');
				lines[line - 1] = space + lines[line - 1]!.slice(1);
				const d = errorsOf(lines.join('\n')).find((x) => /non-ASCII space/.test(x.message));
				located(d);
				expect(d!.line).toBe(line);
			}),
		);
	});
});

describe('message size', () => {
	it('a table with every row wrong lists 50 problems and counts the rest', () => {
		const [header, ...rows] = CSV.trim().split('\n');
		const shifted = [header, ...rows.map((r) => r.replace(/^([a-z]+),/, '$1,,'))].join('\n');
		const all = errorsOf(`${base}units: {file: data/table-under-test.csv}\n`, shifted);
		expect(all.length).toBe(51);
		expect(all.at(-1)!.message).toMatch(/^\d+ more problems in this table are not listed$/);
	});
});

describe('shares', () => {
	it('moving any share of any group in any unit breaks the group, reported with that unit (property)', () => {
		const ids = CSV.trim().split('\n').slice(1).map((r) => r.split(',')[0]!);
		fc.assert(
			fc.property(fc.constantFrom(...SHARE_GROUPS), fc.nat(), fc.constantFrom(...ids), fc.double({min: 0.01, max: 0.2, noNaN: true}), (group, k, unit, delta) => {
				const id = group.ids[k % group.ids.length]!;
				const section = BASE.parameterInfo.get(id)!.section;
				const old = BASE.parameters.get(id)[BASE.unitInfo.findIndex((u) => u.id === unit)]!;
				const value = old + delta <= 1 ? old + delta : old - delta;
				const errors = errorsOf(`${base}parameters:\n  ${section}:\n    ${id}: {byUnit: {${unit}: ${value}}}\n`);
				const d = errors.find((x) => x.message.includes(`${group.label_en} (${group.label_zh}) sums to`));
				located(d);
				expect(d!.message).toContain(`for ${unit} in`);
			}),
			{numRuns: 40},
		);
	});
});
