/**
 * Who settles (落户) each year, plan §二 and DESIGN §2 "Population and settlement".
 * - The pool: urban residents without local urban hukou.
 * - Eligibility mixes the two regimes within a unit: the central city may ask for at most
 *   y years of urban social insurance (郑州 2, other 省辖市 1, §二(二)), which a share exp(−y/τ)
 *   of the pool meets; county towns and small cities are open to anyone with a legal stable
 *   residence, rental included (§二(三)).
 * - Willingness (尊重意愿, §一(二): no forced settlement) and an annual take-up (calibrated), plus
 *   the direct channels of §二(一) (students, soldiers, graduates), never more than the pool.
 * - Origins: same unit, other units of the province, other provinces. Settlers from other units
 *   leave their origin's hukou, drawn in proportion to rural hukou population, so the province's
 *   hukou population changes only by natural growth and cross-province settlers.
 * - Residence permits (§三(十)): coverage × the part of the pool that did not settle.
 */
import {perRun, ratio, series, type SimContext} from '../src/engine/context.js';
import {def, SHARE} from '../src/params/parameter-def.js';

export const SETTLEMENT_PARAMETERS = [
	def('settlement', 'socialInsuranceYears', 'years', [0, 20], [0, 5], '中心城区落户社保年限要求', 'years of urban social insurance the central city may require (§二(二))'),
	def('settlement', 'insuranceSpreadYears', 'years', [0.01, 50], [1, 6], '社保缴费年限分布尺度τ', 'τ: spread of insurance years in the pool (share meeting y years = exp(−y/τ))'),
	def('settlement', 'legalResidenceShare', 'share', SHARE, [0.5, 1], '有合法稳定住所比例', 'share of the pool with a legal stable residence (open towns, §二(三))'),
	def('settlement', 'willingness', 'share', SHARE, [0.2, 0.6], '落户意愿', 'willingness to settle (surveys: 30–40%)'),
	def('settlement', 'takeUp', 'share', SHARE, [0.1, 0.9], '年度落户实现率', 'annual take-up of the eligible and willing (calibrated)'),
	def('settlement', 'directChannelRate', 'ratio', [0, 0.05], [0, 0.005], '直接落户通道(升学参军等)占常住人口', 'direct channels (students, soldiers, graduates, §二(一)) per resident per year'),
	def('settlement', 'originSameUnit', 'share', SHARE, undefined, '本市落户占比', 'share of settlers from the same unit'),
	def('settlement', 'originOtherUnits', 'share', SHARE, undefined, '省内跨市落户占比', 'share of settlers from other units of the province'),
	def('settlement', 'originOtherProvinces', 'share', SHARE, [0, 0.2], '跨省落户占比', 'share of settlers from other provinces'),
	def('settlement', 'permitCoverage', 'share', SHARE, undefined, '居住证覆盖率', 'residence-permit coverage of the unsettled pool (§三(十))'),
] as const;

export const SETTLEMENT_SERIES = [
	series('settlementPool', 'persons', '落户潜在人群(未落户城镇常住人口)', 'settlement pool (urban residents without urban hukou)'),
	series('eligibleShare', 'share', '符合落户条件比例', 'eligible share of the pool', {kind: 'weighted', weight: 'settlementPool'}),
	series('settled', 'persons', '当年落户人数', 'settled this year', {kind: 'sum'}, true),
	series('settledSameUnit', 'persons', '本市落户', 'settled from the same unit', {kind: 'sum'}, true),
	series('settledIntraProvince', 'persons', '省内跨市落户', 'settled from other units', {kind: 'sum'}, true),
	series('settledCrossProvince', 'persons', '跨省落户', 'settled from other provinces', {kind: 'sum'}, true),
	series('hukouOutflow', 'persons', '户籍迁出(到省内其他市)', 'hukou leaving for other units', {kind: 'sum'}, true),
	series('cohort', 'persons', '累计落户人数(基年以来)', 'settled since the base year'),
	series('hukouPop', 'persons', '户籍人口', 'hukou population'),
	series('urbanHukouPop', 'persons', '城镇户籍人口', 'urban hukou population'),
	series('hukouUrbanizationRate', 'share', '户籍人口城镇化率', 'hukou urbanisation rate', ratio('urbanHukouPop', 'hukouPop')),
	series('rateGap', 'share', '两率差距', 'gap between the two rates', {kind: 'difference', minuend: 'residentUrbanizationRate', subtrahend: 'hukouUrbanizationRate'}),
	series('permitHolders', 'persons', '居住证持有人', 'residence-permit holders'),
] as const;

export function initSettlement(ctx: SimContext): void {
	const {n, units, params: p, series: s} = ctx;
	const coverage = p.get('permitCoverage');
	for (let u = 0; u < n; u++) {
		s['hukouPop']![u] = units.hukouPop[u]!;
		s['urbanHukouPop']![u] = units.urbanHukouPop[u]!;
		s['hukouUrbanizationRate']![u] = units.urbanHukouPop[u]! / units.hukouPop[u]!;
		s['rateGap']![u] = s['residentUrbanizationRate']![u]! - s['hukouUrbanizationRate']![u]!;
		const pool = Math.max(0, units.urbanResidentPop[u]! - units.urbanHukouPop[u]!);
		s['settlementPool']![u] = pool;
		s['permitHolders']![u] = coverage[u]! * pool;
	}
}

