/**
 * Long CSV of comparisons: one row per (alternative, unit or province, series, year) with the base,
 * the alternative, the absolute and the percentage change. Changed parameters and programs are
 * in the table, JSON and xlsx forms; this one is for pivot tables.
 */
import {csvField} from '../runner/csv.js';
import type {Comparison} from './types.js';

const num = (v: number | null) => (v === null ? '' : String(v));

export function comparisonCsv(comparisons: readonly Comparison[]): string {
	const lines = ['alternative,scope,unit,name_zh,name_en,series,year,base,alt,abs,pct'];
	for (const c of comparisons) {
		const alt = csvField(c.alt.file);
		for (const [name, d] of Object.entries(c.deltas.series)) {
			c.units.forEach((unit, u) => {
				c.years.forEach((year, k) => {
					lines.push([alt, 'unit', unit.id, csvField(unit.name_zh), csvField(unit.name_en), name, year, num(d.base[u]![k]!), num(d.alt[u]![k]!), num(d.abs[u]![k]!), num(d.pct[u]![k]!)].join(','));
				});
			});
		}
		for (const [name, d] of Object.entries(c.deltas.province)) {
			c.years.forEach((year, k) => {
				lines.push([alt, 'province', 'province', '全省', 'Province', name, year, num(d.base[k]!), num(d.alt[k]!), num(d.abs[k]!), num(d.pct[k]!)].join(','));
			});
		}
	}
	return `${lines.join('\n')}\n`;
}
