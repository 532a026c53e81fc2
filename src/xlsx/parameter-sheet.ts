/** The inputs sheet: every parameter with its unit, status (plan, estimate…), source, and its value per year. */
import type ExcelJS from 'exceljs';
import type {CompiledScenario} from '../scenario/compile.js';
import {addSheet, type Cell} from './sheet.js';

export function parameterSheet(wb: ExcelJS.Workbook, scenario: CompiledScenario): void {
	const years = scenario.years;
	const rows: Cell[][] = [];
	for (const [id, info] of scenario.parameterInfo) {
		const shared = scenario.parameters.shared(id);
		const perUnit = [...Object.keys(info.spec.byUnit ?? {}).map((u) => `byUnit ${u}`), ...Object.keys(info.spec.byClass ?? {}).map((c) => `byClass ${c}`)].join('; ');
		rows.push([
			id,
			info.section,
			info.def?.zh ?? '',
			info.def?.en ?? info.spec.description ?? '',
			info.spec.unit ?? info.def?.measure ?? '',
			info.spec.status ?? 'estimate',
			info.spec.source ?? '',
			info.spec.reference ?? '',
			info.spec.note ?? '',
			perUnit,
			...years.map((_, t) => (Number.isFinite(shared[t]!) ? shared[t]! : null)),
		]);
	}
	addSheet(wb, {
		name: 'Parameters 参数',
		title: `${scenario.name.zh} ${scenario.name.en} — 参数 Parameters (values in the scenario's own units: yuan, persons, m², fractions; empty = none)`,
		header: [['parameter', 'section', '参数', 'label', 'unit 单位', 'status 状态', 'source 来源', 'reference 依据', 'note 备注', 'per-unit values 分市取值', ...years]],
		rows,
	});
}
