/**
 * Who settles (落户) each year, plan §二 and DESIGN §2 "Population and settlement".
 * - The pool: urban residents without local urban hukou.
 * - Eligibility mixes the two regimes within a unit: the central city may ask for at most
 *   y years of urban social insurance (郑州 2, other 省辖市 1, §二(二)), which a share exp(−y/τ)
 *   of the pool meets; county towns and small cities are open to anyone with a legal stable
 *   residence, rental included (§二(三)).
 * - Willingness (尊重意愿, §一(二): no forced settlement) and an annual take-up (calibrated), plus
 *   the direct channels of §二(一) (students, soldiers, graduates), never more than the pool, and
 *   same-unit settlers never more than the unit's rural hukou.
 * - Origins: same unit, other units of the province, other provinces. Settlers from other units
 *   leave their origin's hukou, drawn in proportion to rural hukou population (origin u gives
 *   Σ_v intra_v · rural_u / (R − rural_v) over v ≠ u), so the province's hukou population changes
 *   only by natural growth and cross-province settlers.
 * - Small cities are fully open (§二(三) 全面放开建制镇和小城市落户限制): `openCity` = 1 (济源) applies
 *   the legal-residence rule to the whole unit.
 * - Residence permits (§三(十)): coverage × the part of the pool that did not settle.
 */
import type {ModelDecl} from '../src/model/declare.js';
import {flow, ratio, step, stock, weighted} from '../src/model/declare.js';
import {SHARE, asLever, def} from '../src/params/parameter-def.js';

