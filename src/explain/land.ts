/**
 * Explains models/land.ts (§三(三), 国土资发〔2016〕123号): the tier standard per settler from last
 * year's land per person, need = settled × standard, granted within the provincial cap
 * (proportional or lowest land per person first), the uses of the granted quota, and the stock.
 */
import {LAND_USES, tierStandard} from '../../models/land.js';
import type {Explainer, SeriesExplainer} from './context.js';
import {TRADE_EXPLAINERS} from './land-trade.js';
import type {Derivation} from './types.js';

const landStandard: SeriesExplainer = (ex, t, u, d) => {
	const perCapita = ex.s('landPerCapita', t - 1, u);
	const tiers = ex.scenario.land.tiers;
	const tier = tierStandard(tiers, perCapita);
	const c = ex.scenario.units.centralCityShare[u]!;
	const mega = ex.p('megaCityCore', t, u);
	const table = tiers.map((r) => `≤${Number.isFinite(r.upTo) ? r.upTo : '∞'} → ${r.standard}`).join('; ');
	return {
		value: (1 - mega * c) * tier,
		formula: '(1 − megaCityCore × centralCityShare) × tier(landPerCapita[t−1])',
		clause: '国土资发〔2016〕123号; §三(三)',
		note: `tiers (m²/person): ${table}`,
		inputs: [ex.series('landPerCapita', t - 1, u, d), ex.constant('tier', '档位标准', 'tier standard', tier, 'm2_per_person', `landTiers in ${ex.scenario.data.landTiers?.reference ?? 'the scenario'}`), ex.param('megaCityCore', t, u), ex.data('centralCityShare', '中心城区比重', 'central-city share', c, 'share', u)],
	};
};

const landQuotaNeed: SeriesExplainer = (ex, t, u, d) => ({value: ex.s('settled', t, u) * ex.s('landStandard', t, u), formula: 'settled × landStandard', clause: '§三(三)', inputs: [ex.series('settled', t, u, d), ex.series('landStandard', t, u, d)]});

const landQuotaGranted: SeriesExplainer = (ex, t, u, d): Derivation => {
	let total = 0;
	for (let v = 0; v < ex.n; v++) total += ex.s('landQuotaNeed', t, v);
	const cap = ex.p('landProvincialCap', t, 0);
	const need = ex.s('landQuotaNeed', t, u);
	const rule = ex.scenario.land.capRule;
	const inputs = [ex.series('landQuotaNeed', t, u, d), ex.calc('totalNeed', '全省挂钩用地需求', 'province need', total, 'm2', 'Σ_v landQuotaNeed_v', []), ex.param('landProvincialCap', t, 0)];
	if (total <= cap) return {value: need, formula: 'landQuotaNeed (the province need fits the cap)', clause: '§三(三)', note: 'cap does not bind', inputs};
	if (rule === 'proportional') return {value: need * (cap / total), formula: 'landQuotaNeed × landProvincialCap / Σ need', note: 'cap binds: every unit scaled down in proportion', inputs};
	// Priority (123号: 人均用地少的优先): the same order and running remainder as the model.
	const order = Array.from({length: ex.n}, (_, v) => v).sort((a, b) => ex.s('landPerCapita', t - 1, a) - ex.s('landPerCapita', t - 1, b) || a - b);
	let left = cap;
	let value = 0;
	let before = 0;
	for (const v of order) {
		const g = Math.min(ex.s('landQuotaNeed', t, v), left);
		if (v === u) {
			value = g;
			before = cap - left;
			break;
		}
		left -= g;
	}
	return {
		value,
		formula: 'min(landQuotaNeed, landProvincialCap − granted to units with less land per person)',
		note: `cap binds; rule: lowest land per person first (rank ${order.indexOf(u) + 1} of ${ex.n})`,
		inputs: [...inputs, ex.calc('grantedBefore', '优先城市已下达', 'granted to units served first', before, 'm2', 'Σ granted to units with less land per person last year', []), ex.series('landPerCapita', t - 1, u, d)],
	};
};

const landQuotaShortfall: SeriesExplainer = (ex, t, u, d) => ({
	value: Math.max(0, ex.s('landQuotaNeed', t, u) - ex.s('landQuotaGranted', t, u)),
	formula: 'max(0, landQuotaNeed − landQuotaGranted)',
	inputs: [ex.series('landQuotaNeed', t, u, d), ex.series('landQuotaGranted', t, u, d)],
});

const landUse = (use: string): SeriesExplainer => (ex, t, u, d) => ({
	value: ex.s('landQuotaGranted', t, u) * ex.p(`landUse${use}`, t, u),
	formula: `landQuotaGranted × landUse${use}`,
	clause: '§三(三) 优先保障落户人口的住房、教育、医疗、养老、就业',
	inputs: [ex.series('landQuotaGranted', t, u, d), ex.param(`landUse${use}`, t, u)],
});

const existingLand: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('existingLand', t - 1, u) + ex.s('landQuotaGranted', t, u) + ex.s('homesteadUsedOwn', t, u) + ex.s('quotaTradeBought', t, u),
	formula: 'existingLand[t−1] + landQuotaGranted + homesteadUsedOwn + quotaTradeBought',
	inputs: [ex.series('existingLand', t - 1, u, d), ex.series('landQuotaGranted', t, u, d), ex.series('homesteadUsedOwn', t, u, d), ex.series('quotaTradeBought', t, u, d)],
});

const centralUrbanPop: SeriesExplainer = (ex: Explainer, t, u, d) => {
	const c = ex.scenario.units.centralCityShare[u]!;
	const urban = ex.s('urbanResidentPop', t, u);
	return {value: c > 0 ? urban * c : urban, formula: c > 0 ? 'urbanResidentPop × centralCityShare' : 'urbanResidentPop', note: 'the land figure is the central city’s', inputs: [ex.series('urbanResidentPop', t, u, d), ex.data('centralCityShare', '中心城区比重', 'central-city share', c, 'share', u)]};
};

const landPerCapita: SeriesExplainer = (ex, t, u, d) => ({value: ex.s('existingLand', t, u) / ex.s('centralUrbanPop', t, u), formula: 'existingLand / centralUrbanPop', inputs: [ex.series('existingLand', t, u, d), ex.series('centralUrbanPop', t, u, d)]});

export const LAND_EXPLAINERS: Record<string, SeriesExplainer> = {
	landStandard,
	landQuotaNeed,
	landQuotaGranted,
	landQuotaShortfall,
	...Object.fromEntries(LAND_USES.map((use) => [`landUse${use}`, landUse(use)])),
	existingLand,
	centralUrbanPop,
	landPerCapita,
	...TRADE_EXPLAINERS,
};
