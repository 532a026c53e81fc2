/**
 * Limits that hold (issue 15 §4): resolution is linear in the number of parameters. 10,000 custom
 * expression parameters, each reading the one declared after it (the worst order for repeated
 * passes), resolve in well under the test's timeout; before, 4,000 took 56 s.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openScenario} from '../../src/index.js';
import {BASELINE} from './cli-helpers.js';

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
});
