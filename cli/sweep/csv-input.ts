/** Read a user's CSV of input rows for `--sampler csv`: a header naming every uncertain input. */
import fs from 'node:fs';
import {parse} from 'csv-parse/sync';
import {registerInput} from '../../src/io/inputs.js';
import {decodeText, readRegularFile} from '../../src/io/read-file.js';
import {MAX_CSV_BYTES} from '../../src/scenario/units-table.js';
import {UsageError} from './study.js';

export function readInputRows(file: string, names: readonly string[], option = '--input'): number[][] {
	if (!fs.existsSync(file)) throw new UsageError(`${option}: ${file} not found`);
	let text: string;
	try {
		text = decodeText(readRegularFile(file, MAX_CSV_BYTES), file).text;
	} catch (error) {
		throw new UsageError(`${option} ${file}: ${(error as Error).message}`);
	}
	registerInput(file, `${option} sample`);
	const records = parse(text, {columns: true, skip_empty_lines: true, trim: true, bom: true}) as Record<string, string>[];
	const header = records.length > 0 ? Object.keys(records[0]!) : [];
	const missing = names.filter((n) => !header.includes(n));
	if (missing.length > 0) {
		throw new UsageError(`${option} ${file}: missing column(s) ${missing.join(', ')}; expected a header with ${names.join(', ')} (other columns are ignored)`);
	}
	return records.map((rec) => names.map((n) => (rec[n] === '' ? Number.NaN : Number(rec[n]))));
}
