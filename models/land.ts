/**
 * Land (地): plan §三(三) and §三(五), with 国土资发〔2016〕123号 and Henan's 2017 implementing rules
 * (《河南省建立城镇建设用地增加规模同吸纳农业转移人口落户数量挂钩机制的实施办法》, 新华社 2017-11-09).
 * - Land is booked where the settlers settle: each unit has two stocks, its central city and its
 *   county towns, each with its own land per person (at the start of the year) and its own tier
 *   (≤100 m² → 100; 100–150 → 80; >150 → 50, "按…城镇" in the Henan rules), times the ±10% that the
 *   Henan rules let each place adjust (`landAdjustment`). Settlers split by where they became
 *   eligible (settlement.ts: `settledCentral`, `settledTowns`).
 * - 超大/特大 central districts get none (123号 原则上不因吸纳农业转移人口安排新增建设用地): from
 *   `megaCityFromYear`, a central city whose urban residents reach `megaCityThreshold`, or any unit
 *   flagged `megaCityCore`.
 * - Need = settledCentral × standardCentral + settledTowns × standardTowns; granted = need, or scaled
 *   (proportional) or prioritised (lowest land per person first, after a guaranteed minimum share of
 *   every unit's need, `landMinimumShare`) to fit the province's annual plan cap; shortfall reported.
 *   The grant and the homestead quota go to each part in proportion to its need.
 * - Use of the granted quota: housing (保障房 first), education, health, elderly care, employment,
 *   infrastructure (§三(三) lists these priorities).
 * - Homestead exit (增减挂钩, §三(五)): households of settlers with a rural homestead in the province ×
 *   voluntary exit rate × homestead area × reclamation ratio = surplus quota; it covers the unit's own
 *   shortfall first, then is sold on the provincial market (to units with a shortfall, the rest to
 *   the provincial platform by `quotaPlatformBuys`); revenue goes back to the countryside.
 */
import type {ModelDecl, SeriesDecl} from '../src/model/declare.js';
import {flow, step, stock, weighted} from '../src/model/declare.js';
import {NONNEG, SHARE, asLever, def} from '../src/params/parameter-def.js';

// 1 公顷 = 15 亩: the constant is the display table's (one source of truth for units).
export {M2_PER_MU} from '../src/format/display-unit.js';
import {M2_PER_MU} from '../src/format/display-unit.js';

export const LAND_USES = ['Housing', 'Education', 'Health', 'Elderly', 'Employment', 'Infrastructure'] as const;
const USE_ZH = {Housing: '保障房等住房', Education: '教育', Health: '医疗', Elderly: '养老', Employment: '就业', Infrastructure: '基础设施'} as const;

export interface LandConfig {
	readonly tiers: ReadonlyArray<{readonly upTo: number; readonly standard: number}>;
	readonly capRule: 'proportional' | 'priority';
}

/** The tier table of 国土资发〔2016〕123号 as the scenario gives it: the first tier whose upTo is not below. */
export function tierStandard(tiers: LandConfig['tiers'], perCapita: number): number {
	for (const tier of tiers) if (perCapita <= tier.upTo) return tier.standard;
	return tiers[tiers.length - 1]?.standard ?? 0;
}

const landUse = (use: (typeof LAND_USES)[number]): SeriesDecl =>
	flow(`landUse${use}`, 'm2', `下达用地:${USE_ZH[use]}`, `granted for ${use.toLowerCase()}`, `landQuotaGranted * param("landUse${use}")`, {clause: '§三(三)'});

