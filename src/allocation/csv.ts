/**
 * The factor-method table as CSV, for other tools: one row per program, year and unit, then a total
 * row (unit `total`). Numbers in the engine's units (yuan, fractions), `published` in whole 万元,
 * `bound` one of floor, cap, eligibility, none, as in the JSON.
 */
// Text fields are plain and never a formula (src/format/terminal-text.ts spreadsheetText, applied by csvField).
import {csvField} from '../runner/csv.js';
import {allocationColumns, columnTotal} from './columns.js';
import type {AllocationTable} from './table.js';

const num = (v: number | string | null) => (v === null ? '' : typeof v === 'number' && !Number.isFinite(v) ? '' : String(v));

export function allocationCsv(tables: readonly AllocationTable[]): string {
	const lines: string[] = [];
	let head = '';
	for (const table of tables) {
		const columns = allocationColumns(table);
		const h = ['program', 'year', 'pool', 'unit', 'name_zh', 'name_en', ...columns.map((c) => c.key)].map(csvField).join(',');
		// Programs with other factors get their own header line (a CSV per program stays one table).
		if (h !== head) lines.push(h);
		head = h;
		const lead = [csvField(table.program), table.year, num(table.pool)];
		for (const r of table.units) lines.push([...lead, r.id, csvField(r.name_zh), csvField(r.name_en), ...columns.map((c) => (c.kind === 'bound' ? String(c.value(r)) : num(c.value(r))))].join(','));
		lines.push([...lead, 'total', '合计', 'Total', ...columns.map((c) => num(columnTotal(table, c)))].join(','));
	}
	return `${lines.join('\n')}\n`;
}
