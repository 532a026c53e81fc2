/**
 * "Why this number": what fed a series for one unit and year. Until the engine's explanation trace
 * (src/explain/) is available, this shows the model that computes the series (with its plan
 * clause), the parameters that model reads with their value for that unit and year, status and
 * source, and for an allocation program its pool, factors, coefficient, eligibility and cap.
 */
import {COST_PARAMETERS, COST_SERIES} from '../../../models/cost.js';
import {FINANCE_PARAMETERS, FINANCE_SERIES} from '../../../models/finance.js';
import {LAND_PARAMETERS, LAND_SERIES} from '../../../models/land.js';
import {POPULATION_PARAMETERS, POPULATION_SERIES} from '../../../models/population.js';
import {REWARD_PARAMETERS, REWARD_SERIES} from '../../../models/reward-factors.js';
import {SETTLEMENT_PARAMETERS, SETTLEMENT_SERIES} from '../../../models/settlement.js';
import type {CompiledScenario, ParameterOverride, RunResult} from '../../../src/index.js';
import type {ParameterDef} from '../../../src/params/parameter-def.js';
import type {SeriesInfo} from '../../../src/index.js';
import {show} from './format.js';

export interface ExplainLine {
	readonly label: string;
	readonly value: string;
	readonly note: string;
}

export interface Explanation {
	readonly title: string;
	readonly value: string;
	readonly model: string;
	readonly lines: readonly ExplainLine[];
}

interface ModelEntry {
	readonly name: string;
	readonly series: readonly SeriesInfo[];
	readonly params: readonly ParameterDef[];
}

const MODELS: readonly ModelEntry[] = [
	{name: 'models/population.ts — 人口 population (§一)', series: POPULATION_SERIES, params: POPULATION_PARAMETERS},
	{name: 'models/settlement.ts — 落户 settlement (§二)', series: SETTLEMENT_SERIES, params: SETTLEMENT_PARAMETERS},
	{name: 'models/cost.ts — 市民化成本 cost (§三(六)–(九))', series: COST_SERIES, params: COST_PARAMETERS},
	{name: 'models/reward-factors.ts — 奖励因素 reward factors (§三(一))', series: REWARD_SERIES, params: REWARD_PARAMETERS},
	{name: 'models/finance.ts — 财政 finance (§三(二)(四))', series: FINANCE_SERIES, params: FINANCE_PARAMETERS},
	{name: 'models/land.ts — 用地 land (§三(三)(五), 123号)', series: LAND_SERIES, params: LAND_PARAMETERS},
];

const expr = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v));

export function explainFallback(scenario: CompiledScenario, result: RunResult, series: string, u: number, t: number, overrides: readonly ParameterOverride[] = []): Explanation {
	const info = scenario.seriesInfo.find((s) => s.name === series);
	const unit = result.units[u];
	const year = result.years[t];
	const v = result.series[series]?.[t * result.nUnits + u] ?? NaN;
	const title = `${info?.label_zh ?? series} ${info?.label_en ?? ''} · ${unit?.name_zh ?? ''} ${unit?.name_en ?? ''} · ${year}`;
	const value = info ? show(v, info.measure) : String(v);
	const program = scenario.programs.find((p) => p.id === series);
	const lines: ExplainLine[] = [];
	if (program) {
		const spec = (scenario.data.programs ?? {})[series] as Record<string, unknown> | undefined;
		const pool = result.programs.find((p) => p.id === series)?.pool[t] ?? NaN;
		if (Number.isFinite(pool)) lines.push({label: 'pool 资金池', value: show(pool, 'yuan'), note: expr(spec?.['pool'] ?? '')});
		if (Number.isFinite(pool) && pool > 0) lines.push({label: 'share 份额', value: show(v / pool, 'share'), note: 'this unit / the pool'});
		for (const key of ['amount', 'coefficient', 'eligible', 'floor', 'cap']) if (spec?.[key] !== undefined) lines.push({label: key, value: '', note: expr(spec[key])});
		for (const f of (spec?.['factors'] as Array<Record<string, unknown>> | undefined) ?? []) lines.push({label: `factor ${expr(f['name'])}`, value: `w=${expr(f['weight'])}`, note: expr(f['expr'])});
		lines.push({label: 'rule', value: '', note: `models/programs.ts + models/allocation.ts, plan ${program.clause ?? ''}`});
	}
	const model = MODELS.find((m) => m.series.some((s) => s.name === series));
	const params = scenario.parameters.withOverrides(overrides);
	const ids = new Set<string>(model?.params.map((d) => d.id) ?? []);
	for (const id of ids) {
		const pInfo = scenario.parameterInfo.get(id);
		if (!pInfo || !params.has(id)) continue;
		const pv = params.get(id)[t * result.nUnits + u]!;
		const measure = pInfo.def?.measure ?? 'number';
		const spec = pInfo.spec;
		lines.push({
			label: id,
			value: Number.isFinite(pv) ? show(pv, measure) : 'none',
			note: [spec.status ?? 'estimate', spec.reference ?? spec.source ?? spec.note ?? ''].filter(Boolean).join(' · '),
		});
	}
	return {title, value, model: program ? 'allocation program 分配项目' : (model?.name ?? 'aggregate'), lines};
}
