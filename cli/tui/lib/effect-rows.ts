/** The levers panel's "effect" rows: province figures in the selected year, with their change. */
import type {Measure, RunResult} from '../../../src/index.js';

export interface EffectRow {
	readonly zh: string;
	readonly en: string;
	readonly value: number;
	readonly base: number;
	readonly measure: Measure;
}

const ROWS: ReadonlyArray<readonly [string, string, string, Measure]> = [
	['hukouUrbanizationRate', '户籍城镇化率', 'Hukou rate', 'share'],
	['settled', '落户(万人)', 'Settled (10k)', 'persons'],
	['transfers', '转移支付(亿元)', 'Transfers (100M)', 'yuan'],
	['infraSubsidy', '设施补助(亿元)', 'Subsidy (100M)', 'yuan'],
	['fiscalGap', '财政缺口(亿元)', 'Fiscal gap (100M)', 'yuan'],
	['landQuotaNeed', '用地需求(公顷)', 'Land need (ha)', 'm2'],
	['landQuotaGranted', '用地下达(公顷)', 'Granted (ha)', 'm2'],
	['landQuotaShortfall', '用地缺口(公顷)', 'Shortfall (ha)', 'm2'],
	['homesteadSurplus', '宅基地节余(公顷)', 'Homestead (ha)', 'm2'],
];

export function effectRows(result: RunResult, base: RunResult, t: number): EffectRow[] {
	const rows: EffectRow[] = ROWS.filter(([s]) => result.province[s] && base.province[s]).map(([s, zh, en, measure]) => ({zh, en, value: result.province[s]![t]!, base: base.province[s]![t]!, measure}));
	const met = (r: RunResult) => r.targets.filter((x) => x.met).length;
	rows.push({zh: `目标达成(共${result.targets.length})`, en: `Targets met of ${result.targets.length}`, value: met(result), base: met(base), measure: 'number'});
	for (const e of result.evaluations) {
		const b = base.evaluations.find((x) => x.year === e.year);
		rows.push({zh: `${e.year}年达标市`, en: `${e.year} units on track`, value: e.rows.filter((r) => r.met).length, base: b ? b.rows.filter((r) => r.met).length : NaN, measure: 'number'});
	}
	return rows;
}