/**
 * Rural hukou at the start of year t (after natural growth), shared with the land model.
 * `forced` (optional, nYears × n, NaN = free) replaces the settled count before the origin split.
 */
export function stepSettlement(ctx: SimContext, t: number, ruralStart: Float64Array, forced?: Float64Array): void {
	const {n, units, params: p, series: s} = ctx;
	const off = t * n;
	const prev = off - n;
	const [gh, years, tau, legal, will, takeUp, direct, same, other, cross, coverage] = perRun(ctx, 'settlement-1', () => [
		'hukouGrowth', 'socialInsuranceYears', 'insuranceSpreadYears', 'legalResidenceShare', 'willingness', 'takeUp',
		'directChannelRate', 'originSameUnit', 'originOtherUnits', 'originOtherProvinces', 'permitCoverage',
	].map((id) => p.get(id))) as Float64Array[] as Arrays<11>;
	// Arrays looked up once per year, not per unit (the loops below are the engine's hot path).
	const [hukou, urbanHukou, settled, sameUnit, intra, crossProvince, pools, eligibleShare, permits, cohort, urbanResidents, residents, outflow, hukouRate, residentRate, gap] = perRun(ctx, 'settlement-2', () => [
		'hukouPop', 'urbanHukouPop', 'settled', 'settledSameUnit', 'settledIntraProvince', 'settledCrossProvince', 'settlementPool', 'eligibleShare',
		'permitHolders', 'cohort', 'urbanResidentPop', 'residentPop', 'hukouOutflow', 'hukouUrbanizationRate', 'residentUrbanizationRate', 'rateGap',
	].map((name) => s[name]!)) as Float64Array[] as Arrays<16>;
	const central = units.centralCityShare;
	let ruralTotal = 0;
	let lastYears = NaN;
	let lastTau = NaN;
	let meetsInsurance = NaN;
	for (let u = 0; u < n; u++) {
		const i = off + u;
		const growth = 1 + gh[i]!;
		const urbanStart = urbanHukou[prev + u]! * growth;
		ruralStart[u] = Math.max(0, hukou[prev + u]! * growth - urbanStart);
		ruralTotal += ruralStart[u]!;
		const pool = Math.max(0, urbanResidents[i]! - urbanStart);
		const c = central[u]!;
		// Units mostly share y and τ: exp is recomputed only when they change from the previous unit.
		if (years[i] !== lastYears || tau[i] !== lastTau) {
			lastYears = years[i]!;
			lastTau = tau[i]!;
			meetsInsurance = Math.exp(-lastYears / lastTau);
		}
		const eligible = c * meetsInsurance + (1 - c) * legal[i]!;
		let count = Math.min(pool, pool * eligible * will[i]! * takeUp[i]! + direct[i]! * residents[i]!);
		// Same-unit settlers give up a rural hukou of this unit: never more than there are.
		if (count * same[i]! > ruralStart[u]!) count = ruralStart[u]! / same[i]!;
		if (forced !== undefined && forced[i] === forced[i]) count = Math.max(0, forced[i]!);
		pools[i] = pool;
		eligibleShare[i] = eligible;
		settled[i] = count;
		sameUnit[i] = count * same[i]!;
		intra[i] = count * other[i]!;
		crossProvince[i] = count * cross[i]!;
		permits[i] = coverage[i]! * Math.max(0, pool - count);
		cohort[i] = cohort[prev + u]! + count;
		urbanHukou[i] = urbanStart + count;
	}
	// Outflow to other units: origin u gives Σ_v intra_v · rural_u / (R − rural_v), v ≠ u; O(n).
	let k = 0;
	for (let u = 0; u < n; u++) {
		const others = ruralTotal - ruralStart[u]!;
		if (others > 0) k += intra[off + u]! / others;
	}
	for (let u = 0; u < n; u++) {
		const i = off + u;
		const others = ruralTotal - ruralStart[u]!;
		const own = others > 0 ? intra[i]! / others : 0;
		const room = Math.max(0, ruralStart[u]! - sameUnit[i]!);
		const out = Math.min(room, ruralStart[u]! * (k - own));
		outflow[i] = out;
		hukou[i] = hukou[prev + u]! * (1 + gh[i]!) + intra[i]! + crossProvince[i]! - out;
		hukouRate[i] = hukou[i]! > 0 ? urbanHukou[i]! / hukou[i]! : 0;
		gap[i] = residentRate[i]! - hukouRate[i]!;
	}
}

/** A tuple of N Float64Arrays, for destructuring the arrays a step reads. */
type Arrays<N extends number, R extends Float64Array[] = []> = R['length'] extends N ? R : Arrays<N, [Float64Array, ...R]>;
