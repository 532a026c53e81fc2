/**
 * Issue 15 §1, §2, §6, §7 as a user meets them: no output replaces an input (by path, symbolic or
 * hard link), none replaces a device, FIFO or link; the format follows the extension and a
 * contradicting --format is refused; an interruption removes the temporary file; reading stops at
 * the size limit even when the file says it is empty (/proc); encodings are detected and reported;
 * nothing a spreadsheet would run as a formula and no control character reaches a CSV or a terminal.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import fc from 'fast-check';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {reportError} from '../../cli/errors.js';
import {asWriteError} from '../../cli/output.js';
import {saveOverlay} from '../../cli/tui/lib/overlay.js';
import {openScenario} from '../../src/index.js';
import {hasControls, plainText, spreadsheetText} from '../../src/format/terminal-text.js';
import {decodeText, readRegularFile} from '../../src/io/read-file.js';
import {csvField} from '../../src/runner/csv.js';
import {cli, ROOT} from './cli-helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'safety-outputs-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A private copy of the baseline and its table, so that a failing test could never touch the real ones. */
function copyBaseline(name: string): {scenario: string; table: string} {
	const folder = path.join(dir, name);
	execFileSync('cp', ['-r', path.join(ROOT, 'scenarios'), folder]);
	return {scenario: path.join(folder, 'henan-2017.yaml'), table: path.join(folder, 'data', 'henan-2016-units.csv')};
}

