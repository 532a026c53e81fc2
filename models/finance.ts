/**
 * After the programs: what each city still has to pay.
 * - Infrastructure (§三(二), §三(四)): need = new settlers × cost per person (cost.ts); the
 *   subsidy programs pay part; the city matches at the matching ratio; the rest is financed by a
 *   bond quota (share of the rest, within the provincial debt limit, scaled down pro rata when the
 *   limit binds) and PPP (share of what remains); the remainder is unfunded.
 * - Fiscal gap (DESIGN §2): local share of the citizenization cost − transfers (all transfer and
 *   per-capita programs); positive means the city bears more than it receives.
 */
import {perRun, series, type SimContext} from '../src/engine/context.js';
import {def, NONNEG, SHARE} from '../src/params/parameter-def.js';

export const FINANCE_PARAMETERS = [
	def('infrastructure', 'infraSubsidyCentralPool', 'yuan', NONNEG, [0, 1e11], '中央预算内投资(吸纳落户城市基础设施)', 'central budget investment pool for cities absorbing settlers'),
	def('infrastructure', 'infraSubsidyProvincialPool', 'yuan', NONNEG, [0, 1e11], '省级城市基础设施专项资金', 'provincial special fund pool for city infrastructure'),
	def('infrastructure', 'infraSubsidyMinSettlers', 'persons', NONNEG, [0, 1e6], '补助门槛(当年落户人数)', 'eligibility: settlers in the year at least'),
	def('infrastructure', 'infraMatchingRatio', 'ratio', [0, 10], [0, 3], '地方配套比例', 'local matching per yuan of subsidy'),
	def('infrastructure', 'infraSubsidyCapShare', 'share', SHARE, undefined, '补助上限(占需求)', 'subsidy cap as a share of the need'),
	def('infrastructure', 'infraBondShare', 'share', SHARE, undefined, '债券融资比例', 'share of the remaining need financed by bonds'),
	def('infrastructure', 'infraBondLimit', 'yuan', NONNEG, undefined, '省级债务限额(本用途)', 'provincial debt limit for this purpose per year', true),
	def('infrastructure', 'infraPppShare', 'share', SHARE, undefined, 'PPP融资比例', 'share of what remains after bonds financed by PPP'),
] as const;

export const FINANCE_SERIES = [
	series('transfers', 'yuan', '转移支付合计', 'transfers (all programs)', {kind: 'sum'}, true),
	series('transfersPerSettled', 'yuan_per_person', '人均转移支付(累计落户)', 'transfers per settled person (cohort)', {kind: 'ratio', numerator: 'transfers', denominator: 'cohort'}, true),
	series('infraSubsidy', 'yuan', '基础设施补助', 'infrastructure subsidy', {kind: 'sum'}, true),
	series('infraLocalMatch', 'yuan', '地方配套', 'local matching', {kind: 'sum'}, true),
	series('infraBond', 'yuan', '债券融资', 'bond financing', {kind: 'sum'}, true),
	series('infraPpp', 'yuan', 'PPP融资', 'PPP financing', {kind: 'sum'}, true),
	series('infraUnfunded', 'yuan', '基础设施资金缺口', 'unfunded infrastructure need', {kind: 'sum'}, true),
	series('fiscalGap', 'yuan', '财政缺口', 'fiscal gap (local cost − transfers)', {kind: 'sum'}, true),
] as const;

export function stepFinance(ctx: SimContext, t: number, transferIds: readonly string[], subsidyIds: readonly string[]): void {
	const {n, params: p, series: s} = ctx;
	const off = t * n;
	const matching = p.get('infraMatchingRatio');
	const bondShare = p.get('infraBondShare');
	const bondLimit = p.get('infraBondLimit')[off]!;
	const pppShare = p.get('infraPppShare');
	const transferSeries = transferIds.map((id) => s[id]!);
	const subsidySeries = subsidyIds.map((id) => s[id]!);
	const [transfersArr, perSettled, cohort, gap, localCost, need, subsidyArr, match, bond, ppp, unfunded] = perRun(ctx, 'finance-1', () => [
		'transfers', 'transfersPerSettled', 'cohort', 'fiscalGap', 'localCost', 'infraNeed', 'infraSubsidy', 'infraLocalMatch', 'infraBond', 'infraPpp', 'infraUnfunded',
	].map((name) => s[name]!)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
	let bondDemand = 0;
	for (let u = 0; u < n; u++) {
		const i = off + u;
		let transfers = 0;
		for (const values of transferSeries) transfers += values[i]!;
		let subsidy = 0;
		for (const values of subsidySeries) subsidy += values[i]!;
		transfersArr[i] = transfers;
		perSettled[i] = cohort[i]! > 0 ? transfers / cohort[i]! : 0;
		gap[i] = localCost[i]! - transfers;
		subsidyArr[i] = subsidy;
		match[i] = Math.min(Math.max(0, need[i]! - subsidy), matching[i]! * subsidy);
		const rest = Math.max(0, need[i]! - subsidy - match[i]!);
		bond[i] = rest * bondShare[i]!;
		bondDemand += bond[i]!;
	}
	// The provincial debt limit binds pro rata: every city's bond share is scaled down alike.
	const scale = bondDemand > bondLimit ? bondLimit / bondDemand : 1;
	for (let u = 0; u < n; u++) {
		const i = off + u;
		const rest = Math.max(0, need[i]! - subsidyArr[i]! - match[i]!);
		bond[i] = bond[i]! * scale;
		ppp[i] = (rest - bond[i]!) * pppShare[i]!;
		unfunded[i] = Math.max(0, rest - bond[i]! - ppp[i]!);
	}
}
