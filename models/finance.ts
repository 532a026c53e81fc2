/**
 * After the programs: what each city still has to pay.
 * - Infrastructure (§三(二), §三(四)): need = new settlers × cost per person (cost.ts); the
 *   subsidy programs pay part; the city matches at the matching ratio; the rest is financed by a
 *   bond quota (share of the rest, within the provincial debt limit, scaled down pro rata when the
 *   limit binds) and PPP (share of what remains); the remainder is unfunded.
 * - General-transfer dynamic adjustment (§三(一) 转移支付动态调整机制): a settler from another unit
 *   moves from "ρ here, 1 − ρ at the origin" in the 均衡性转移支付's standard population to "1 here,
 *   0 there", so the destination gains and the origin loses (1 − ρ) × the amount per standard person;
 *   a same-unit settler was already counted in full (issue 11). Signed: it adds up over the units to
 *   the cross-province movers' part, paid by the central budget.
 * - Fiscal gap (DESIGN §2): local share of the incremental cost of settling − transfers (all transfer
 *   and per-capita programs and the general-transfer adjustment); positive means the city bears more
 *   than it receives.
 */
import type {ModelDecl} from '../src/model/declare.js';
import {flow, ratio, step} from '../src/model/declare.js';
import {NONNEG, SHARE, asLever, def} from '../src/params/parameter-def.js';

export const finance = {
	id: 'finance',
	zh: '资金平衡与基础设施融资',
	en: 'Fiscal balance and infrastructure financing',
	clause: '§三(一), §三(二), §三(四)',
	parameters: [
		asLever(def('infrastructure', 'infraSubsidyCentralPool', 'yuan', NONNEG, [0, 1e11], '中央预算内投资(吸纳落户城市基础设施)', 'central budget investment pool for cities absorbing settlers'), 1e8, '§三(二)', {zh: '中央预算内投资', en: 'Central infra subsidy pool', max: 1e11}),
		def('infrastructure', 'infraSubsidyProvincialPool', 'yuan', NONNEG, [0, 1e11], '省级城市基础设施专项资金', 'provincial special fund pool for city infrastructure'),
		asLever(def('infrastructure', 'infraSubsidyMinSettlers', 'persons', NONNEG, [0, 1e6], '补助门槛(当年落户人数)', 'eligibility: settlers in the year at least'), 10000, '§三(二)', {zh: '设施补助落户门槛', en: 'Subsidy: min settlers', max: 1e7}),
		def('infrastructure', 'infraMatchingRatio', 'ratio', [0, 10], [0, 3], '地方配套比例', 'local matching per yuan of subsidy'),
		def('infrastructure', 'infraSubsidyCapShare', 'share', SHARE, undefined, '补助上限(占需求)', 'subsidy cap as a share of the need'),
		def('infrastructure', 'infraBondShare', 'share', SHARE, undefined, '债券融资比例', 'share of the remaining need financed by bonds'),
		def('infrastructure', 'infraBondLimit', 'yuan', NONNEG, undefined, '省级债务限额(本用途)', 'provincial debt limit for this purpose per year', true),
		def('infrastructure', 'infraPppShare', 'share', SHARE, undefined, 'PPP融资比例', 'share of what remains after bonds financed by PPP'),
	],
	series: [
		flow('generalTransferAdjustment', 'yuan', '均衡性转移支付动态调整', 'general transfer adjustment (movers)', 'generalTransferPerCapita * (1 - residentConversionRatio) * transferMovers', {
			clause: '§三(一) 转移支付动态调整机制: the origin loses what the destination gains',
		}),
		flow('transfers', 'yuan', '转移支付合计', 'transfers (all programs)', 'programSum("transfer", "perCapita") + generalTransferAdjustment', {clause: '§三(一)'}),
		flow('transfersPerSettled', 'yuan_per_person', '人均转移支付(累计落户)', 'transfers per settled person (cohort)', 'cohort > 0 ? transfers / cohort : 0', {aggregation: ratio('transfers', 'cohort')}),
		flow('infraSubsidy', 'yuan', '基础设施补助', 'infrastructure subsidy', 'programSum("subsidy")', {clause: '§三(二)'}),
		flow('infraLocalMatch', 'yuan', '地方配套', 'local matching', 'min(max(0, infraNeed - infraSubsidy), infraMatchingRatio * infraSubsidy)', {clause: '§三(二) 鼓励市、县级政府实施相应配套政策'}),
		step('infraRest', 'yuan', '补助和配套后的基础设施需求', 'infrastructure need after subsidy and matching', 'max(0, infraNeed - infraSubsidy - infraLocalMatch)'),
		step('infraBondDemand', 'yuan', '债券融资需求', 'bond financing asked for', 'infraRest * infraBondShare'),
		flow('infraBond', 'yuan', '债券融资', 'bond financing', 'infraBondDemand * (sum(infraBondDemand) > infraBondLimit ? infraBondLimit / sum(infraBondDemand) : 1)', {
			clause: '§三(四); the provincial debt limit binds pro rata',
		}),
		flow('infraPpp', 'yuan', 'PPP融资', 'PPP financing', '(infraRest - infraBond) * infraPppShare', {clause: '§三(四)'}),
		flow('infraUnfunded', 'yuan', '基础设施资金缺口', 'unfunded infrastructure need', 'max(0, infraRest - infraBond - infraPpp)'),
		flow('fiscalGap', 'yuan', '财政缺口', 'fiscal gap (local cost − transfers)', 'localCost - transfers'),
	],
} as const satisfies ModelDecl;
