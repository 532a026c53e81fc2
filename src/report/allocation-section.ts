/**
 * The allocation programs in the report (issue 12): for each program the factor-method table
 * (因素法测算表) of the last year, as `hukou-sim allocation` prints it (columns of
 * src/allocation/columns.ts), the published figures of every year in 万元, and the warnings about
 * floors and caps.
 */
import {allocationColumns, cellText, columnTotal, KIND_UNITS} from '../allocation/columns.js';
import {allocationTable, programYearIndices, type AllocationTable} from '../allocation/table.js';
import type {BoundWarning} from '../allocation/warning.js';
import type {RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {esc, table, text, type CellValue, type Lang} from './html.js';

function programBlock(tables: readonly AllocationTable[], lang: Lang): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const last = tables.at(-1)!;
	const columns = allocationColumns(last);
	// Short headings (the factor's name over its value and share columns), the unit in brackets.
	const head = [L('城市', 'City'), ...columns.map((c) => `${c.head.factor ? `${L(c.head.factor.zh, c.head.factor.en)} ` : ''}${L(c.head.zh, c.head.en)}${KIND_UNITS[c.kind].zh ? ` (${lang === 'en' ? KIND_UNITS[c.kind].en : KIND_UNITS[c.kind].zh})` : ''}`)];
	const rows: CellValue[][] = last.units.map((r) => [L(r.name_zh, r.name_en), ...columns.map((c): CellValue => (c.kind === 'bound' && r.bound !== 'none' ? {html: esc(cellText(c.kind, c.value(r), lang)), cls: 'estimate'} : cellText(c.kind, c.value(r), lang)))]);
	rows.push([{html: `<b>${esc(L('合计', 'Total'))}</b>`}, ...columns.map((c): CellValue => {
		const total = columnTotal(last, c);
		return {html: `<b>${total === null ? '' : esc(cellText(c.kind, total, lang))}</b>`};
	})]);
	const numeric = [false, ...columns.map((c) => c.kind !== 'bound')];
	const byYear = table(
		[L('城市', 'City'), ...tables.map((t) => `${t.year} (${L('万元', '10k yuan')})`)],
		[
			...last.units.map((r, u) => [L(r.name_zh, r.name_en), ...tables.map((t) => cellText('published', t.units[u]!.published, lang))]),
			[{html: `<b>${esc(L('合计', 'Total'))}</b>`}, ...tables.map((t): CellValue => ({html: `<b>${esc(cellText('published', t.total.published, lang))}</b>`}))],
		],
		{numeric: [false, ...tables.map(() => true)]},
	);
	const pool = cellText('money', last.pool, lang);
	return `<h3 id="allocation-${esc(last.program)}">${esc(L(last.name_zh, last.name_en))}${last.clause ? ` ${esc(last.clause)}` : ''}</h3>
<p class="note">${L(`${last.year}年资金池 ${pool} 万元`, `Pool ${last.year}: ${pool} 10k yuan`)}${last.factors.length ? ` · ${L('权重', 'weights')} ${esc(last.factors.map((f) => `${L(f.label.zh, f.label.en)} ${Number(f.weight.toPrecision(4))}`).join(', '))}` : ''}${last.unallocated > 0 ? ` · ${L('未分配', 'unallocated')} ${cellText('money', last.unallocated, lang)} ${L('万元', '10k yuan')}` : ''}</p>
<div style="overflow-x: auto; font-size: 12px">${table(head, rows, {numeric, caption: L(`${last.year}年因素法测算表`, `Factor-method table ${last.year}`)})}</div>
<p class="note">${L('各年下达数(万元)', 'Published figures by year (10k yuan)')}</p>
${byYear}`;
}

export function allocationSection(scenario: CompiledScenario, result: RunResult, warnings: readonly BoundWarning[], lang: Lang): string {
	const L = (zh: string, en: string) => text(zh, en, lang);
	const years = programYearIndices(result.years);
	if (years.length === 0 || result.programs.length === 0) return '';
	const blocks = result.programs.map((p) => programBlock(years.map((t) => allocationTable(scenario, result, p.id, t)), lang));
	const warningList = warnings.length
		? `<h3>${L('保底与封顶提示', 'Warnings about floors and caps')}</h3>\n<ul>${warnings.map((w) => `<li>${esc(L(w.message_zh, w.message_en))}${w.at ? ` <span class="note">(${esc(w.at.path)})</span>` : ''}<br><span class="note">${esc(w.hint)}</span></li>`).join('\n')}</ul>`
		: '';
	const names = result.programs.map((p) => p.name_zh).join('、');
	return `<h2 id="allocation">${L('资金分配测算', 'Allocation tables')}</h2>
<p class="note">${L(`${esc(names)}按因素法分配:因素值与占比、调节系数、保底与封顶、测算金额,以及按万元取整(最大余数法)、合计等于资金池的下达数。`, `${esc(result.programs.map((p) => `${p.name_en} (${p.name_zh})`).join(', '))}, split by the factor method: factor values and shares, the coefficient, floor and cap, the amount, and the published figure in whole 万元 (largest remainder, adding up to the pool).`)}</p>
${warningList}
${blocks.join('\n')}`;
}
