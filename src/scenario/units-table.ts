/**
 * The unit table (one row per city or county), from CSV text. Populations arrive in 万人 and are
 * stored in persons; areas arrive in km² and are stored in m². Every bad cell is reported with
 * its row and column; the checks are those a yearbook transcription needs (text in numbers,
 * negative populations, urban above total, shares outside [0, 1], totals that don't add up).
 */
import {parse} from 'csv-parse/sync';
import type {Diagnostic} from '../errors/diagnostic.js';
import {didYouMean} from '../errors/did-you-mean.js';
import {hasControls, plainText} from '../format/terminal-text.js';
import {isPrototypeName, PROTOTYPE_HINT, RESERVED_UNIT_IDS} from '../names/reserved.js';

export const UNIT_ID = /^[a-z][a-z0-9_-]*$/;
/** Limits that keep a stranger's table from exhausting memory or time (a province has < 200 counties). */
export const MAX_CSV_BYTES = 20_000_000;
export const MAX_UNITS = 20_000;
/** Problems listed per table before the rest are counted only. */
export const MAX_TABLE_PROBLEMS = 50;
/** A unit table has a dozen columns; thousands are a wrong file (and every row is looked up by column name). */
export const MAX_COLUMNS = 500;
const NUMERIC = ['residentPop_10k', 'urbanResidentPop_10k', 'hukouPop_10k', 'urbanHukouPop_10k', 'centralCityShare'] as const;
const TEXT = ['id', 'name_zh', 'name_en', 'sizeClass'] as const;
/** The land column: urban construction land (km²); the Henan data holds the 2021 built-up area as a proxy. */
export const LAND_COLUMNS = ['urbanLand_km2', 'builtUpArea2021_km2'] as const;
export const REQUIRED_COLUMNS = [...TEXT, ...NUMERIC, LAND_COLUMNS[0]] as const;

export interface UnitTable {
	readonly ids: readonly string[];
	readonly nameZh: readonly string[];
	readonly nameEn: readonly string[];
	readonly residentPop: Float64Array;
	readonly urbanResidentPop: Float64Array;
	readonly hukouPop: Float64Array;
	readonly urbanHukouPop: Float64Array;
	readonly centralCityShare: Float64Array;
	/** Existing urban construction land, m². */
	readonly urbanLand: Float64Array;
	/** The column the land was read from (urbanLand_km2, or the 2021 built-up proxy). */
	readonly landColumn?: string;
	/** Every column as text, for per-class parameter overrides (byClass: {sizeClass: {…}}). */
	readonly columns: Readonly<Record<string, readonly string[]>>;
}