describe('an output never replaces an input, a device, a pipe or a link', () => {
	const {scenario, table} = copyBaseline('inputs');
	const before = {scenario: readFileSync(scenario), table: readFileSync(table)};
	const link = path.join(dir, 'inputs', 'link.csv');
	symlinkSync(scenario, link);
	const hard = path.join(dir, 'inputs', 'hard.csv');
	linkSync(scenario, hard);
	const fifo = path.join(dir, 'inputs', 'fifo.csv');
	execFileSync('mkfifo', [fifo]);

	it.each([
		['the scenario', scenario, /is the scenario this command read/],
		['its unit table', table, /is the unit table this command read/],
		['a symbolic link to the scenario', link, /is the scenario this command read/],
		['a hard link to the scenario', hard, /is the scenario this command read/],
		['a FIFO', fifo, /is a pipe \(FIFO\), not a regular file/],
		['a device', '/dev/null', /is a device, not a regular file/],
	])('--out %s: exit 2, nothing written', (_what, out, message) => {
		const r = cli(['run', scenario, '--format', 'csv', '--out', out]);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(message);
		expect(r.stderr).toMatch(/nothing was written/);
		expect(readFileSync(scenario)).toEqual(before.scenario);
		expect(readFileSync(table)).toEqual(before.table);
		expect(readdirSync(path.dirname(scenario)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('the format follows the extension; a contradicting --format is refused', () => {
		const json = path.join(dir, 'inputs', 'result.json');
		expect(cli(['run', scenario, '--out', json]).status).toBe(0);
		expect(JSON.parse(readFileSync(json, 'utf8'))).toHaveProperty('series');
		const csv = path.join(dir, 'inputs', 'result.csv');
		const r = cli(['run', scenario, '--format', 'json', '--out', csv]);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/--format json contradicts --out .*result\.csv: a \.csv file holds csv/);
		expect(existsSync(csv)).toBe(false);
		const e = cli(['explain', scenario, '--unit', 'zhengzhou', '--year', '2018', '--series', 'settled', '--out', csv]);
		expect(e.status).toBe(2);
		expect(e.stderr).toMatch(/this command cannot write csv/);
	});

	it('--out an existing file where a sweep folder is needed: exit 2, located', () => {
		const file = path.join(dir, 'inputs', 'a-file');
		writeFileSync(file, 'keep');
		const r = cli(['sweep', scenario, '--sampler', 'mc', '-n', '4', '--out', file]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(file);
		expect(r.stderr).not.toMatch(/internal error/);
		expect(readFileSync(file, 'utf8')).toBe('keep');
	});

	it('merge does not write into one of the shards it reads', () => {
		const shards = [1, 2].map((i) => path.join(dir, 'inputs', `shard-${i}`));
		shards.forEach((out, i) => expect(cli(['sweep', scenario, '--sampler', 'mc', '-n', '4', '--shard', `${i + 1}/2`, '--out', out]).status).toBe(0));
		const before = readFileSync(path.join(shards[0]!, 'runs.csv'));
		const r = cli(['merge', ...shards, '--out', `${shards[0]}/`]);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/is a shard folder this command reads/);
		expect(readFileSync(path.join(shards[0]!, 'runs.csv'))).toEqual(before);
	});

	it('calibrate with an observation year outside the run: exit 2, located', () => {
		const overlay = path.join(dir, 'inputs', 'calibrate-2030.yaml');
		writeFileSync(overlay, `extends: henan-2017.yaml\ncalibration:\n  parameter: takeUp\n  bounds: [0, 1]\n  observations:\n    - {year: 2030, series: hukouUrbanizationRate, value: 0.4}\n`);
		const r = cli(['calibrate', overlay]);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/calibrate-2030\.yaml:6:14: error: calibration\.observations\.0\.year: observation year 2030 is outside the run/);
	});
});

describe('the same guard everywhere a file is written', () => {
	it('the TUI does not save an overlay over the scenario it opened', () => {
		const {scenario} = copyBaseline('tui');
		const before = readFileSync(scenario);
		const s = openScenario(scenario);
		expect(() => saveOverlay(s, new Map(), scenario)).toThrow(/is the scenario this command read/);
		expect(readFileSync(scenario)).toEqual(before);
	});

	it('a full disk, a file in the way or no permission is the user\'s machine (exit 2); anything else is ours (exit 1)', () => {
		const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		try {
			const fsError = (code: string) => Object.assign(new Error(`${code}: x`), {code, syscall: 'write', path: '/tmp/x'});
			for (const code of ['ENOSPC', 'EDQUOT', 'EEXIST', 'ENOTDIR', 'EACCES', 'EROFS']) expect(reportError(fsError(code), false), code).toBe(2);
			expect(reportError(new TypeError('a bug'), false)).toBe(1);
			expect(asWriteError(fsError('ENOSPC'), 'out.csv')?.message).toBe('cannot write out.csv: the disk is full');
		} finally {
			quiet.mockRestore();
		}
	});
});

describe('an interruption leaves no temporary file', () => {
	it('SIGTERM while a temporary file is tracked removes it and ends the process by the signal', () => {
		const tmp = path.join(dir, '.partial.tmp');
		const script = `import {trackTemp} from ${JSON.stringify(path.join(ROOT, 'dist/src/io/temp-files.js'))};
import {writeFileSync} from 'node:fs';
writeFileSync(${JSON.stringify(tmp)}, 'half');
trackTemp(${JSON.stringify(tmp)});
process.kill(process.pid, 'SIGTERM');
setTimeout(() => {}, 5000);`;
		const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {timeout: 10_000});
		expect(r.signal).toBe('SIGTERM');
		expect(existsSync(tmp)).toBe(false);
	});
});

describe('reading: regular files only, the limit counted while reading, encodings detected', () => {
	it('a /proc file (stat size 0) is cut at the limit, not read to its end', () => {
		expect(() => readRegularFile('/proc/self/status', 64)).toThrow(/more than 64 bytes/);
		expect(readRegularFile('/proc/self/status', 1_000_000).length).toBeGreaterThan(64);
	});

	it('a symbolic link named x.csv to a /proc file is read only up to the limit', () => {
		const link = path.join(dir, 'proc.yaml');
		symlinkSync('/proc/self/status', link);
		expect(() => openScenario(link)).toThrow(/not a hukou-sim scenario/);
	});

	it('GB18030 (Excel/WPS "CSV" on Chinese Windows) reads the same names as UTF-8, and validate says so', () => {
		const {scenario} = copyBaseline('gb');
		const gb = path.join(ROOT, 'test/fixtures/encoding/units-gb18030.csv');
		writeFileSync(path.join(dir, 'gb', 'gb.yaml'), `extends: henan-2017.yaml\nunits: {file: ${gb}}\n`);
		const a = openScenario(scenario);
		const b = openScenario(path.join(dir, 'gb', 'gb.yaml'));
		expect(b.unitInfo).toEqual(a.unitInfo);
		expect(b.unitInfo[0]!.name_zh).toBe('郑州');
		const r = cli(['validate', path.join(dir, 'gb', 'gb.yaml')]);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/units-gb18030\.csv \(GB18030\)/);
	});

	it('a unit table may be the first sheet of an .xlsx workbook: the same run as from the CSV', async () => {
		const {scenario, table} = copyBaseline('xlsx');
		const ExcelJS = (await import('exceljs')).default;
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('单位 units');
		readFileSync(table, 'utf8').replace(/\r/g, '').trim().split('\n').forEach((line, i) => ws.addRow(line.split(',').map((c) => (i > 0 && c !== '' && Number.isFinite(Number(c)) ? Number(c) : c))));
		const book = path.join(dir, 'xlsx', 'data', 'units.xlsx');
		await wb.xlsx.writeFile(book);
		const overlay = path.join(dir, 'xlsx', 'book.yaml');
		writeFileSync(overlay, 'extends: henan-2017.yaml\nunits: {file: data/units.xlsx}\n');
		const fromCsv = cli(['run', scenario, '--format', 'csv']);
		const fromBook = cli(['run', overlay, '--format', 'csv']);
		expect(fromBook.status).toBe(0);
		expect(fromBook.stdout).toBe(fromCsv.stdout);
		expect(cli(['validate', overlay]).stdout).toMatch(/units\.xlsx \(xlsx, sheet "单位 units"\)/);
		// A zip that is not a workbook is refused, located at units.file, with the hint.
		writeFileSync(book, Buffer.from('PK\u0003\u0004 not a workbook'));
		const bad = cli(['validate', overlay]);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/book\.yaml:2:\d+: error: units\.file: cannot read the unit table .*cannot be read as an Excel workbook/);
	});

	it('UTF-8 with BOM is read; UTF-16, a workbook and binary data are refused with a hint', () => {
		const text = 'id,名称\n';
		expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.csv')).toEqual({text, encoding: 'UTF-8 with BOM'});
		expect(() => decodeText(Buffer.from('\ufeffid', 'utf16le'), 'a.csv')).toThrow(/UTF-16.*CSV UTF-8/);
		expect(() => decodeText(Buffer.from('PK\u0003\u0004rest'), 'a.csv')).toThrow(/zip archive.*\.xlsx/);
		expect(() => decodeText(Buffer.from([0x41, 0, 0x42]), 'a.yaml')).toThrow(/binary file.*UTF-8 text/);
		expect(() => decodeText(Buffer.from([0xff, 0xff, 0xff]), 'a.csv')).toThrow(/neither UTF-8 nor GB18030/);
	});
});

