/**
 * Explains models/settlement.ts (plan §二): the pool of urban residents without urban hukou, the
 * eligible share (§二(二) insurance years in the central city, §二(三) open towns), who settles
 * (pool × eligibleShare × willingness × takeUp + direct channels, within the pool and the rural
 * hukou), origins, the hukou stocks and the residence permits (§三(十)).
 */
import type {Explainer, SeriesExplainer} from './context.js';
import type {ExplainNode} from './types.js';

/** Urban hukou at the start of year t: last year's, grown naturally. */
function urbanStart(ex: Explainer, t: number, u: number, d: number): {value: number; node: ExplainNode} {
	const value = ex.s('urbanHukouPop', t - 1, u) * (1 + ex.p('hukouGrowth', t, u));
	return {value, node: ex.calc('urbanStart', '年初城镇户籍人口', 'urban hukou at the start of the year', value, 'persons', 'urbanHukouPop[t−1] × (1 + hukouGrowth)', [ex.series('urbanHukouPop', t - 1, u, d), ex.param('hukouGrowth', t, u)])};
}

/** Rural hukou at the start of year t (what same-unit settlers can come from). */
export function ruralStart(ex: Explainer, t: number, u: number): number {
	const growth = 1 + ex.p('hukouGrowth', t, u);
	return Math.max(0, ex.s('hukouPop', t - 1, u) * growth - ex.s('urbanHukouPop', t - 1, u) * growth);
}

function ruralNode(ex: Explainer, t: number, u: number, d: number): ExplainNode {
	return ex.calc('ruralStart', '年初农业户籍人口', 'rural hukou at the start of the year', ruralStart(ex, t, u), 'persons', 'max(0, hukouPop[t−1] × (1 + hukouGrowth) − urbanHukouPop[t−1] × (1 + hukouGrowth))', [ex.series('hukouPop', t - 1, u, d), ex.series('urbanHukouPop', t - 1, u, d), ex.param('hukouGrowth', t, u)]);
}

const settlementPool: SeriesExplainer = (ex, t, u, d) => {
	const start = urbanStart(ex, t, u, d);
	return {value: Math.max(0, ex.s('urbanResidentPop', t, u) - start.value), formula: 'max(0, urbanResidentPop − urbanStart)', clause: '§二', inputs: [ex.series('urbanResidentPop', t, u, d), start.node]};
};

const eligibleShare: SeriesExplainer = (ex, t, u) => {
	const c = ex.scenario.units.centralCityShare[u]!;
	const y = ex.p('socialInsuranceYears', t, u);
	const tau = ex.p('insuranceSpreadYears', t, u);
	const legal = ex.p('legalResidenceShare', t, u);
	return {
		value: c * Math.exp(-y / tau) + (1 - c) * legal,
		formula: 'centralCityShare × exp(−socialInsuranceYears / insuranceSpreadYears) + (1 − centralCityShare) × legalResidenceShare',
		clause: '§二(二) central city: at most y years of insurance; §二(三) towns: legal stable residence',
		inputs: [ex.data('centralCityShare', '中心城区比重', 'central-city share of the unit', c, 'share', u), ex.param('socialInsuranceYears', t, u), ex.param('insuranceSpreadYears', t, u), ex.param('legalResidenceShare', t, u)],
	};
};

const settled: SeriesExplainer = (ex, t, u, d) => {
	const pool = ex.s('settlementPool', t, u);
	const flow = pool * ex.s('eligibleShare', t, u) * ex.p('willingness', t, u) * ex.p('takeUp', t, u) + ex.p('directChannelRate', t, u) * ex.s('residentPop', t, u);
	let count = Math.min(pool, flow);
	const same = ex.p('originSameUnit', t, u);
	const rural = ruralStart(ex, t, u);
	let note = count < flow ? 'bounded by the pool' : 'the formula (no bound binds)';
	if (count * same > rural) {
		count = rural / same;
		note = 'bounded by the rural hukou of the unit: ruralStart / originSameUnit';
	}
	return {
		value: count,
		formula: 'min(settlementPool, settlementPool × eligibleShare × willingness × takeUp + directChannelRate × residentPop), and settled × originSameUnit ≤ ruralStart',
		clause: '§二; §一(二) 尊重意愿',
		note,
		inputs: [
			ex.series('settlementPool', t, u, d),
			ex.series('eligibleShare', t, u, d),
			ex.param('willingness', t, u),
			ex.param('takeUp', t, u),
			ex.param('directChannelRate', t, u),
			ex.series('residentPop', t, u, d),
			ex.param('originSameUnit', t, u),
			ruralNode(ex, t, u, d),
		],
	};
};

const byOrigin = (param: string, formula: string): SeriesExplainer => (ex, t, u, d) => ({value: ex.s('settled', t, u) * ex.p(param, t, u), formula, inputs: [ex.series('settled', t, u, d), ex.param(param, t, u)]});

