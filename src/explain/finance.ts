/**
 * Explains models/finance.ts: transfers (all transfer and per-capita programs), the fiscal gap,
 * and the financing of the infrastructure need (§三(二), §三(四)): subsidy, local matching, bonds
 * within the provincial debt limit, PPP, the unfunded rest.
 */
import type {Explainer, SeriesExplainer} from './context.js';
import type {ExplainNode} from './types.js';

const ids = (ex: Explainer, subsidy: boolean) => ex.scenario.programs.filter((p) => (p.kind === 'subsidy') === subsidy).map((p) => p.id);

function sumOf(ex: Explainer, names: readonly string[], t: number, u: number, d: number): {value: number; inputs: ExplainNode[]} {
	let value = 0;
	for (const id of names) value += ex.s(id, t, u);
	return {value, inputs: names.map((id) => ex.series(id, t, u, d))};
}

const transfers: SeriesExplainer = (ex, t, u, d) => {
	const names = ids(ex, false);
	const s = sumOf(ex, names, t, u, d);
	return {value: s.value, formula: names.join(' + ') || '0', clause: '§三(一)', inputs: s.inputs};
};

const infraSubsidy: SeriesExplainer = (ex, t, u, d) => {
	const names = ids(ex, true);
	const s = sumOf(ex, names, t, u, d);
	return {value: s.value, formula: names.join(' + ') || '0', clause: '§三(二)', inputs: s.inputs};
};

const transfersPerSettled: SeriesExplainer = (ex, t, u, d) => {
	const cohort = ex.s('cohort', t, u);
	return {value: cohort > 0 ? ex.s('transfers', t, u) / cohort : 0, formula: 'transfers / cohort', inputs: [ex.series('transfers', t, u, d), ex.series('cohort', t, u, d)]};
};

const fiscalGap: SeriesExplainer = (ex, t, u, d) => ({value: ex.s('localCost', t, u) - ex.s('transfers', t, u), formula: 'localCost − transfers', inputs: [ex.series('localCost', t, u, d), ex.series('transfers', t, u, d)]});

const infraLocalMatch: SeriesExplainer = (ex, t, u, d) => {
	const need = ex.s('infraNeed', t, u);
	const subsidy = ex.s('infraSubsidy', t, u);
	return {
		value: Math.min(Math.max(0, need - subsidy), ex.p('infraMatchingRatio', t, u) * subsidy),
		formula: 'min(max(0, infraNeed − infraSubsidy), infraMatchingRatio × infraSubsidy)',
		clause: '§三(二) 配套',
		inputs: [ex.series('infraNeed', t, u, d), ex.series('infraSubsidy', t, u, d), ex.param('infraMatchingRatio', t, u)],
	};
};

const rest = (ex: Explainer, t: number, u: number) => Math.max(0, ex.s('infraNeed', t, u) - ex.s('infraSubsidy', t, u) - ex.s('infraLocalMatch', t, u));

function restNode(ex: Explainer, t: number, u: number, d: number): ExplainNode {
	return ex.calc('rest', '补助和配套后的剩余需求', 'need left after subsidy and matching', rest(ex, t, u), 'yuan', 'max(0, infraNeed − infraSubsidy − infraLocalMatch)', [ex.series('infraNeed', t, u, d), ex.series('infraSubsidy', t, u, d), ex.series('infraLocalMatch', t, u, d)]);
}

/** The bonds scale down pro rata when the province's demand exceeds the debt limit. */
function bondScale(ex: Explainer, t: number): {scale: number; demand: number; limit: number} {
	let demand = 0;
	for (let v = 0; v < ex.n; v++) demand += rest(ex, t, v) * ex.p('infraBondShare', t, v);
	const limit = ex.p('infraBondLimit', t, 0);
	return {scale: demand > limit ? limit / demand : 1, demand, limit};
}

const infraBond: SeriesExplainer = (ex, t, u, d) => {
	const b = bondScale(ex, t);
	return {
		value: rest(ex, t, u) * ex.p('infraBondShare', t, u) * b.scale,
		formula: 'rest × infraBondShare × scale, scale = min(1, infraBondLimit / Σ_v rest_v × infraBondShare_v)',
		clause: '§三(四)',
		note: b.scale < 1 ? 'the provincial debt limit binds: bonds scaled down pro rata' : 'within the provincial debt limit',
		inputs: [restNode(ex, t, u, d), ex.param('infraBondShare', t, u), ex.calc('bondDemand', '全省债券需求', 'province bond demand', b.demand, 'yuan', 'Σ_v rest_v × infraBondShare_v', []), ex.param('infraBondLimit', t, 0), ex.constant('scale', '缩减系数', 'scale', b.scale, 'ratio')],
	};
};

const infraPpp: SeriesExplainer = (ex, t, u, d) => ({
	value: (rest(ex, t, u) - ex.s('infraBond', t, u)) * ex.p('infraPppShare', t, u),
	formula: '(rest − infraBond) × infraPppShare',
	clause: '§三(四)',
	inputs: [restNode(ex, t, u, d), ex.series('infraBond', t, u, d), ex.param('infraPppShare', t, u)],
});

const infraUnfunded: SeriesExplainer = (ex, t, u, d) => ({
	value: Math.max(0, rest(ex, t, u) - ex.s('infraBond', t, u) - ex.s('infraPpp', t, u)),
	formula: 'max(0, rest − infraBond − infraPpp)',
	inputs: [restNode(ex, t, u, d), ex.series('infraBond', t, u, d), ex.series('infraPpp', t, u, d)],
});

export const FINANCE_EXPLAINERS: Record<string, SeriesExplainer> = {transfers, transfersPerSettled, infraSubsidy, infraLocalMatch, infraBond, infraPpp, infraUnfunded, fiscalGap};
