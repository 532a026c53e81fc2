/**
 * The inputs sheet: every parameter with its unit, status (plan, estimate…), source and its value
 * per year in the unit people read (亿元, 万人, 公顷, %; src/format/display-unit.ts), then one row
 * under it for each per-unit (byUnit) and per-class (byClass) value, read from the resolved table
 * so that a dated or expression value shows as it applies.
 */
import type ExcelJS from 'exceljs';
import type {Measure} from '../engine/types.js';
import type {DisplayOptions} from '../format/display-unit.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {sheetUnit, unitHeader} from './measure.js';
import {addSheet, type Cell} from './sheet.js';

export function parameterSheet(wb: ExcelJS.Workbook, scenario: CompiledScenario, options: DisplayOptions = {}): void {
	const years = scenario.years;
	const n = scenario.units.ids.length;
	const rows: Cell[][] = [];
	const rowFmt: string[] = [];
	for (const [id, info] of scenario.parameterInfo) {
		const measure: Measure = info.def?.measure ?? 'number';
		const su = sheetUnit(measure, options);
		const shown = (v: number) => (Number.isFinite(v) ? v / su.divisor : null);
		const sources = [info.spec.source, info.spec.reference && `依据 ${info.spec.reference}`, info.spec.note && `备注 ${info.spec.note}`].filter(Boolean).join(' · ');
		const meta = [info.def?.zh ?? '', info.def?.en ?? info.spec.description ?? '', info.spec.unit ?? '', info.spec.status ?? 'estimate', sources];
		const shared = scenario.parameters.shared(id);
		rows.push([id, meta[0]!, '全省 province', unitHeader(su), ...years.map((_, t) => shown(shared[t]!)), info.section, ...meta.slice(1)]);
		rowFmt.push(su.numFmt);
		const values = scenario.parameters.get(id);
		const unitRow = (u: number, scope: string) => {
			rows.push([id, meta[0]!, scope, unitHeader(su), ...years.map((_, t) => shown(values[t * n + u]!)), ...meta.slice(1).map(() => '')]);
			rowFmt.push(su.numFmt);
		};
		for (const unit of Object.keys(info.spec.byUnit ?? {})) {
			const u = scenario.units.ids.indexOf(unit);
			if (u >= 0) unitRow(u, `${unit} ${scenario.units.nameZh[u]}`);
		}
		for (const [column, classes] of Object.entries(info.spec.byClass ?? {})) {
			const text = scenario.units.columns[column] ?? [];
			for (const cls of Object.keys(classes)) {
				// The value of a class is that of any unit in it (the first); a class no unit has is left out.
				const u = text.indexOf(cls);
				if (u >= 0) unitRow(u, `${column} = ${cls}`);
			}
		}
	}
	addSheet(wb, {
		name: 'Parameters 参数',
		title: `${scenario.name.zh} ${scenario.name.en} — 参数 Parameters (values in the unit shown; 全省 = the value for every unit without its own; empty = none, no limit)`,
		header: [['parameter', '参数', '适用 applies to', '单位 unit', ...years, 'section', 'label', '情景单位 unit in the scenario', 'status 状态', '来源 source · 依据 reference · 备注 note']],
		rows,
		rowNumFmt: rowFmt,
		frozenColumns: 3,
		maxWidth: [28, 24, 24, 18, ...years.map(() => undefined), 14, 30, 22, 12, 44],
	});
}
