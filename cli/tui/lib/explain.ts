/**
 * "Why this number" when the calculation tree cannot be shown: the model that computes the series
 * (from the registry, with its plan clause), its equation as written, and the parameters the
 * equation reads with their value for that unit and year, status and source.
 */
import type {CompiledScenario, ParameterOverride, RunResult} from '../../../src/index.js';
import {visit} from '../../../src/model/rast.js';
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

export function explainFallback(scenario: CompiledScenario, result: RunResult, series: string, u: number, t: number, overrides: readonly ParameterOverride[] = []): Explanation {
	const graph = scenario.graph;
	const node = graph.series[graph.seriesIndex.get(series) ?? -1];
	const unit = result.units[u];
	const year = result.years[t];
	const v = result.series[series]?.[t * result.nUnits + u] ?? NaN;
	const title = `${node?.zh ?? series} ${node?.en ?? ''} · ${unit?.name_zh ?? ''} ${unit?.name_en ?? ''} · ${year}`;
	const value = node ? show(v, node.measure) : String(v);
	const model = graph.models.find((m) => m.id === node?.model);
	const lines: ExplainLine[] = [];
	if (node?.text) lines.push({label: 'equation', value: '', note: node.text});
	const params = scenario.parameters.withOverrides(overrides);
	const ids = new Set<string>();
	if (node?.eq) visit(node.eq, (x) => (x.k === 'param' || x.k === 'shared') && ids.add(graph.params[x.p]!));
	for (const id of ids) {
		const pInfo = scenario.parameterInfo.get(id);
		if (!pInfo || !params.has(id)) continue;
		const pv = params.get(id)[t * result.nUnits + u]!;
		const spec = pInfo.spec;
		lines.push({label: id, value: Number.isFinite(pv) ? show(pv, pInfo.def?.measure ?? 'number') : 'none', note: [spec.status ?? 'estimate', spec.reference ?? spec.source ?? spec.note ?? ''].filter(Boolean).join(' · ')});
	}
	return {title, value, model: model ? `${model.zh} ${model.en} (${model.clause})` : node?.model === 'scenario' ? 'the scenario’s own series' : 'aggregate', lines};
}
