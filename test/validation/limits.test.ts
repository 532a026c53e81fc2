/**
 * Limits that hold (issue 15 §4): resolution is linear in the number of parameters. 10,000 custom
 * expression parameters, each reading the one declared after it (the worst order for repeated
 * passes), resolve in well under the test's timeout; before, 4,000 took 56 s.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openScenario, ScenarioError} from '../../src/index.js';
import {MAX_UNIT_YEARS} from '../../src/scenario/load.js';
import {BASELINE, ROOT} from './cli-helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'safety-limits-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('limits', () => {
	it('10,000 custom expression parameters resolve (linear, chained in reverse order)', () => {
		const count = 10_000;
		const lines = [`extends: ${BASELINE}`, 'parameters:', '  custom:'];
		for (let i = 0; i < count; i++) lines.push(`    p${i}: ${i === count - 1 ? '1' : `"p${i + 1} + 1"`}`);
		const file = path.join(dir, 'many.yaml');
		writeFileSync(file, `${lines.join('\n')}\n`);
		const scenario = openScenario(file);
		expect(scenario.parameterInfo.size).toBeGreaterThan(count);
		expect(scenario.parameters.get('p0')[0]).toBe(count);
		const order = scenario.parameters.order;
		expect(order.indexOf('p0')).toBeGreaterThan(order.indexOf('p1'));
	}, 60_000);

	it('a cycle among many parameters is reported once, located', () => {
		const lines = [`extends: ${BASELINE}`, 'parameters:', '  custom:'];
		for (let i = 0; i < 2000; i++) lines.push(`    q${i}: "q${(i + 1) % 2000} + 1"`);
		const file = path.join(dir, 'cycle.yaml');
		writeFileSync(file, `${lines.join('\n')}\n`);
		try {
			openScenario(file);
			expect.unreachable();
		} catch (error) {
			const d = (error as {diagnostics: {message: string; line: number}[]}).diagnostics.filter((x) => /cycle/.test(x.message));
			expect(d).toHaveLength(1);
			expect(d[0]!.line).toBeGreaterThan(3);
		}
	}, 60_000);

	it(`units × years after the base year is limited to ${MAX_UNIT_YEARS}, located at years.end`, () => {
		const lines = readFileSync(path.join(ROOT, 'scenarios/data/henan-2016-units.csv'), 'utf8').replace(/\r/g, '').trim().split('\n');
		const rows = Array.from({length: 2001}, (_, i) => lines[1 + (i % (lines.length - 1))]!.replace(/^[a-z]+,/, `u${i},`));
		writeFileSync(path.join(dir, 'units-2001.csv'), `${[lines[0], ...rows].join('\n')}\n`);
		const file = path.join(dir, 'long.yaml');
		writeFileSync(file, `extends: ${BASELINE}\nyears: {base: 2016, end: 2116}\nunits: {file: units-2001.csv, totals: {}, status: {}}\n`);
		try {
			openScenario(file);
			expect.unreachable();
		} catch (error) {
			if (!(error instanceof ScenarioError)) throw error;
			const d = error.diagnostics.find((x) => x.path === 'years.end')!;
			expect(d.message).toBe('2001 units × 100 years after the base year = 200,100 unit-years; at most 200,000 are allowed');
			expect([path.basename(d.file), d.line, d.column]).toEqual(['long.yaml', 2, 26]);
		}
	});
});