export function parseUnitTable(file: string, text: string, diagnostics: Diagnostic[], totals?: Record<string, number>): UnitTable | undefined {
	const lines = text.split(/\r?\n/);
	let column = 1;
	// Every problem is reported, up to MAX_TABLE_PROBLEMS: a wrong file or a shifted column gives one per cell.
	let problems = 0;
	let withheld = 0;
	const err = (line: number, path: string, message: string, value?: unknown, expected?: string, hint?: string, severity: 'error' | 'warning' = 'error') => {
		if (++problems > MAX_TABLE_PROBLEMS) withheld++;
		else diagnostics.push({severity, file, line, column, path, message, value, expected, hint});
	};
	const summary = () => {
		if (withheld > 0) diagnostics.push({severity: 'error', file, line: 1, column: 1, path: '', message: `${withheld} more problems in this table are not listed`, expected: 'a table that matches the header', hint: 'fix the first ones (often one cause: a shifted column, a wrong separator or the wrong file) and validate again'});
	};
	/** Point `column` at field j of a line (1-based character column), for the next err(). */
	const at = (line: number, j: number) => {
		column = fieldColumn(lines[line - 1] ?? '', j);
	};
	if (text.length > MAX_CSV_BYTES) {
		err(1, '', `the table is ${text.length} characters long; the limit is ${MAX_CSV_BYTES}`, undefined, `at most ${MAX_UNITS} rows`, 'a unit table has one row per city or county');
		return undefined;
	}
	let records: Array<{record: string[]; info: {lines: number}}>;
	try {
		records = parse(text, {relax_column_count: true, info: true, skip_empty_lines: true, trim: true, bom: true}) as unknown as typeof records;
	} catch (error) {
		// The parser's message quotes the offending text: keep only what went wrong, and where.
		const e = error as Error & {lines?: number; code?: string};
		err(e.lines ?? 1, '', `the CSV cannot be read: ${(e.message ?? String(error)).replace(/[:,] (value|got|the field) is .*$/is, '').replace(/ at line \d+.*$/s, '').slice(0, 120)}`, undefined, 'comma-separated values with a header row', 'check the quotes on the reported line: a field with a quote must be quoted whole ("a ""b"" c")');
		return undefined;
	}
	const header = records[0]?.record ?? [];
	const rows = records.slice(1);
	if (header.length > MAX_COLUMNS) {
		err(records[0]!.info.lines, '', `the header has ${header.length} columns; at most ${MAX_COLUMNS} are allowed`, undefined, `at most ${MAX_COLUMNS} columns`, 'is this the unit table? It has one column per figure (id, name_zh, residentPop_10k, …)');
		return undefined;
	}
	// A table saved with semicolons or tabs (Excel in a decimal-comma locale, "Unicode text") has one wide column.
	const separator = header.length === 1 ? [';', '\t', '|'].find((c) => (header[0] ?? '').includes(c)) : undefined;
	if (separator) {
		err(records[0]!.info.lines, '', `the table is separated by ${separator === '\t' ? 'tabs' : `"${separator}"`}, not commas`, undefined, 'comma-separated values (CSV)', 'save it as "CSV UTF-8 (comma delimited)"; a spreadsheet set to a decimal-comma locale writes semicolons');
		return undefined;
	}
	if (rows.length > MAX_UNITS) {
		err(records[MAX_UNITS + 1]!.info.lines, '', `the table has ${rows.length} rows; at most ${MAX_UNITS} units are allowed`, rows.length, `at most ${MAX_UNITS} rows`, 'a unit table has one row per city or county; aggregate finer units');
		return undefined;
	}
	const headerLine = records[0]?.info.lines ?? 1;
	// A column named twice would shift values silently (the second wins in every lookup by name).
	const firstAt = new Map<string, number>();
	header.forEach((h, j) => {
		column = fieldColumn(lines[headerLine - 1] ?? '', j);
		if (firstAt.has(h)) err(headerLine, `column ${j + 1}`, `the header names column "${h}" twice (columns ${firstAt.get(h)! + 1} and ${j + 1})`, h, 'each column name once', 'rename or delete one of the two columns');
		else firstAt.set(h, j);
		if (isPrototypeName(h)) err(headerLine, `column ${j + 1}`, `"${h}" cannot be a column name`, h, 'a column name of your own', PROTOTYPE_HINT);
	});
	const headerBroken = firstAt.size !== header.length || header.some(isPrototypeName);
	const landColumn = LAND_COLUMNS.find((c) => header.includes(c));
	const missing = REQUIRED_COLUMNS.filter((c) => (c === LAND_COLUMNS[0] ? !landColumn : !header.includes(c)));
	for (const name of missing) {
		const near = didYouMean(name, header);
		const j = near ? header.indexOf(near.replace(/^did you mean "(.*)"\?$/, '$1')) : -1;
		column = j >= 0 ? fieldColumn(lines[headerLine - 1] ?? '', j) : 1;
		err(headerLine, `column ${name}`, `the header has no column "${name}"`, header.join(','), `a header with ${REQUIRED_COLUMNS.join(', ')}${name === LAND_COLUMNS[0] ? ` (or ${LAND_COLUMNS[1]})` : ''}`, near ? `${near} (rename the column)` : 'add the column; see docs/validation.md and scenarios/data/henan-2016-units.csv');
	}
	column = 1;
	if (rows.length === 0) err(headerLine, '', 'the table has no data rows', undefined, 'one row per unit after the header');
	if (missing.length > 0 || rows.length === 0 || headerBroken) {
		summary();
		return undefined;
	}

	const n = rows.length;
	// Column names are the user's: a prototype-less object, so `columns[name]` is a column or undefined.
	const columns: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
	for (const h of header) columns[h] = [];
	const numbers = (c: string) => new Float64Array(n);
	const table = {
		ids: [] as string[],
		nameZh: [] as string[],
		nameEn: [] as string[],
		residentPop: numbers('r'),
		urbanResidentPop: numbers('u'),
		hukouPop: numbers('h'),
		urbanHukouPop: numbers('uh'),
		centralCityShare: numbers('c'),
		urbanLand: numbers('l'),
		landColumn,
		columns,
	};
	const seen = new Set<string>();
	rows.forEach(({record, info}, i) => {
		const line = info.lines;
		const where = (c: string) => `row ${i + 1}${UNIT_ID.test(record[header.indexOf('id')] ?? '') ? ` (${record[header.indexOf('id')]})` : ''}, column ${c}`;
		at(line, Math.min(record.length, header.length));
		if (record.length !== header.length) {
			const gap = header.length - record.length;
			err(line, where('').replace(/, column $/, ''), `the row has ${record.length} fields but the header has ${header.length} (${Math.abs(gap)} ${gap > 0 ? 'missing' : 'too many'})`, record.join(','), `${header.length} comma-separated fields`, 'a missing or extra comma; quote names that contain commas');
		}
		header.forEach((h, j) => columns[h]!.push(record[j] ?? ''));
		const cell = (c: string) => record[header.indexOf(c)] ?? '';
		const id = cell('id');
		at(line, header.indexOf('id'));
		if (!UNIT_ID.test(id)) err(line, where('id'), 'not a valid unit id', id, 'lower-case letters, digits, - or _, starting with a letter', 'e.g. zhengzhou');
		else if (RESERVED_UNIT_IDS.has(id)) err(line, where('id'), `"${id}" is reserved for the province row of every output`, id, 'another id', 'name the unit after its city, e.g. zhengzhou');
		else if (isPrototypeName(id)) err(line, where('id'), `"${id}" cannot be a unit id`, id, 'another id', PROTOTYPE_HINT);
		if (seen.has(id)) err(line, where('id'), 'the id appears twice', id, 'one row per unit');
		seen.add(id);
		table.ids.push(id);
		for (const c of ['name_zh', 'name_en']) {
			if (!hasControls(cell(c))) continue;
			at(line, header.indexOf(c));
			err(line, where(c), 'control characters (escape sequences) in the name, kept as visible escapes (\\u001b)', cell(c), 'plain text', 'a name copied from a terminal or a web page can carry escape sequences that would reach other screens; retype it', 'warning');
		}
		table.nameZh.push(plainText(cell('name_zh')) || id);
		table.nameEn.push(plainText(cell('name_en')) || id);
		const num = (c: string, scale: number, target: Float64Array, check: (x: number) => string | undefined) => {
			const raw = cell(c);
			at(line, header.indexOf(c));
			const x = parseCsvNumber(raw);
			if (Number.isNaN(x) && DECIMAL_COMMA.test(raw)) {
				err(line, where(c), `"${raw}" in column ${c} has a decimal comma`, raw, 'a number with a decimal point (368.24), one locale for the whole table', 'this table reads 1,234 as one thousand two hundred thirty-four: write decimals with a point (set the spreadsheet to a point as the decimal separator before saving)');
				return;
			}
			if (raw === '' || !Number.isFinite(x)) {
				err(line, where(c), raw === '' ? `the ${c} cell is empty` : `"${raw}" in column ${c} is not a number`, raw, c === 'centralCityShare' ? 'a number between 0 and 1' : 'a number (no units, no text)', numberHint(raw, c));
				return;
			}
			const problem = check(x);
			if (problem) err(line, where(c), problem, x, c === 'centralCityShare' ? 'between 0 and 1' : 'a number greater than 0', c === 'centralCityShare' ? 'write 40% as 0.4' : 'check the sign and the source yearbook');
			target[i] = x * scale;
		};
		const positive = (x: number) => (x > 0 ? undefined : x < 0 ? 'a population or area cannot be negative' : 'must be greater than 0');
		num('residentPop_10k', 1e4, table.residentPop, positive);
		// Zero urban residents would make land per person (国土资发〔2016〕123号 tiers) undefined.
		num('urbanResidentPop_10k', 1e4, table.urbanResidentPop, (x) => (x > 0 ? undefined : x < 0 ? 'a population cannot be negative' : 'a unit needs urban residents: land per person is undefined without them'));
		num('hukouPop_10k', 1e4, table.hukouPop, positive);
		num('urbanHukouPop_10k', 1e4, table.urbanHukouPop, (x) => (x >= 0 ? undefined : 'a population cannot be negative'));
		num('centralCityShare', 1, table.centralCityShare, (x) => (x >= 0 && x <= 1 ? undefined : 'a share must lie between 0 and 1'));
		num(landColumn!, 1e6, table.urbanLand, positive);
		at(line, header.indexOf('urbanResidentPop_10k'));
		if (table.urbanResidentPop[i]! > table.residentPop[i]!) {
			err(line, where('urbanResidentPop_10k'), `urban residents (${cell('urbanResidentPop_10k')}) exceed the resident population (${cell('residentPop_10k')})`, cell('urbanResidentPop_10k'), `at most residentPop_10k = ${cell('residentPop_10k')}`, 'the two columns may be swapped');
		}
		at(line, header.indexOf('urbanHukouPop_10k'));
		if (table.urbanHukouPop[i]! > table.hukouPop[i]!) {
			err(line, where('urbanHukouPop_10k'), `the urban hukou population (${cell('urbanHukouPop_10k')}) exceeds the hukou population (${cell('hukouPop_10k')})`, cell('urbanHukouPop_10k'), `at most hukouPop_10k = ${cell('hukouPop_10k')}`, 'the two columns may be swapped');
		}
	});
	for (const [name, expected] of Object.entries(totals ?? {})) {
		const values = Object.hasOwn(columns, name) ? columns[name] : undefined;
		column = 1;
		if (!values) {
			err(headerLine, `units.totals.${name}`, `the scenario gives a total for "${name}" but the table has no such column`, name, `one of: ${header.join(', ')}`, didYouMean(name, header) ?? 'correct the name under units.totals in the scenario');
			continue;
		}
		at(headerLine, header.indexOf(name));
		const sum = values.reduce((s, v) => s + parseCsvNumber(v), 0);
		if (!Number.isFinite(sum)) continue; // the bad cells are reported above
		const gap = Math.abs(sum - expected) / Math.abs(expected || 1);
		if (gap > 0.01) err(headerLine, `column ${name}`, `the units add up to ${round(sum)}, but the scenario's units.totals.${name} is ${expected} (${(gap * 100).toFixed(1)}% off)`, round(sum), `within 1% of ${expected}`, 'a row is missing, doubled or mistyped (or the total in the scenario is out of date)');
		else if (gap > 0.001) err(headerLine, `column ${name}`, `the units add up to ${round(sum)}, ${(gap * 100).toFixed(2)}% off units.totals.${name} = ${expected}; the run goes on`, round(sum), `within 0.1%`, 'rounding in the source is fine; a larger gap is a typo', 'warning');
	}
	summary();
	return table;
}

