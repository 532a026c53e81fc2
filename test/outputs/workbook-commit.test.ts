/** sweep --format xlsx: sweep.xlsx is staged and committed with the folder's other files, not written after them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {afterAll, describe, expect, it} from 'vitest';
import {cli as run} from '../validation/cli-helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-xlsx-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const cli = (...args: string[]) => run(args, tmp);

describe('sweep --format xlsx', () => {
	it('commits sweep.xlsx with runs, indices and metadata, holding what they hold', async () => {
		const r = cli('sweep', '--model', 'ishigami', '-n', '16', '--workers', '0', '--format', 'xlsx', '--out', 'wb');
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).toContain(`wrote ${path.join('wb', 'sweep.xlsx')}`);
		const dir = path.join(tmp, 'wb');
		expect(fs.readdirSync(dir).sort()).toEqual(['indices.csv', 'metadata.json', 'runs.csv', 'sweep.xlsx']);
		// Staged before metadata.json, the mark of a complete sweep, was written.
		expect(fs.statSync(path.join(dir, 'sweep.xlsx')).mtimeMs).toBeLessThanOrEqual(fs.statSync(path.join(dir, 'metadata.json')).mtimeMs);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(path.join(dir, 'sweep.xlsx'));
		const meta = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as {fingerprint: string; runs: number};
		const rows: unknown[][] = [];
		wb.getWorksheet('Metadata 元数据')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
		expect(rows.find((x) => x[0] === 'fingerprint')?.[1]).toBe(meta.fingerprint);
		let runs = 0;
		wb.getWorksheet('Runs 运行')!.eachRow(() => runs++);
		// Title and header rows, then one row per run.
		expect(runs).toBe(meta.runs + 2);
		const again = cli('sweep', '--model', 'ishigami', '-n', '16', '--workers', '0', '--out', 'wb');
		expect(again.status, again.stderr).toBe(0);
		expect(fs.readdirSync(dir).sort()).toEqual(['indices.csv', 'metadata.json', 'runs.csv']);
	});

	it('refuses, before anything runs, more runs than a worksheet holds', () => {
		// 1,048,576 rows a sheet: the title, runs.csv's header and 1,048,574 runs.
		const r = cli('sweep', '--model', 'ishigami', '--sampler', 'mc', '-n', '1048575', '--workers', '0', '--format', 'xlsx', '--out', 'too-many');
		expect(r.status, r.stderr).toBe(2);
		expect(r.stderr).toContain('error: --format xlsx: 1,048,575 runs do not fit on one worksheet (at most 1,048,574 rows of runs)');
		expect(fs.existsSync(path.join(tmp, 'too-many'))).toBe(false);
	});
});