const permitHolders: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.p('permitCoverage', t, u) * Math.max(0, ex.s('settlementPool', t, u) - ex.s('settled', t, u)),
	formula: 'permitCoverage × max(0, settlementPool − settled)',
	clause: '§三(十)',
	inputs: [ex.param('permitCoverage', t, u), ex.series('settlementPool', t, u, d), ex.series('settled', t, u, d)],
});

const cohort: SeriesExplainer = (ex, t, u, d) => ({value: ex.s('cohort', t - 1, u) + ex.s('settled', t, u), formula: 'cohort[t−1] + settled', inputs: [ex.series('cohort', t - 1, u, d), ex.series('settled', t, u, d)]});

const urbanHukouPop: SeriesExplainer = (ex, t, u, d) => {
	const start = urbanStart(ex, t, u, d);
	return {value: start.value + ex.s('settled', t, u), formula: 'urbanStart + settled', inputs: [start.node, ex.series('settled', t, u, d)]};
};

/** Outflow to other units: origin u gives Σ_v intra_v · rural_u / (R − rural_v), v ≠ u (models/settlement.ts). */
const hukouOutflow: SeriesExplainer = (ex, t, u, d) => {
	const rural = Array.from({length: ex.n}, (_, v) => ruralStart(ex, t, v));
	let total = 0;
	for (const r of rural) total += r;
	let k = 0;
	for (let v = 0; v < ex.n; v++) {
		const others = total - rural[v]!;
		if (others > 0) k += ex.s('settledIntraProvince', t, v) / others;
	}
	const others = total - rural[u]!;
	const own = others > 0 ? ex.s('settledIntraProvince', t, u) / others : 0;
	const room = Math.max(0, rural[u]! - ex.s('settledSameUnit', t, u));
	const value = Math.min(room, rural[u]! * (k - own));
	return {
		value,
		formula: 'min(ruralStart − settledSameUnit, ruralStart × Σ_{v≠u} settledIntraProvince_v / (R − ruralStart_v)), R = Σ ruralStart',
		note: value === room ? 'bounded by the rural hukou left after same-unit settlers' : 'drawn in proportion to rural hukou',
		inputs: [
			ruralNode(ex, t, u, d),
			ex.series('settledSameUnit', t, u, d),
			ex.calc('R', '全省年初农业户籍人口', 'rural hukou of the province at the start of the year', total, 'persons', 'Σ_v ruralStart_v', []),
			ex.calc('k', '省内跨市落户的来源强度', 'intra-province settlers per rural resident of the other units', k - own, 'ratio', 'Σ_{v≠u} settledIntraProvince_v / (R − ruralStart_v)', []),
		],
	};
};

const hukouPop: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('hukouPop', t - 1, u) * (1 + ex.p('hukouGrowth', t, u)) + ex.s('settledIntraProvince', t, u) + ex.s('settledCrossProvince', t, u) - ex.s('hukouOutflow', t, u),
	formula: 'hukouPop[t−1] × (1 + hukouGrowth) + settledIntraProvince + settledCrossProvince − hukouOutflow',
	inputs: [ex.series('hukouPop', t - 1, u, d), ex.param('hukouGrowth', t, u), ex.series('settledIntraProvince', t, u, d), ex.series('settledCrossProvince', t, u, d), ex.series('hukouOutflow', t, u, d)],
});

const hukouUrbanizationRate: SeriesExplainer = (ex, t, u, d) => {
	const hukou = ex.s('hukouPop', t, u);
	return {value: hukou > 0 ? ex.s('urbanHukouPop', t, u) / hukou : 0, formula: 'urbanHukouPop / hukouPop', clause: '§四(一)', inputs: [ex.series('urbanHukouPop', t, u, d), ex.series('hukouPop', t, u, d)]};
};

const rateGap: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('residentUrbanizationRate', t, u) - ex.s('hukouUrbanizationRate', t, u),
	formula: 'residentUrbanizationRate − hukouUrbanizationRate',
	clause: '§一(三)',
	inputs: [ex.series('residentUrbanizationRate', t, u, d), ex.series('hukouUrbanizationRate', t, u, d)],
});

export const SETTLEMENT_EXPLAINERS: Record<string, SeriesExplainer> = {
	settlementPool,
	eligibleShare,
	settled,
	settledSameUnit: byOrigin('originSameUnit', 'settled × originSameUnit'),
	settledIntraProvince: byOrigin('originOtherUnits', 'settled × originOtherUnits'),
	settledCrossProvince: byOrigin('originOtherProvinces', 'settled × originOtherProvinces'),
	hukouOutflow,
	cohort,
	hukouPop,
	urbanHukouPop,
	hukouUrbanizationRate,
	rateGap,
	permitHolders,
};
