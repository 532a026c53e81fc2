/**
 * Land (地): plan §三(三) and §三(五), with 国土资发〔2016〕123号.
 * - The quota per settler follows the unit's existing urban construction land per person at the
 *   start of the year, by the tier table of the scenario (≤100 m² → 100; 100–150 → 80; >150 → 50);
 *   the central districts of 超大/特大 cities get none (megaCityCore = 1 on those units applies to
 *   their central-city share).
 * - Need = settled × standard; granted = need, or scaled (proportional) or prioritised (lowest land
 *   per person first) to fit the province's annual plan cap; shortfall reported.
 * - Use of the granted quota: housing (保障房 first), education, health, elderly care, employment,
 *   infrastructure (§三(三) lists these priorities).
 * - Homestead exit (增减挂钩, §三(五)): households of settlers with a rural homestead in the province ×
 *   voluntary exit rate × homestead area × reclamation ratio = surplus quota; it covers the unit's own
 *   shortfall first, then is sold on the provincial market (to units with a shortfall, the rest to
 *   the provincial platform by `quotaPlatformBuys`); revenue goes back to the countryside.
 * Land per person counts the central city's urban residents (the land figure is the central city's).
 */
import {perRun, series, type SimContext} from '../src/engine/context.js';
import {def, NONNEG, SHARE} from '../src/params/parameter-def.js';

export const M2_PER_MU = 10_000 / 15;

export const LAND_USES = ['Housing', 'Education', 'Health', 'Elderly', 'Employment', 'Infrastructure'] as const;
const USE_ZH = {Housing: '保障房等住房', Education: '教育', Health: '医疗', Elderly: '养老', Employment: '就业', Infrastructure: '基础设施'} as const;

export interface LandConfig {
	readonly tiers: ReadonlyArray<{readonly upTo: number; readonly standard: number}>;
	readonly capRule: 'proportional' | 'priority';
}

export const LAND_PARAMETERS = [
	def('land', 'landProvincialCap', 'm2', NONNEG, undefined, '全省挂钩新增用地年度计划上限', 'provincial annual plan cap for this quota', true),
	def('land', 'megaCityCore', 'number', SHARE, undefined, '超大特大城市中心城区(不安排新增)', '1 for 超大/特大 cities: no quota for the central districts'),
	...LAND_USES.map((use) => def('land', `landUse${use}`, 'share', SHARE, undefined, `新增用地用途:${USE_ZH[use]}`, `share of the granted quota for ${use.toLowerCase()}`)),
	def('land', 'ruralHouseholdSize', 'persons', [0.5, 20], [2, 5], '农户户均人口', 'persons per rural household'),
	def('land', 'homesteadPerHousehold', 'mu', [0, 10], [0.2, 1], '户均宅基地面积', 'homestead area per household'),
	def('land', 'homesteadExitRate', 'share', SHARE, [0, 0.3], '宅基地自愿退出率', 'share of settling households giving up their homestead'),
	def('land', 'reclamationRatio', 'share', SHARE, undefined, '复垦折算率', 'share of the homestead area that becomes quota after reclamation'),
	def('land', 'quotaPrice', 'yuan_per_mu', NONNEG, [5e4, 1e6], '省内节余指标交易价格', 'intra-province price of surplus quota'),
	def('land', 'exitCompensation', 'yuan_per_mu', NONNEG, [0, 1e6], '宅基地退出补偿', 'compensation paid to exiting households'),
	def('land', 'quotaPlatformBuys', 'share', SHARE, undefined, '省级平台收购剩余指标比例', 'share of unsold surplus the provincial platform buys'),
] as const;