export const settlement = {
	id: 'settlement',
	zh: '落户',
	en: 'Settlement',
	clause: '§二, §一(二), §三(十)',
	parameters: [
		asLever(def('settlement', 'socialInsuranceYears', 'years', [0, 20], [0, 5], '中心城区落户社保年限要求', 'years of urban social insurance the central city may require (§二(二))'), 0.5, '§二(二)', {zh: '社保年限门槛(其他市)', en: 'Insurance years required (other cities)', min: 0, max: 10, units: [{unit: 'zhengzhou', zh: '社保年限门槛(郑州)', en: 'Insurance years required (Zhengzhou)'}]}),
		def('settlement', 'insuranceSpreadYears', 'years', [0.01, 50], [1, 6], '社保缴费年限分布尺度τ', 'τ: spread of insurance years in the pool (share meeting y years = exp(−y/τ))'),
		def('settlement', 'legalResidenceShare', 'share', SHARE, [0.5, 1], '有合法稳定住所比例', 'share of the pool with a legal stable residence (open towns, §二(三))'),
		asLever(def('settlement', 'willingness', 'share', SHARE, [0.2, 0.6], '落户意愿', 'willingness to settle (surveys: 30–40%)'), 0.01, '§一(二)', {zh: '落户意愿', en: 'Willingness to settle'}),
		asLever(def('settlement', 'takeUp', 'share', SHARE, [0.1, 0.9], '年度落户实现率', 'annual take-up of the eligible and willing (calibrated)'), 0.01, 'calibrated', {zh: '办理率', en: 'Take-up of eligible'}),
		def('settlement', 'directChannelRate', 'ratio', [0, 0.05], [0, 0.005], '直接落户通道(升学参军等)占常住人口', 'direct channels (students, soldiers, graduates, §二(一)) per resident per year'),
		def('settlement', 'originSameUnit', 'share', SHARE, undefined, '本市落户占比', 'share of settlers from the same unit'),
		def('settlement', 'originOtherUnits', 'share', SHARE, undefined, '省内跨市落户占比', 'share of settlers from other units of the province'),
		def('settlement', 'originOtherProvinces', 'share', SHARE, [0, 0.2], '跨省落户占比', 'share of settlers from other provinces'),
		def('settlement', 'permitCoverage', 'share', SHARE, undefined, '居住证覆盖率', 'residence-permit coverage of the unsettled pool (§三(十))'),
		def('settlement', 'urbanHukouScale', 'ratio', [0.5, 2], [0.9, 1.1], '基年城镇户籍人口校准系数', 'factor on every unit\'s base-year urban hukou (the 2016 hukou rate was not published: calibrated)'),
		def('settlement', 'openCity', 'share', SHARE, undefined, '全面放开落户(小城市)', '1 for a unit fully open like a small city (§二(三)): the legal-residence rule applies to its central city too'),
	],
	series: [
		step('urbanHukouStart', 'persons', '年初城镇户籍人口', 'urban hukou at the start of the year', 'prev(urbanHukouPop) * (1 + hukouGrowth)'),
		step('ruralHukouStart', 'persons', '年初农业户籍人口', 'rural hukou at the start of the year', 'max(0, prev(hukouPop) * (1 + hukouGrowth) - urbanHukouStart)'),
		stock('settlementPool', 'persons', '落户潜在人群(未落户城镇常住人口)', 'settlement pool (urban residents without urban hukou)', 'max(0, urbanResidentPop - urbanHukouStart)', {
			initial: 'max(0, data("urbanResidentPop") - data("urbanHukouPop") * urbanHukouScale)',
			clause: '§二',
		}),
		step('centralEligibleShare', 'share', '中心城区符合条件部分', 'eligible share of the pool living in the central city', 'data("centralCityShare") * (openCity * legalResidenceShare + (1 - openCity) * exp(-socialInsuranceYears / insuranceSpreadYears))', {
			clause: '§二(二) at most y years of insurance (a share exp(−y/τ) meets it); §二(三) a small city is open: legal stable residence',
		}),
		stock('eligibleShare', 'share', '符合落户条件比例', 'eligible share of the pool', 'centralEligibleShare + (1 - data("centralCityShare")) * legalResidenceShare', {
			initial: '0',
			aggregation: weighted('settlementPool'),
			clause: '§二(二) central city: at most y years of insurance; §二(三) towns and small cities: legal stable residence',
		}),
		step('settlementFlow', 'persons', '按意愿和实现率的落户', 'settlers by willingness and take-up, within the pool', 'min(settlementPool, settlementPool * eligibleShare * willingness * takeUp + directChannelRate * residentPop)', {
			clause: '§二; §一(二) 尊重意愿; §二(一) direct channels',
		}),
		flow('settled', 'persons', '当年落户人数', 'settled this year', 'settlementFlow * originSameUnit > ruralHukouStart ? ruralHukouStart / originSameUnit : settlementFlow', {
			clause: 'same-unit settlers give up a rural hukou of this unit: never more than there are',
		}),
		flow('settledCentral', 'persons', '在中心城区落户', 'settled in the central city', 'eligibleShare > 0 ? settled * centralEligibleShare / eligibleShare : settled * data("centralCityShare")', {
			clause: 'where settlers settle: the central-city part of the eligible pool (land is booked where they live)',
		}),
		flow('settledTowns', 'persons', '在县城和建制镇落户', 'settled in county towns', 'settled - settledCentral'),
		flow('settledSameUnit', 'persons', '本市落户', 'settled from the same unit', 'settled * originSameUnit'),
		flow('settledIntraProvince', 'persons', '省内跨市落户', 'settled from other units', 'settled * originOtherUnits'),
		flow('settledCrossProvince', 'persons', '跨省落户', 'settled from other provinces', 'settled * originOtherProvinces'),
		step('ruralHukouElsewhere', 'persons', '省内其他单位年初农业户籍人口', 'rural hukou of the other units at the start of the year', 'sum(ruralHukouStart) - ruralHukouStart'),
		step('outflowDraw', 'ratio', '跨市落户按农业户籍摊派率', 'intra-province settlers per rural hukou of the other units', 'ruralHukouElsewhere > 0 ? settledIntraProvince / ruralHukouElsewhere : 0'),
		flow('hukouOutflow', 'persons', '户籍迁出(到省内其他市)', 'hukou leaving for other units', 'min(max(0, ruralHukouStart - settledSameUnit), ruralHukouStart * (sum(outflowDraw) - outflowDraw))', {
			clause: 'origins in proportion to rural hukou: Σ_v intra_v · rural_u / (R − rural_v), v ≠ u',
		}),
		stock('cohort', 'persons', '累计落户人数(基年以来)', 'settled since the base year', 'prev(cohort) + settled', {initial: '0'}),
		stock('hukouPop', 'persons', '户籍人口', 'hukou population', 'prev(hukouPop) * (1 + hukouGrowth) + settledIntraProvince + settledCrossProvince - hukouOutflow', {initial: 'data("hukouPop")'}),
		stock('urbanHukouPop', 'persons', '城镇户籍人口', 'urban hukou population', 'urbanHukouStart + settled', {initial: 'data("urbanHukouPop") * urbanHukouScale'}),
		stock('hukouUrbanizationRate', 'share', '户籍人口城镇化率', 'hukou urbanisation rate', 'hukouPop > 0 ? urbanHukouPop / hukouPop : 0', {
			initial: 'data("urbanHukouPop") * urbanHukouScale / data("hukouPop")',
			aggregation: ratio('urbanHukouPop', 'hukouPop'),
			clause: '§四(一) both rates reported',
		}),
		stock('rateGap', 'points', '两率差距', 'gap between the two rates', 'residentUrbanizationRate - hukouUrbanizationRate', {
			initial: 'residentUrbanizationRate - hukouUrbanizationRate',
			aggregation: {kind: 'difference', minuend: 'residentUrbanizationRate', subtrahend: 'hukouUrbanizationRate'},
			clause: '§一(三)',
		}),
		stock('permitHolders', 'persons', '居住证持有人', 'residence-permit holders', 'permitCoverage * max(0, settlementPool - settled)', {
			initial: 'permitCoverage * settlementPool',
			clause: '§三(十)',
		}),
	],
} as const satisfies ModelDecl;