describe('nothing raw reaches a spreadsheet or a terminal', () => {
	it('a CSV text cell never starts a formula, whatever the text (property)', () => {
		fc.assert(
			fc.property(fc.string({maxLength: 20}), fc.constantFrom('', '=', '+', '-', '@', '\t', '\r'), (body, lead) => {
				const text = lead + body;
				const cell = (parse(`${csvField(text)}\n`, {relax_quotes: true}) as string[][])[0]?.[0] ?? '';
				if (/^[=+\-@\t\r]/.test(cell)) expect(Number.isFinite(Number(cell))).toBe(true);
				// Controls (a carriage return, an ESC) become visible escapes first.
				expect(cell === plainText(text) || cell === `'${plainText(text)}`).toBe(true);
			}),
		);
		expect(spreadsheetText('-0.5')).toBe('-0.5');
		expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
	});

	it('plainText leaves no control character, shows each as an escape and keeps the rest (property)', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 40}), (s) => {
				const t = plainText(s);
				expect(hasControls(t)).toBe(false);
				expect(plainText(t)).toBe(t);
				expect(t).toBe([...s].map((c) => (hasControls(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join(''));
			}),
		);
	});

	it('an escape sequence in a city name reaches neither the terminal nor the CSV; a formula is neutralised', () => {
		const {scenario, table} = copyBaseline('escape');
		const lines = readFileSync(table, 'utf8').split('\n');
		lines[1] = lines[1]!.replace('郑州', '郑州\u001b]0;owned\u0007\u001b[2J').replace('Zhengzhou', '"=HYPERLINK(""http://x"",""y"")"');
		writeFileSync(table, lines.join('\n'));
		const table_ = cli(['run', scenario, '--lang', 'zh']);
		expect(table_.status).toBe(0);
		expect(table_.stdout + table_.stderr).not.toMatch(/\u001b\]|\u0007|\u001b\[2J/);
		expect(table_.stderr).toMatch(/control characters \(escape sequences\) in the name, kept as visible escapes/);
		expect(table_.stdout).toContain('郑州\\u001b]0;owned\\u0007\\u001b[2J');
		const csv = cli(['run', scenario, '--format', 'csv']);
		expect(csv.stdout).not.toMatch(/\u001b/);
		expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
	});
});