export const LAND_SERIES = [
	series('existingLand', 'm2', '城镇建设用地(中心城区)', 'urban construction land (central city)'),
	series('centralUrbanPop', 'persons', '中心城区城镇常住人口', 'urban residents of the central city'),
	series('landPerCapita', 'm2_per_person', '人均城镇建设用地', 'urban construction land per person', {kind: 'ratio', numerator: 'existingLand', denominator: 'centralUrbanPop'}),
	series('landStandard', 'm2_per_person', '每落户人新增用地标准', 'new land per settler (tier standard)', {kind: 'weighted', weight: 'settled'}, true),
	series('landQuotaNeed', 'm2', '挂钩新增用地需求', 'land quota need', {kind: 'sum'}, true),
	series('landQuotaGranted', 'm2', '挂钩新增用地下达', 'land quota granted', {kind: 'sum'}, true),
	series('landQuotaShortfall', 'm2', '用地缺口', 'land quota shortfall', {kind: 'sum'}, true),
	...LAND_USES.map((use) => series(`landUse${use}`, 'm2', `下达用地:${USE_ZH[use]}`, `granted for ${use.toLowerCase()}`, {kind: 'sum'}, true)),
	series('homesteadHouseholds', 'households', '有宅基地的落户家庭', 'settling households with a homestead', {kind: 'sum'}, true),
	series('homesteadSurplus', 'm2', '宅基地退出节余指标', 'homestead surplus quota', {kind: 'sum'}, true),
	series('homesteadUsedOwn', 'm2', '节余指标自用', 'surplus used for own shortfall', {kind: 'sum'}, true),
	series('quotaTradeSold', 'm2', '节余指标出让', 'surplus quota sold', {kind: 'sum'}, true),
	series('quotaTradeBought', 'm2', '节余指标购入', 'surplus quota bought', {kind: 'sum'}, true),
	series('quotaTradeRevenue', 'yuan', '指标交易收益', 'quota trade revenue', {kind: 'sum'}, true),
	series('quotaTradeCost', 'yuan', '指标购入支出', 'quota purchase cost', {kind: 'sum'}, true),
	series('exitCompensationPaid', 'yuan', '退出补偿支出', 'exit compensation paid', {kind: 'sum'}, true),
	series('landShortfallAfterExit', 'm2', '增减挂钩后用地缺口', 'shortfall after homestead exit and trade', {kind: 'sum'}, true),
] as const;

/** Urban residents of the central city (the whole urban population where no central share is given). */
const centralPop = (urban: number, centralShare: number) => (centralShare > 0 ? urban * centralShare : urban);

/**
 * Land per person; a unit whose urban population has fallen to zero has no such figure: it is
 * reported as 0 (and its settlers, of whom there are none, would get the first tier's standard).
 */
const perPerson = (land: number, people: number) => (people > 0 ? land / people : 0);

export function tierStandard(tiers: LandConfig['tiers'], perCapita: number): number {
	for (const tier of tiers) if (perCapita <= tier.upTo) return tier.standard;
	return tiers[tiers.length - 1]?.standard ?? 0;
}

export function initLand(ctx: SimContext): void {
	for (let u = 0; u < ctx.n; u++) {
		ctx.series['existingLand']![u] = ctx.units.urbanLand[u]!;
		ctx.series['centralUrbanPop']![u] = centralPop(ctx.series['urbanResidentPop']![u]!, ctx.units.centralCityShare[u]!);
		ctx.series['landPerCapita']![u] = perPerson(ctx.units.urbanLand[u]!, ctx.series['centralUrbanPop']![u]!);
	}
}

export function stepLand(ctx: SimContext, t: number, config: LandConfig, scratch: Float64Array): void {
	const {n, params: p, series: s} = ctx;
	const off = t * n;
	const prev = off - n;
	const mega = p.get('megaCityCore');
	const [standardArr, needArr, settled, perCapita, centralPopArr, land, ownUse, bought] = perRun(ctx, 'land-1', () => ['landStandard', 'landQuotaNeed', 'settled', 'landPerCapita', 'centralUrbanPop', 'existingLand', 'homesteadUsedOwn', 'quotaTradeBought'].map((name) => s[name]!)) as Float64Array[] as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
	const centralShare = ctx.units.centralCityShare;
	let totalNeed = 0;
	for (let u = 0; u < n; u++) {
		const i = off + u;
		const standard = (1 - mega[i]! * centralShare[u]!) * tierStandard(config.tiers, perCapita[prev + u]!);
		standardArr[i] = standard;
		needArr[i] = settled[i]! * standard;
		totalNeed += needArr[i]!;
	}
	grantWithinCap(ctx, t, config.capRule, totalNeed, p.get('landProvincialCap')[off]!);
	homesteadExit(ctx, t, scratch);
	const granted = s['landQuotaGranted']!;
	const uses = perRun(ctx, 'land-uses', () => LAND_USES.map((use) => [p.get(`landUse${use}`), s[`landUse${use}`]!] as const));
	for (const [share, out] of uses) {
		for (let i = off; i < off + n; i++) out[i] = granted[i]! * share[i]!;
	}
	const urban = perRun(ctx, 'land-urban', () => s['urbanResidentPop']!);
	for (let u = 0; u < n; u++) {
		const i = off + u;
		land[i] = land[prev + u]! + granted[i]! + ownUse[i]! + bought[i]!;
		centralPopArr[i] = centralPop(urban[i]!, centralShare[u]!);
		perCapita[i] = perPerson(land[i]!, centralPopArr[i]!);
	}
}

