/**
 * Safe to open a stranger's scenario: it reads only the files it names (.yaml/.yml, .csv, ordinary
 * files within size limits), cannot run code through expressions (the hostile inputs of
 * TOOLCHAIN §4) and cannot hang the machine (limits on YAML size, aliases, expression length and
 * depth, units, years and extends depth).
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {type Diagnostic, openScenario, ScenarioError} from '../../src/index.js';
import {ExpressionError} from '../../src/errors/expression-error.js';
import {compileExpression} from '../../src/expr/compile.js';
import {MAX_EXTENDS_DEPTH} from '../../src/scenario/load.js';
import {MAX_ALIASES, MAX_YAML_BYTES} from '../../src/scenario/read-yaml.js';
import {MAX_UNITS} from '../../src/scenario/units-table.js';
import {BASELINE, ROOT} from './cli-helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hukou-safety-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function errorsOf(file: string): Diagnostic[] {
	try {
		openScenario(file);
	} catch (error) {
		if (error instanceof ScenarioError) return error.diagnostics.filter((d) => d.severity === 'error');
		throw error;
	}
	return [];
}

const write = (name: string, text: string) => {
	const file = path.join(dir, name);
	writeFileSync(file, text);
	return file;
};
const overlay = (name: string, body: string) => write(name, `extends: ${BASELINE}\n${body}`);

describe('expressions cannot run code (TOOLCHAIN §4 hostile inputs)', () => {
	const hostile: Array<[string, RegExp]> = [
		['cos.constructor("return process")()', /does not parse|property/],
		['cos.constructor', /reads a property/],
		['f = cos; f.constructor', /several statements/],
		['import({evil: 1}, {override: true})', /calls import\(\), which is forbidden/],
		['createUnit("foo")', /calls createUnit\(\), which is forbidden/],
		['evaluate("1 + 1")', /calls evaluate\(\), which is forbidden/],
		['parse("1")', /calls parse\(\), which is forbidden/],
		['compile("1")', /calls compile\(\), which is forbidden/],
		['simplify("x")', /forbidden/],
		['f(x) = x ^ 2', /defines a function/],
		['x = 1', /contains an assignment/],
		['[1, 2, 3]', /a list or a range/],
		['{a: 1}', /an object/],
		['zeros(3000, 3000)', /zeros\(\), which is not an allowed function/],
		['x["constructor"]', /reads a property or an index/],
		['"text"', /contains the text "text"/],
		['1 to 2', /operator "to"/],
		['(' .repeat(300) + '1' + ')'.repeat(300), /nests brackets deeper than 40 levels/],
		['1 + '.repeat(600) + '1', /is 2401 characters long/],
		['-'.repeat(1500) + '1', /chains more than 200 operations/],
	];
	it.each(hostile)('%s is refused with an ExpressionError', (text, message) => {
		let thrown: unknown;
		try {
			compileExpression(text, {variables: ['x']});
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ExpressionError);
		expect((thrown as Error).message).toMatch(message);
	});

	it('the allowed functions compute plain numbers', () => {
		const e = compileExpression('max(0, min(1, 0.3 + 0.02 * (year - 2017))) + clamp(x, 0, 1) * 0', {variables: ['year', 'x']});
		expect(e.evaluate([2020, 5])).toBeCloseTo(0.36, 12);
		expect(compileExpression('40%', {variables: []}).evaluate([])).toBeCloseTo(0.4, 12);
	});
});

describe('only the files a scenario names, of the right kind', () => {
	it('rejects a unit table that is not .csv, a folder, a device or a pipe, naming the resolved path', () => {
		const folder = path.join(dir, 'folder.csv');
		mkdirSync(folder);
		const fifo = path.join(dir, 'pipe.csv');
		execFileSync('mkfifo', [fifo]);
		const cases: Array<[string, RegExp]> = [
			['/etc/passwd', /must be a \.csv or \.xlsx file \(resolved to \/etc\/passwd\)/],
			['/dev/zero', /must be a \.csv or \.xlsx file/],
			[folder, /it is a folder, not a file/],
			[fifo, /not a regular file \(a folder, device or pipe\)/],
			['no-such.csv', /there is no such file/],
		];
		for (const [target, message] of cases) {
			const [e] = errorsOf(overlay('units.yaml', `units:\n  file: ${target}\n`));
			expect(e?.message, target).toMatch(message);
			expect(e?.path).toBe('units.file');
			expect([e?.line, e?.column]).toEqual([3, 9]);
		}
	});

	it('rejects extends of a non-YAML file and a folder named .yaml', () => {
		mkdirSync(path.join(dir, 'dir.yaml'));
		expect(errorsOf(write('x1.yaml', 'extends: /etc/passwd\n'))[0]?.message).toMatch(/not a YAML file: \/etc\/passwd/);
		expect(errorsOf(write('x2.yaml', 'extends: dir.yaml\n'))[0]?.message).toMatch(/it is a folder, not a file/);
	});

	it('validate reports every file it read, resolved', async () => {
		const {cli} = await import('./cli-helpers.js');
		const r = cli(['validate', 'scenarios/henan-2017-land-cap.yaml']);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('files read 读取的文件: scenarios/henan-2017-land-cap.yaml, scenarios/henan-2017.yaml, scenarios/data/henan-2016-units.csv');
	});
});

describe('limits that keep a scenario from hanging the machine', () => {
	it(`a YAML file over ${MAX_YAML_BYTES} bytes is refused before it is read`, () => {
		const file = write('huge.yaml', `# ${'x'.repeat(MAX_YAML_BYTES)}\nname: {zh: a, en: b}\n`);
		const [e] = errorsOf(file);
		expect(e?.message).toMatch(/the file is \d+ bytes; the limit is 1000000/);
		expect(e?.hint).toMatch(/CSV data file/);
	});

	it(`more than ${MAX_ALIASES} alias expansions are refused (billion laughs)`, () => {
		const lines = ['a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]'];
		for (let i = 1; i < 8; i++) lines.push(`${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(9).fill(`*${'abcdefgh'[i - 1]}`).join(', ')}]`);
		const [e] = errorsOf(write('laughs.yaml', `${lines.join('\n')}\n`));
		expect(e?.message).toMatch(/aliases \(\*name\) that expand too many times/);
		expect(e?.line).toBe(2);
	});

	it(`extends deeper than ${MAX_EXTENDS_DEPTH} levels is refused`, () => {
		for (let i = 0; i <= MAX_EXTENDS_DEPTH + 1; i++) write(`chain-${i}.yaml`, `extends: chain-${i + 1}.yaml\n`);
		const [e] = errorsOf(path.join(dir, 'chain-0.yaml'));
		expect(e?.message).toBe(`more than ${MAX_EXTENDS_DEPTH} levels of extends`);
		expect(e?.path).toBe('extends');
	});

	it('a run of more than 100 years is refused', () => {
		const [e] = errorsOf(overlay('long.yaml', 'years: {base: 2016, end: 2117}\n'));
		expect(e?.message).toMatch(/by at most 100 years/);
		expect(e?.expected).toBe('2017 to 2116');
	});

	it(`a table of more than ${MAX_UNITS} units is refused, naming the first extra row`, () => {
		const header = readFileSync(path.join(ROOT, 'scenarios/data/henan-2016-units.csv'), 'utf8').split(/\r?\n/)[0];
		const rows = Array.from({length: MAX_UNITS + 1}, (_, i) => `u${i},县${i},County ${i},10,5,10,3,0.5,small,10`);
		write('many.csv', `${header}\n${rows.join('\n')}\n`);
		const [e] = errorsOf(overlay('many.yaml', 'units:\n  file: many.csv\n'));
		expect(e?.message).toBe(`the table has ${MAX_UNITS + 1} rows; at most ${MAX_UNITS} units are allowed`);
		expect(e?.line).toBe(MAX_UNITS + 2);
	});
});