export const land = {
	id: 'land',
	zh: '用地',
	en: 'Land',
	clause: '§三(三), §三(五); 国土资发〔2016〕123号',
	tierLevers: [
		{index: 0, zh: '用地标准:≤100㎡/人', en: 'Land standard, ≤100 m²/p', step: 5, min: 0, max: 300, clause: '123号'},
		{index: 1, zh: '用地标准:100–150', en: 'Land standard, 100–150', step: 5, min: 0, max: 300, clause: '123号'},
		{index: 2, zh: '用地标准:>150', en: 'Land standard, >150', step: 5, min: 0, max: 300, clause: '123号'},
	],
	constants: [{name: 'm2PerMu', value: M2_PER_MU, zh: '每亩平方米', en: 'm² per 亩 (1 公顷 = 15 亩)'}],
	parameters: [
		asLever(def('land', 'landProvincialCap', 'm2', NONNEG, undefined, '全省挂钩新增用地年度计划上限', 'provincial annual plan cap for this quota', true), 1e7, '§三(三)', {zh: '全省挂钩用地上限', en: 'Provincial land cap', max: 1e10, fromNone: 1e8}),
		def('land', 'megaCityCore', 'number', SHARE, undefined, '超大特大城市中心城区(不安排新增)', '1 for 超大/特大 cities: no quota for the central districts'),
		def('land', 'megaCityThreshold', 'persons', NONNEG, [3e6, 1e7], '特大城市城区人口门槛', 'central-city urban residents from which a city counts as 特大 (国发〔2014〕51号: 500万)'),
		def('land', 'megaCityFromYear', 'number', [1900, 2200], [2014, 2050], '特大城市规则适用年份', 'first year the 超大/特大 rule is applied by the threshold'),
		def('land', 'landAdjustment', 'ratio', [-0.1, 0.1], undefined, '新增用地标准调整幅度', 'adjustment of the standard per settler, within ±10% (Henan 2017 rules: 幅度控制在10%以内)'),
		def('land', 'townLandPerCapita', 'm2_per_person', NONNEG, [60, 250], '县城人均建设用地(基年)', 'urban construction land per urban resident of the county towns in the base year'),
		def('land', 'landMinimumShare', 'share', SHARE, undefined, '用地保底比例(优先规则)', 'share of every unit\'s need granted first under the priority cap rule'),
		...LAND_USES.map((use) => def('land', `landUse${use}`, 'share', SHARE, undefined, `新增用地用途:${USE_ZH[use]}`, `share of the granted quota for ${use.toLowerCase()}`)),
		def('land', 'ruralHouseholdSize', 'persons_per_household', [0.5, 20], [2, 5], '农户户均人口', 'persons per rural household'),
		def('land', 'homesteadPerHousehold', 'mu_per_household', [0, 10], [0.2, 1], '户均宅基地面积', 'homestead area per household'),
		asLever(def('land', 'homesteadExitRate', 'share', SHARE, [0, 0.3], '宅基地自愿退出率', 'share of settling households giving up their homestead'), 0.01, '§三(五)', {zh: '宅基地退出比例', en: 'Homestead exit rate'}),
		def('land', 'reclamationRatio', 'share', SHARE, undefined, '复垦折算率', 'share of the homestead area that becomes quota after reclamation'),
		def('land', 'quotaPrice', 'yuan_per_mu', NONNEG, [5e4, 1e6], '省内节余指标交易价格', 'intra-province price of surplus quota'),
		def('land', 'exitCompensation', 'yuan_per_mu', NONNEG, [0, 1e6], '宅基地退出补偿', 'compensation paid to exiting households'),
		def('land', 'quotaPlatformBuys', 'share', SHARE, undefined, '省级平台收购剩余指标比例', 'share of unsold surplus the provincial platform buys'),
	],
	scalars: [
		{name: 'quotaSupply', measure: 'm2', zh: '可出让节余指标', en: 'surplus quota offered', equation: 'sum(homesteadLeftover)'},
		{name: 'quotaDemand', measure: 'm2', zh: '节余指标需求', en: 'surplus quota asked for', equation: 'sum(landShortfallBeforeTrade)'},
		{name: 'quotaVolume', measure: 'm2', zh: '省内成交节余指标', en: 'surplus quota traded between units', equation: 'min(quotaSupply, quotaDemand)', clause: '§三(五) 省域内流转'},
	],
	series: [
		stock('centralUrbanPop', 'persons', '中心城区城镇常住人口', 'urban residents of the central city', 'data("centralCityShare") > 0 ? urbanResidentPop * data("centralCityShare") : urbanResidentPop', {
			initial: 'data("centralCityShare") > 0 ? urbanResidentPop * data("centralCityShare") : urbanResidentPop',
		}),
		stock('townsUrbanPop', 'persons', '县城和建制镇城镇常住人口', 'urban residents of the county towns', 'urbanResidentPop - centralUrbanPop', {initial: 'urbanResidentPop - centralUrbanPop'}),
		step('megaCityCentral', 'number', '特大城市中心城区(1/0)', 'central city under the 超大/特大 rule (1/0)', 'max(megaCityCore, year >= megaCityFromYear and prev(centralUrbanPop) >= megaCityThreshold ? 1 : 0)', {
			clause: '国土资发〔2016〕123号 超大和特大城市的中心城区原则上不因吸纳农业转移人口安排新增建设用地',
		}),
		flow('landStandardCentral', 'm2_per_person', '中心城区每落户人新增用地标准', 'new land per settler in the central city', '(1 - megaCityCentral) * tier(prev(landPerCapita)) * (1 + landAdjustment)', {
			aggregation: weighted('settledCentral'),
			clause: '国土资发〔2016〕123号 tiers by land per person; Henan 2017 rules ±10%',
		}),
		flow('landStandardTowns', 'm2_per_person', '县城每落户人新增用地标准', 'new land per settler in the county towns', 'tier(prev(townLandPerCapitaNow)) * (1 + landAdjustment)', {
			aggregation: weighted('settledTowns'),
			clause: '国土资发〔2016〕123号 tiers by land per person of each town',
		}),
		flow('landQuotaNeed', 'm2', '挂钩新增用地需求', 'land quota need', 'settledCentral * landStandardCentral + settledTowns * landStandardTowns', {clause: '§三(三): each part by its own tier'}),
		flow('landStandard', 'm2_per_person', '每落户人新增用地标准', 'new land per settler (average of the parts)', 'settled > 0 ? landQuotaNeed / settled : landStandardCentral', {
			aggregation: weighted('settled'),
			clause: 'the two parts weighted by where the settlers settle',
		}),
		step('landNeedCentralShare', 'share', '中心城区需求占比', "the central city's share of the unit's need", 'landQuotaNeed > 0 ? settledCentral * landStandardCentral / landQuotaNeed : data("centralCityShare")'),
		step('landMinimumGrant', 'm2', '保底下达用地', 'minimum grant (priority rule)', 'landMinimumShare * landQuotaNeed * min(1, landProvincialCap / max(1, sum(landMinimumShare * landQuotaNeed)))'),
		step('landNeedAboveMinimum', 'm2', '保底以外的需求', 'need above the minimum grant', 'landQuotaNeed - landMinimumGrant'),
		step('landPriorityGrant', 'm2', '按人均用地优先下达', 'granted by priority after the minimum', 'priorityGrant(landNeedAboveMinimum, prev(landPerCapita), max(0, landProvincialCap - sum(landMinimumGrant)))'),
		flow('landQuotaGranted', 'm2', '挂钩新增用地下达', 'land quota granted', 'landQuotaNeed', {
			variants: {
				option: 'landCapRule',
				equations: {
					proportional: 'sum(landQuotaNeed) <= landProvincialCap ? landQuotaNeed : landQuotaNeed * (landProvincialCap / sum(landQuotaNeed))',
					priority: 'landMinimumGrant + landPriorityGrant',
				},
			},
			clause: 'within the provincial plan cap: scaled alike, or a minimum share each then the least land per person first',
		}),
		step('landAdded', 'm2', '当年新增用地(下达与增减挂钩)', 'land added this year (grant and homestead quota)', 'landQuotaGranted + homesteadUsedOwn + quotaTradeBought'),
		stock('existingLand', 'm2', '城镇建设用地(中心城区)', 'urban construction land (central city)', 'prev(existingLand) + landAdded * landNeedCentralShare', {initial: 'data("urbanLand")'}),
		stock('townsLand', 'm2', '城镇建设用地(县城和建制镇)', 'urban construction land (county towns)', 'prev(townsLand) + landAdded * (1 - landNeedCentralShare)', {initial: 'townsUrbanPop * townLandPerCapita'}),
		stock('landPerCapita', 'm2_per_person', '人均城镇建设用地(中心城区)', 'urban construction land per person (central city)', 'centralUrbanPop > 0 ? existingLand / centralUrbanPop : 0', {
			initial: 'centralUrbanPop > 0 ? existingLand / centralUrbanPop : 0',
			aggregation: {kind: 'ratio', numerator: 'existingLand', denominator: 'centralUrbanPop'},
		}),
		stock('townLandPerCapitaNow', 'm2_per_person', '人均城镇建设用地(县城)', 'urban construction land per person (county towns)', 'townsUrbanPop > 0 ? townsLand / townsUrbanPop : 0', {
			initial: 'townsUrbanPop > 0 ? townsLand / townsUrbanPop : 0',
			aggregation: {kind: 'ratio', numerator: 'townsLand', denominator: 'townsUrbanPop'},
		}),
		flow('landQuotaShortfall', 'm2', '用地缺口', 'land quota shortfall', 'max(0, landQuotaNeed - landQuotaGranted)'),
		...LAND_USES.map(landUse),
		flow('homesteadHouseholds', 'households', '有宅基地的落户家庭', 'settling households with a homestead', '(settledSameUnit + hukouOutflow) / ruralHouseholdSize', {
			clause: "homesteads lie where the settler's rural hukou was: this unit for same-unit settlers, the origin units for the others",
		}),
		flow('homesteadSurplus', 'm2', '宅基地退出节余指标', 'homestead surplus quota', 'homesteadHouseholds * homesteadExitRate * homesteadPerHousehold * reclamationRatio * m2PerMu', {clause: '§三(五) 自愿有偿退出'}),
		flow('homesteadUsedOwn', 'm2', '节余指标自用', 'surplus used for own shortfall', 'min(homesteadSurplus, landQuotaShortfall)'),
		step('landShortfallBeforeTrade', 'm2', '自用后用地缺口', 'shortfall after own surplus', 'landQuotaShortfall - homesteadUsedOwn'),
		step('homesteadLeftover', 'm2', '自用后剩余节余指标', 'surplus left after own use', 'homesteadSurplus - homesteadUsedOwn'),
		step('quotaSoldToUnits', 'm2', '出让给其他单位', 'surplus sold to other units', 'quotaSupply > 0 ? homesteadLeftover * (quotaVolume / quotaSupply) : 0'),
		flow('quotaTradeSold', 'm2', '节余指标出让', 'surplus quota sold', 'quotaSoldToUnits + (homesteadLeftover - quotaSoldToUnits) * quotaPlatformBuys', {clause: 'the rest to the provincial platform'}),
		flow('quotaTradeBought', 'm2', '节余指标购入', 'surplus quota bought', 'quotaDemand > 0 ? landShortfallBeforeTrade * (quotaVolume / quotaDemand) : 0'),
		flow('quotaTradeRevenue', 'yuan', '指标交易收益', 'quota trade revenue', '(quotaTradeSold / m2PerMu) * quotaPrice'),
		flow('quotaTradeCost', 'yuan', '指标购入支出', 'quota purchase cost', '(quotaTradeBought / m2PerMu) * quotaPrice'),
		flow('exitCompensationPaid', 'yuan', '退出补偿支出', 'exit compensation paid', '(homesteadSurplus / m2PerMu) * exitCompensation'),
		flow('landShortfallAfterExit', 'm2', '增减挂钩后用地缺口', 'shortfall after homestead exit and trade', 'max(0, landShortfallBeforeTrade - quotaTradeBought)'),
	],
} as const satisfies ModelDecl;