function grantWithinCap(ctx: SimContext, t: number, rule: LandConfig['capRule'], totalNeed: number, cap: number): void {
	const {n, series: s} = ctx;
	const off = t * n;
	const [need, granted, shortfall, perCapita] = perRun(ctx, 'land-2', () => ['landQuotaNeed', 'landQuotaGranted', 'landQuotaShortfall', 'landPerCapita'].map((name) => s[name]!)) as [Float64Array, Float64Array, Float64Array, Float64Array];
	if (totalNeed <= cap) {
		for (let u = 0; u < n; u++) granted[off + u] = need[off + u]!;
	} else if (rule === 'proportional') {
		for (let u = 0; u < n; u++) granted[off + u] = need[off + u]! * (cap / totalNeed);
	} else {
		// Priority: the units with the least land per person are served first (123号: 人均用地少的优先).
		const order = Array.from({length: n}, (_, u) => u).sort((a, b) => perCapita[off - n + a]! - perCapita[off - n + b]! || a - b);
		let left = cap;
		for (const u of order) {
			const g = Math.min(need[off + u]!, left);
			granted[off + u] = g;
			left -= g;
		}
	}
	for (let u = 0; u < n; u++) shortfall[off + u] = Math.max(0, need[off + u]! - granted[off + u]!);
}

function homesteadExit(ctx: SimContext, t: number, remaining: Float64Array): void {
	const {n, params: p, series: s} = ctx;
	const off = t * n;
	const [householdSize, exitRate, homestead, reclamation, compensation, platform, price] = perRun(ctx, 'land-3', () => ['ruralHouseholdSize', 'homesteadExitRate', 'homesteadPerHousehold', 'reclamationRatio', 'exitCompensation', 'quotaPlatformBuys', 'quotaPrice'].map((id) => p.get(id))) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
	const [sameUnit, outflow, shortfall, householdsArr, surplusArr, ownArr, compensationPaid, sold, bought, revenue, cost, after] = perRun(ctx, 'land-4', () => [
		'settledSameUnit', 'hukouOutflow', 'landQuotaShortfall', 'homesteadHouseholds', 'homesteadSurplus', 'homesteadUsedOwn', 'exitCompensationPaid',
		'quotaTradeSold', 'quotaTradeBought', 'quotaTradeRevenue', 'quotaTradeCost', 'landShortfallAfterExit',
	].map((name) => s[name]!));
	let supply = 0;
	let demand = 0;
	for (let u = 0; u < n; u++) {
		const i = off + u;
		// Homesteads lie where the settler's rural hukou was: this unit for same-unit settlers, the
		// origin units for the others (hukouOutflow); cross-province settlers' homesteads are elsewhere.
		const households = (sameUnit![i]! + outflow![i]!) / householdSize[i]!;
		const surplus = households * exitRate[i]! * homestead[i]! * reclamation[i]! * M2_PER_MU;
		const own = Math.min(surplus, shortfall![i]!);
		householdsArr![i] = households;
		surplusArr![i] = surplus;
		ownArr![i] = own;
		compensationPaid![i] = (surplus / M2_PER_MU) * compensation[i]!;
		remaining[u] = shortfall![i]! - own;
		supply += surplus - own;
		demand += remaining[u]!;
	}
	const volume = Math.min(supply, demand);
	for (let u = 0; u < n; u++) {
		const i = off + u;
		const leftover = surplusArr![i]! - ownArr![i]!;
		const toUnits = supply > 0 ? leftover * (volume / supply) : 0;
		sold![i] = toUnits + (leftover - toUnits) * platform[i]!;
		bought![i] = demand > 0 ? remaining[u]! * (volume / demand) : 0;
		revenue![i] = (sold![i]! / M2_PER_MU) * price[i]!;
		cost![i] = (bought![i]! / M2_PER_MU) * price[i]!;
		after![i] = Math.max(0, remaining[u]! - bought![i]!);
	}
}
