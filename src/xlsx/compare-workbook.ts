/** Comparisons as a workbook: changed inputs, province and unit changes, programs, targets. */
import ExcelJS from 'exceljs';
import type {Comparison} from '../compare/types.js';
import type {DisplayOptions} from '../format/display-unit.js';
import {targetUnit} from '../format/target-unit.js';
import {sheetUnit, toSheet, unitHeader} from './measure.js';
import {addSheet, toBytes, type Cell} from './sheet.js';

const cellOf = (v: unknown): Cell => (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : v === undefined ? null : JSON.stringify(v));

/**
 * A changed parameter's base, alternative and unit in the sheet unit of its measure (a land cap in 公顷,
 * money in 亿元: DESIGN §3), as every other sheet; a value that is not a number (an expression, `none`) as written.
 */
function parameterCells(p: Comparison['changedParameters'][number], options: DisplayOptions): Cell[] {
	const su = p.measure && p.measure !== 'share' ? sheetUnit(p.measure, options) : undefined;
	if (!su || su.divisor === 1) return [cellOf(p.base), cellOf(p.alt), p.unit ?? ''];
	const value = (v: unknown): Cell => (typeof v === 'number' ? toSheet(v, p.measure!, options) : cellOf(v));
	return [value(p.base), value(p.alt), `${su.zh} ${su.en}`];
}

/** Land in 公顷, or 亩/万亩 with `options.land` (--land-unit), as the compare table. */
export function compareWorkbook(comparisons: readonly Comparison[], options: DisplayOptions = {}): ExcelJS.Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'hukou-sim';
	const title = comparisons.map((c) => `${c.base.file} → ${c.alt.file}`).join('; ');
	addSheet(wb, {
		name: 'Changed 改变的参数',
		title: `改变的参数 Changed parameters — ${title}`,
		header: [['alternative', 'path', 'parameter', '参数', 'label', 'base 基线', 'alternative 方案', 'unit 单位', 'status 状态', 'source 来源', 'note 备注']],
		rows: comparisons.flatMap((c) => c.changedParameters.map((p): Cell[] => [c.alt.file, p.path, p.parameter ?? '', p.label_zh ?? '', p.label_en ?? '', ...parameterCells(p, options), p.status ?? '', p.source ?? '', p.note ?? ''])),
		frozenColumns: 3,
	});
	const deltaHeader = (lead: string[]) => [[...lead, 'series', '指标', 'indicator', '单位', 'unit', 'year', 'base 基线', 'alternative 方案', 'Δ', '% (fraction)']];
	const provinceRows: Cell[][] = [];
	const provinceFmt: string[] = [];
	for (const c of comparisons) {
		for (const [name, d] of Object.entries(c.deltas.province)) {
			const su = sheetUnit(d.unit, options);
			c.years.forEach((year, k) => {
				provinceRows.push([c.alt.file, name, d.label_zh, d.label_en, su.zh, su.en, year, toSheet(d.base[k]!, d.unit, options), toSheet(d.alt[k]!, d.unit, options), toSheet(d.abs[k]!, d.unit, options), d.pct[k]!]);
				provinceFmt.push(su.numFmt);
			});
		}
	}
	addSheet(wb, {name: 'Province Δ 全省', title: `全省变化 Province changes — ${title}`, header: deltaHeader(['alternative']), rows: provinceRows, rowNumFmt: provinceFmt, numFmt: [...Array(6).fill(undefined), '0', ...Array(3).fill(undefined), '0.00%'], frozenColumns: 3});
	const unitRows: Cell[][] = [];
	const unitFmt: string[] = [];
	for (const c of comparisons) {
		for (const [name, d] of Object.entries(c.deltas.series)) {
			const su = sheetUnit(d.unit, options);
			c.units.forEach((unit, u) => {
				c.years.forEach((year, k) => {
					unitRows.push([c.alt.file, unit.id, unit.name_zh, name, d.label_zh, d.label_en, su.zh, su.en, year, toSheet(d.base[u]![k]!, d.unit, options), toSheet(d.alt[u]![k]!, d.unit, options), toSheet(d.abs[u]![k]!, d.unit, options), d.pct[u]![k]!]);
					unitFmt.push(su.numFmt);
				});
			});
		}
	}
	addSheet(wb, {name: 'Units Δ 各市', title: `各市变化 Changes by unit — ${title}`, header: deltaHeader(['alternative', 'unit', '城市']), rows: unitRows, rowNumFmt: unitFmt, numFmt: [...Array(8).fill(undefined), '0', ...Array(3).fill(undefined), '0.00%'], frozenColumns: 3});
	addSheet(wb, {
		name: 'Programs 资金分配',
		title: `资金分配:谁多得、谁少得 Allocation programs: who gains, who loses (亿元 100M yuan) — ${title}`,
		header: [['alternative', 'program', '项目', 'name', 'year', 'unit', '城市', 'base 基线', 'alternative 方案', 'Δ', '% (fraction)']],
		rows: comparisons.flatMap((c) =>
			c.programs.flatMap((p) => [
				...p.total.map((r): Cell[] => [c.alt.file, p.id, p.name_zh, p.name_en, 'total', r.unit, r.name_zh, toSheet(r.base, 'yuan'), toSheet(r.alt, 'yuan'), toSheet(r.abs, 'yuan'), r.pct]),
				...p.byYear.flatMap((y) => y.units.map((r): Cell[] => [c.alt.file, p.id, p.name_zh, p.name_en, y.year, r.unit, r.name_zh, toSheet(r.base, 'yuan'), toSheet(r.alt, 'yuan'), toSheet(r.abs, 'yuan'), r.pct])),
			]),
		),
		numFmt: [...Array(7).fill(undefined), '#,##0.0000', '#,##0.0000', '#,##0.0000', '0.00%'],
		frozenColumns: 3,
	});
	addSheet(wb, {
		name: 'Targets 目标',
		title: `规划目标 Targets — ${title}`,
		header: [['alternative', 'target', '目标', 'label', 'year', 'op', 'target value 目标值', 'base value 基线', 'base met', 'alternative value 方案', 'alternative met', 'differs 不同', 'unit 单位']],
		// Values in the unit the plan states them in: %, 百分点 (a rate's change) or 万人.
		rows: comparisons.flatMap((c) =>
			c.targets.map((t): Cell[] => {
				const u = targetUnit(t.metric);
				const shown = (v: number | undefined) => (v === undefined ? null : v / u.divisor);
				return [c.alt.file, t.id, t.label_zh, t.label_en, t.year, t.op === '>=' ? '≥' : '≤', shown(t.target), shown(t.base?.value), t.base?.met ?? null, shown(t.alt?.value), t.alt?.met ?? null, t.differs, unitHeader(u)];
			}),
		),
		rowNumFmt: comparisons.flatMap((c) => c.targets.map((t) => targetUnit(t.metric).numFmt)),
		frozenColumns: 3,
		booleans: ['✓', '✗'],
	});
	return wb;
}

export const writeCompareXlsx = async (comparisons: readonly Comparison[], options: DisplayOptions = {}): Promise<Uint8Array> => toBytes(compareWorkbook(comparisons, options));
