/**
 * The unit table (one row per city or county), from CSV text. Populations arrive in 万人 and are
 * stored in persons; areas arrive in km² and are stored in m². Every bad cell is reported with
 * its row and column; the checks are those a yearbook transcription needs (text in numbers,
 * negative populations, urban above total, shares outside [0, 1], totals that don't add up).
 */
import {parse} from 'csv-parse/sync';
import type {Diagnostic} from '../errors/diagnostic.js';
import {didYouMean} from '../errors/did-you-mean.js';

export const UNIT_ID = /^[a-z][a-z0-9_-]*$/;
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
	/** Every column as text, for per-class parameter overrides (byClass: {sizeClass: {…}}). */
	readonly columns: Readonly<Record<string, readonly string[]>>;
}

export function parseUnitTable(file: string, text: string, diagnostics: Diagnostic[], totals?: Record<string, number>): UnitTable | undefined {
	const err = (line: number, path: string, message: string, value?: unknown, expected?: string, hint?: string, severity: 'error' | 'warning' = 'error') =>
		diagnostics.push({severity, file, line, column: 1, path, message, value, expected, hint});
	let records: Array<{record: string[]; info: {lines: number}}>;
	try {
		records = parse(text, {relax_column_count: true, info: true, skip_empty_lines: true, trim: true, bom: true}) as unknown as typeof records;
	} catch (error) {
		err(1, '', `the CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`, undefined, 'comma-separated values with a header row', 'check the quotes on the reported line');
		return undefined;
	}
	const header = records[0]?.record ?? [];
	const rows = records.slice(1);
	const landColumn = LAND_COLUMNS.find((c) => header.includes(c));
	const missing = REQUIRED_COLUMNS.filter((c) => (c === LAND_COLUMNS[0] ? !landColumn : !header.includes(c)));
	for (const column of missing) {
		err(1, `column ${column}`, `missing column "${column}"`, header.join(','), `a header with ${REQUIRED_COLUMNS.join(', ')}`, didYouMean(column, header) ?? 'see "Bring your own data" in the README');
	}
	if (rows.length === 0) err(1, '', 'the table has no data rows', undefined, 'one row per unit');
	if (missing.length > 0 || rows.length === 0) return undefined;

	const n = rows.length;
	const columns: Record<string, string[]> = Object.fromEntries(header.map((h) => [h, [] as string[]]));
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
		columns,
	};
	const seen = new Set<string>();
	rows.forEach(({record, info}, i) => {
		const line = info.lines;
		const where = (c: string) => `row ${i + 1}, column ${c}`;
		if (record.length !== header.length) {
			err(line, `row ${i + 1}`, `the row has ${record.length} fields but the header has ${header.length}`, record.join(','), `${header.length} comma-separated fields`, 'a missing or extra comma; quote names that contain commas');
		}
		header.forEach((h, j) => columns[h]!.push(record[j] ?? ''));
		const cell = (c: string) => record[header.indexOf(c)] ?? '';
		const id = cell('id');
		if (!UNIT_ID.test(id)) err(line, where('id'), 'not a valid unit id', id, 'lower-case letters, digits, - or _, starting with a letter', 'e.g. zhengzhou');
		if (seen.has(id)) err(line, where('id'), 'the id appears twice', id, 'one row per unit');
		seen.add(id);
		table.ids.push(id);
		table.nameZh.push(cell('name_zh') || id);
		table.nameEn.push(cell('name_en') || id);
		const num = (c: string, scale: number, target: Float64Array, check: (x: number) => string | undefined) => {
			const raw = cell(c);
			const x = Number(raw.replaceAll(',', ''));
			if (raw === '' || !Number.isFinite(x)) {
				err(line, where(c), raw === '' ? 'empty cell' : 'not a number', raw, 'a number', raw.includes('万') ? 'write the number without units: populations are in 万人' : 'fill in the figure or remove the row');
				return;
			}
			const problem = check(x);
			if (problem) err(line, where(c), problem, x);
			target[i] = x * scale;
		};
		const positive = (x: number) => (x > 0 ? undefined : 'must be greater than 0');
		num('residentPop_10k', 1e4, table.residentPop, positive);
		num('urbanResidentPop_10k', 1e4, table.urbanResidentPop, (x) => (x >= 0 ? undefined : 'a population cannot be negative'));
		num('hukouPop_10k', 1e4, table.hukouPop, positive);
		num('urbanHukouPop_10k', 1e4, table.urbanHukouPop, (x) => (x >= 0 ? undefined : 'a population cannot be negative'));
		num('centralCityShare', 1, table.centralCityShare, (x) => (x >= 0 && x <= 1 ? undefined : 'a share must lie between 0 and 1'));
		num(landColumn!, 1e6, table.urbanLand, positive);
		if (table.urbanResidentPop[i]! > table.residentPop[i]!) {
			err(line, where('urbanResidentPop_10k'), 'urban residents exceed the resident population', cell('urbanResidentPop_10k'), `at most residentPop_10k = ${cell('residentPop_10k')}`, 'the two columns may be swapped');
		}
		if (table.urbanHukouPop[i]! > table.hukouPop[i]!) {
			err(line, where('urbanHukouPop_10k'), 'urban hukou population exceeds the hukou population', cell('urbanHukouPop_10k'), `at most hukouPop_10k = ${cell('hukouPop_10k')}`, 'the two columns may be swapped');
		}
	});
	for (const [column, expected] of Object.entries(totals ?? {})) {
		const values = columns[column];
		if (!values) {
			err(1, `units.totals.${column}`, `no column "${column}" to add up`, column, `one of: ${header.join(', ')}`);
			continue;
		}
		const sum = values.reduce((s, v) => s + Number(v), 0);
		const gap = Math.abs(sum - expected) / Math.abs(expected || 1);
		if (gap > 0.01) err(1, `column ${column}`, `the units add up to ${round(sum)}, but the total given is ${expected} (${(gap * 100).toFixed(1)}% off)`, round(sum), `within 1% of ${expected}`, 'a row is missing, doubled or mistyped');
		else if (gap > 0.001) err(1, `column ${column}`, `the units add up to ${round(sum)}, ${(gap * 100).toFixed(2)}% off the total ${expected}`, round(sum), `within 0.1%`, 'rounding in the source is fine; a larger gap is a typo', 'warning');
	}
	return table;
}

const round = (x: number) => Math.round(x * 100) / 100;
