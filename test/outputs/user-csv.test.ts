/** A user's CSV the parser cannot read is the user's mistake: exit 2, file and line, a hint; never "internal error". */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cli as run} from '../validation/cli-helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-csv-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const cli = (...args: string[]) => run(args, tmp);
const write = (name: string, text: string) => {
	fs.writeFileSync(path.join(tmp, name), text);
	return name;
};

describe('unreadable CSV files of sweep and analyze', () => {
	const cases: [string, string, RegExp][] = [
		['x1,x2,x3\n1,"2"3,4\n', 'invalid closing quote', /quoted whole/],
		['x1,x2,x3\n1,2,3,4\n', 'invalid record length', /one field per header column/],
		['x1,x2,x3\n1,"2,3\n', 'quote not closed', /never closed/],
	];
	for (const [text, kind, hint] of cases) {
		it(`sweep --input with ${kind}: exit 2, located, with a hint`, () => {
			const input = write(`in-${kind.replaceAll(' ', '-')}.csv`, text);
			const r = cli('sweep', '--model', 'ishigami', '--sampler', 'csv', '--input', input, '--workers', '0', '--out', `out-${kind.replaceAll(' ', '-')}`);
			expect(r.status, r.stderr).toBe(2);
			expect(r.stderr).toContain(`error: --input ${input}:2: the CSV cannot be read (${kind})`);
			expect(r.stderr).toMatch(hint);
			expect(r.stderr).not.toMatch(/internal error|\bat .*\.js:\d+/);
		});
	}
	/** `analyze` of three inputs against the outputs file `outputsText` (files named after `name`). */
	const analyzeOutputs = (name: string, outputsText: string) => {
		const problem = write(`problem-${name}.yaml`, 'names: [x1, x2, x3]\nbounds: [[-3.14, 3.14], [-3.14, 3.14], [-3.14, 3.14]]\n');
		const inputs = write(`X-${name}.csv`, 'x1,x2,x3\n0.1,0.2,0.3\n0.4,0.5,0.6\n');
		const outputs = write(`Y-${name}.csv`, outputsText);
		return {outputs, r: cli('analyze', '--inputs', inputs, '--outputs', outputs, '--problem', problem)};
	};
	it('analyze --outputs with a broken quote: exit 2, located', () => {
		const {outputs, r} = analyzeOutputs('quote', 'y\n1\n"2\n');
		expect(r.status, r.stderr).toBe(2);
		expect(r.stderr).toContain(`error: --outputs ${outputs}:3: the CSV cannot be read (quote not closed)`);
	});
	it('analyze --outputs: a column name with a bidi override is refused like a control character', () => {
		const {r} = analyzeOutputs('bidi', 'y\u202e\n1\n2\n');
		expect(r.status, r.stderr).toBe(2);
		expect(r.stderr).toMatch(/hold control characters/);
		expect(r.stderr).not.toContain('\u202e');
	});
});
