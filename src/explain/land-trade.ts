/**
 * Explains the homestead exit and quota market of models/land.ts (增减挂钩, §三(五)): surplus from
 * settling households' homesteads, used for the unit's own shortfall first, the rest sold on the
 * provincial market (to units short of quota, the remainder to the platform).
 */
import {M2_PER_MU} from '../../models/land.js';
import type {Explainer, SeriesExplainer} from './context.js';
import type {ExplainNode} from './types.js';

const remaining = (ex: Explainer, t: number, u: number) => ex.s('landQuotaShortfall', t, u) - ex.s('homesteadUsedOwn', t, u);

function market(ex: Explainer, t: number): {supply: number; demand: number; volume: number} {
	let supply = 0;
	let demand = 0;
	for (let v = 0; v < ex.n; v++) {
		supply += ex.s('homesteadSurplus', t, v) - ex.s('homesteadUsedOwn', t, v);
		demand += remaining(ex, t, v);
	}
	return {supply, demand, volume: Math.min(supply, demand)};
}

function marketNodes(ex: Explainer, t: number): ExplainNode[] {
	const m = market(ex, t);
	return [
		ex.calc('supply', '全省可出让节余指标', 'province surplus for sale', m.supply, 'm2', 'Σ_v (homesteadSurplus_v − homesteadUsedOwn_v)', []),
		ex.calc('demand', '全省剩余用地缺口', 'province shortfall left', m.demand, 'm2', 'Σ_v (landQuotaShortfall_v − homesteadUsedOwn_v)', []),
		ex.calc('volume', '省内交易量', 'traded between units', m.volume, 'm2', 'min(supply, demand)', []),
	];
}

const homesteadHouseholds: SeriesExplainer = (ex, t, u, d) => ({
	value: (ex.s('settledSameUnit', t, u) + ex.s('hukouOutflow', t, u)) / ex.p('ruralHouseholdSize', t, u),
	formula: '(settledSameUnit + hukouOutflow) / ruralHouseholdSize',
	note: 'homesteads lie where the rural hukou was: this unit for same-unit settlers, the origin units for the others',
	inputs: [ex.series('settledSameUnit', t, u, d), ex.series('hukouOutflow', t, u, d), ex.param('ruralHouseholdSize', t, u)],
});

const homesteadSurplus: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('homesteadHouseholds', t, u) * ex.p('homesteadExitRate', t, u) * ex.p('homesteadPerHousehold', t, u) * ex.p('reclamationRatio', t, u) * M2_PER_MU,
	formula: 'homesteadHouseholds × homesteadExitRate × homesteadPerHousehold × reclamationRatio × 666.7 m²/亩',
	clause: '§三(五) 自愿有偿退出',
	inputs: [ex.series('homesteadHouseholds', t, u, d), ex.param('homesteadExitRate', t, u), ex.param('homesteadPerHousehold', t, u), ex.param('reclamationRatio', t, u)],
});

const homesteadUsedOwn: SeriesExplainer = (ex, t, u, d) => ({
	value: Math.min(ex.s('homesteadSurplus', t, u), ex.s('landQuotaShortfall', t, u)),
	formula: 'min(homesteadSurplus, landQuotaShortfall)',
	inputs: [ex.series('homesteadSurplus', t, u, d), ex.series('landQuotaShortfall', t, u, d)],
});

const exitCompensationPaid: SeriesExplainer = (ex, t, u, d) => ({
	value: (ex.s('homesteadSurplus', t, u) / M2_PER_MU) * ex.p('exitCompensation', t, u),
	formula: 'homesteadSurplus (亩) × exitCompensation',
	inputs: [ex.series('homesteadSurplus', t, u, d), ex.param('exitCompensation', t, u)],
});

const quotaTradeSold: SeriesExplainer = (ex, t, u, d) => {
	const m = market(ex, t);
	const leftover = ex.s('homesteadSurplus', t, u) - ex.s('homesteadUsedOwn', t, u);
	const toUnits = m.supply > 0 ? leftover * (m.volume / m.supply) : 0;
	return {
		value: toUnits + (leftover - toUnits) * ex.p('quotaPlatformBuys', t, u),
		formula: 'leftover × volume / supply + (leftover − that) × quotaPlatformBuys, leftover = homesteadSurplus − homesteadUsedOwn',
		inputs: [ex.series('homesteadSurplus', t, u, d), ex.series('homesteadUsedOwn', t, u, d), ...marketNodes(ex, t), ex.param('quotaPlatformBuys', t, u)],
	};
};

const quotaTradeBought: SeriesExplainer = (ex, t, u, d) => {
	const m = market(ex, t);
	return {
		value: m.demand > 0 ? remaining(ex, t, u) * (m.volume / m.demand) : 0,
		formula: '(landQuotaShortfall − homesteadUsedOwn) × volume / demand',
		inputs: [ex.series('landQuotaShortfall', t, u, d), ex.series('homesteadUsedOwn', t, u, d), ...marketNodes(ex, t)],
	};
};

const priced = (name: 'quotaTradeSold' | 'quotaTradeBought'): SeriesExplainer => (ex, t, u, d) => ({
	value: (ex.s(name, t, u) / M2_PER_MU) * ex.p('quotaPrice', t, u),
	formula: `${name} (亩) × quotaPrice`,
	inputs: [ex.series(name, t, u, d), ex.param('quotaPrice', t, u)],
});

const landShortfallAfterExit: SeriesExplainer = (ex, t, u, d) => ({
	value: Math.max(0, remaining(ex, t, u) - ex.s('quotaTradeBought', t, u)),
	formula: 'max(0, landQuotaShortfall − homesteadUsedOwn − quotaTradeBought)',
	inputs: [ex.series('landQuotaShortfall', t, u, d), ex.series('homesteadUsedOwn', t, u, d), ex.series('quotaTradeBought', t, u, d)],
});

export const TRADE_EXPLAINERS: Record<string, SeriesExplainer> = {
	homesteadHouseholds,
	homesteadSurplus,
	homesteadUsedOwn,
	exitCompensationPaid,
	quotaTradeSold,
	quotaTradeBought,
	quotaTradeRevenue: priced('quotaTradeSold'),
	quotaTradeCost: priced('quotaTradeBought'),
	landShortfallAfterExit,
};
