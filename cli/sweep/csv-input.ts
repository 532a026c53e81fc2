/**
 * A user's CSV (`sweep --input`, `analyze --inputs/--outputs`): read with the size limit and the
 * encodings of every data file, and a file the parser cannot read is the user's mistake, located by
 * file and line (exit 2), not an internal error.
 */
import fs from 'node:fs';
import {parse, type Options} from 'csv-parse/sync';
import {registerInput} from '../../src/io/inputs.js';
import {decodeText, readRegularFile} from '../../src/io/read-file.js';
import {MAX_CSV_BYTES} from '../../src/scenario/units-table.js';
import {UsageError} from './study.js';

/** What the parser reports, in a user's words: the kind of problem, without the quoted text. */
const PARSE_HINTS: Record<string, string> = {
	CSV_INVALID_CLOSING_QUOTE: 'a field with a quote must be quoted whole ("a ""b"" c")',
	CSV_QUOTE_NOT_CLOSED: 'a quote opened on this line is never closed',
	CSV_RECORD_INCONSISTENT_COLUMNS: 'every row needs one field per header column',
};

export function readUserCsv(file: string, option: string, what: string, options: Options): unknown[] {
	if (!fs.existsSync(file)) throw new UsageError(`${option}: ${file} not found`);
	let text: string;
	try {
		text = decodeText(readRegularFile(file, MAX_CSV_BYTES), file).text;
	} catch (error) {
		throw new UsageError(`${option} ${file}: ${(error as Error).message}`);
	}
	registerInput(file, `${option} ${what}`);
	try {
		return parse(text, {skip_empty_lines: true, trim: true, bom: true, ...options}) as unknown[];
	} catch (error) {
		const e = error as Error & {code?: string; lines?: number};
		if (!e.code?.startsWith('CSV_')) throw error;
		const kind = e.message.split(':')[0]!.replace(/ at line \d+.*$/s, '').toLowerCase();
		throw new UsageError(`${option} ${file}:${e.lines ?? 1}: the CSV cannot be read (${kind}); expected comma-separated values under a header row`, PARSE_HINTS[e.code] ?? 'check the quotes and the number of fields on that line');
	}
}

export function readInputRows(file: string, names: readonly string[], option = '--input'): number[][] {
	const records = readUserCsv(file, option, 'sample', {columns: true}) as Record<string, string>[];
	const header = records.length > 0 ? Object.keys(records[0]!) : [];
	const missing = names.filter((n) => !header.includes(n));
	if (missing.length > 0) {
		throw new UsageError(`${option} ${file}: missing column(s) ${missing.join(', ')}; expected a header with ${names.join(', ')} (other columns are ignored)`);
	}
	return records.map((rec) => names.map((n) => (rec[n] === '' ? Number.NaN : Number(rec[n]))));
}
