/**
 * A unit table kept as an Excel workbook (.xlsx): its first sheet, as CSV text for the same parser
 * and the same located messages (a line is a sheet row). exceljs reads workbooks asynchronously
 * and loading a scenario is synchronous, so the workbook is read in a worker thread while this one
 * waits on a shared flag (Atomics.wait): the worker has its own memory limit and a time limit, so a
 * crafted workbook (a "zip bomb") cannot exhaust the machine.
 */
import {createRequire} from 'node:module';
import {MessageChannel, receiveMessageOnPort, Worker} from 'node:worker_threads';
import {readError} from './read-file.js';

const TIME_LIMIT_MS = 30_000;
const MEMORY_LIMIT_MB = 512;

const WORKER = `
const {workerData} = require('node:worker_threads');
const ExcelJS = require(workerData.exceljs);
const flag = new Int32Array(workerData.shared);
const text = (v) => {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return String(v);
	if (typeof v === 'string') return v;
	if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
	if ('result' in v) return text(v.result);
	if ('text' in v) return String(v.text);
	if ('error' in v) return String(v.error);
	return '';
};
(async () => {
	try {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(workerData.bytes);
		const ws = wb.worksheets[0];
		const rows = [];
		if (ws) ws.eachRow({includeEmpty: true}, (row) => {
			const cells = [];
			for (let c = 1; c <= row.cellCount; c++) cells.push(text(row.getCell(c).value));
			rows.push(cells);
		});
		workerData.port.postMessage({rows, sheet: ws ? ws.name : undefined, sheets: wb.worksheets.length});
	} catch (e) {
		workerData.port.postMessage({error: e && e.message ? String(e.message).slice(0, 200) : String(e)});
	}
	Atomics.store(flag, 0, 1);
	Atomics.notify(flag, 0);
})();
`;

export interface SheetText {
	readonly text: string;
	readonly sheet: string;
	readonly sheets: number;
}

/** The first sheet of a workbook as CSV text (fields quoted where needed). */
export function xlsxToCsv(bytes: Uint8Array, file: string): SheetText {
	const shared = new SharedArrayBuffer(4);
	const flag = new Int32Array(shared);
	const {port1, port2} = new MessageChannel();
	const exceljs = createRequire(import.meta.url).resolve('exceljs');
	const worker = new Worker(WORKER, {eval: true, workerData: {bytes, port: port2, shared, exceljs}, transferList: [port2], resourceLimits: {maxOldGenerationSizeMb: MEMORY_LIMIT_MB}});
	let failure: string | undefined;
	worker.on('error', (e) => (failure = e.message));
	const waited = Atomics.wait(flag, 0, 0, TIME_LIMIT_MS);
	const message = receiveMessageOnPort(port1)?.message as {rows?: string[][]; sheet?: string; sheets?: number; error?: string} | undefined;
	void worker.terminate();
	port1.close();
	if (waited === 'timed-out') throw readError('ENOTTEXT', `${file} took longer than ${TIME_LIMIT_MS / 1000} s to read as a workbook; save the sheet as "CSV UTF-8"`);
	if (!message || message.error || failure) throw readError('ENOTTEXT', `${file} cannot be read as an Excel workbook (${message?.error ?? failure ?? `more than ${MEMORY_LIMIT_MB} MB`}); save the sheet as "CSV UTF-8"`);
	if (!message.rows || message.rows.length === 0) throw readError('ENOTTEXT', `${file} has no rows in its first sheet`);
	const field = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	// A sheet row ends at its last filled cell: pad to the header, so that an empty cell is reported as empty.
	const width = message.rows[0]!.length;
	const rows = message.rows.map((r) => (r.length < width && r.some((c) => c !== '') ? [...r, ...Array<string>(width - r.length).fill('')] : r));
	return {text: `${rows.map((r) => r.map(field).join(',')).join('\n')}\n`, sheet: message.sheet ?? '', sheets: message.sheets ?? 1};
}