/**
 * A number cell: a decimal point, and commas only as thousands separators in groups of three
 * (1,234.5). Anything else with a comma (1,5 or 1.234,5) is NaN, reported as a decimal comma.
 */
export function parseCsvNumber(raw: string): number {
	const text = raw.trim();
	if (text.includes(',')) return THOUSANDS.test(text) ? Number(text.replaceAll(',', '')) : NaN;
	// Decimal notation only: JavaScript's Number() would also read 0x10, 0b11, Infinity and ' '.
	return DECIMAL.test(text) ? Number(text) : NaN;
}
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[-+]?[\d.]*\d,\d+$/;

const round = (x: number) => Math.round(x * 100) / 100;

function numberHint(raw: string, column: string): string {
	if (raw === '') return 'fill in the figure from the yearbook, or remove the row';
	if (/万|亿|人|km|平方/.test(raw)) return `write the number without units: ${column.endsWith('_10k') ? 'populations are already in 万人' : 'the unit is in the column name'}`;
	if (/%$/.test(raw)) return 'write the share as a fraction: 40% is 0.4';
	if (/[０-９．－]/.test(raw)) return 'full-width digits (全角数字): type them with the input method in half-width mode (半角)';
	if (/^[-\d.,\s]+$/.test(raw)) return 'use one decimal point and no spaces; thousands separators must be commas inside quotes';
	return 'a text cell in a number column: columns may have been shifted by a missing comma';
}

/** 1-based character column where field j starts in a CSV line (quotes respected). */
export function fieldColumn(line: string, j: number): number {
	let field = 0;
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		if (field === j) return i + 1;
		const c = line[i];
		if (c === '"') quoted = !quoted;
		else if (c === ',' && !quoted) field++;
	}
	return j >= field ? line.length + 1 : 1;
}

/** The CSV column a base-year quantity of the table was read from: its status and source are that column's. */
export function csvColumnOf(table: UnitTable, field: 'residentPop' | 'urbanResidentPop' | 'hukouPop' | 'urbanHukouPop' | 'centralCityShare' | 'urbanLand'): string {
	if (field === 'urbanLand') return table.landColumn ?? LAND_COLUMNS[0];
	return NUMERIC.find((c) => c === field || c === `${field}_10k`) ?? field;
}
