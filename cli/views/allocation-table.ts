/**
 * The factor-method table (因素法测算表) in the terminal: a heading with the pool, one row per unit,
 * a total row whose published figure is the rounded pool, and a line for money left unallocated.
 */
import {allocationColumns, cellText, columnTotal, KIND_UNITS} from '../../src/allocation/columns.js';
import type {AllocationTable} from '../../src/allocation/table.js';
import {plainText} from '../../src/format/terminal-text.js';
import {renderTable} from '../format/table.js';
import {label, type Lang} from './labels.js';

export function allocationTableText(table: AllocationTable, lang: Lang): string {
	const L = (zh: string, en: string) => label(zh, en, lang);
	const columns = allocationColumns(table);
	const wan = (yuan: number) => cellText('money', yuan, lang);
	const out: string[] = [];
	out.push(`${plainText(L(table.name_zh, table.name_en))} (${plainText(table.program)}) ${table.year} ${L('因素法测算表', 'factor-method allocation')}${table.clause ? ` ${plainText(table.clause)}` : ''}`);
	out.push(`${L('资金池', 'Pool')} ${wan(table.pool)} ${L('万元', '10k yuan')} · ${L('权重', 'weights')} ${table.factors.map((f) => `${plainText(L(f.label.zh, f.label.en))} ${Number(f.weight.toPrecision(4))}`).join(', ') || '—'}`);
	const unitOf = (c: (typeof columns)[number]) => (lang === 'en' ? KIND_UNITS[c.kind].en : KIND_UNITS[c.kind].zh);
	const header: string[][] = [];
	if (columns.some((c) => c.head.factor)) header.push(['', ...columns.map((c) => plainText(c.head.factor ? L(c.head.factor.zh, c.head.factor.en) : ''))]);
	if (lang !== 'en') header.push(['城市', ...columns.map((c) => c.head.zh)]);
	if (lang !== 'zh') header.push(['Unit', ...columns.map((c) => c.head.en)]);
	header.push(['', ...columns.map(unitOf)]);
	const rows = table.units.map((r) => [plainText(L(r.name_zh, r.name_en)), ...columns.map((c) => cellText(c.kind, c.value(r), lang))]);
	rows.push([L('合计', 'Total'), ...columns.map((c) => {
		const total = columnTotal(table, c);
		return total === null ? '' : cellText(c.kind, total, lang);
	})]);
	out.push(renderTable(header, rows, ['left', ...columns.map((c) => (c.kind === 'bound' ? 'left' as const : 'right' as const))]));
	out.push(`${L('下达数按万元取整(最大余数法),合计等于资金池取整', 'Published in whole 10k yuan (万元) by largest remainder: the column adds up to the rounded pool')}: ${cellText('published', table.total.published, lang)} ${L('万元', '10k yuan')}.`);
	if (table.unallocated > 0) out.push(`${L('未分配', 'Unallocated')}: ${wan(table.unallocated)} ${L('万元', '10k yuan')} ${L('(所有单位已达封顶或不符合条件)', '(every unit capped or not eligible)')}`);
	return `${out.join('\n')}\n`;
}
