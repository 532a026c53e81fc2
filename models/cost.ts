/**
 * Citizenization cost (市民化成本): what the settled cost the public purse, DESIGN §2.
 * One-off per new settler: municipal infrastructure by city size (住建部 2006 survey) and housing
 * security (§三(六)). Recurring per settled person and year, on the whole cohort since the base
 * year: compulsory education (§三(九)), health insurance (§三(七)), pension and minimum living
 * allowance (§三(八)), employment services and city management; residence-permit holders get a
 * share of the services (§三(十)). Amounts grow with a cost index, except the health subsidy whose
 * dated schedule is already nominal. Shared among central, provincial and local government.
 */
import {perRun, series, type SimContext} from '../src/engine/context.js';
import {def, NONNEG, SHARE} from '../src/params/parameter-def.js';

export const COST_PARAMETERS = [
	def('cost', 'infraCostPerPerson', 'yuan_per_person', NONNEG, [5e3, 2e5], '新增市民基础设施成本', 'municipal infrastructure per new urban resident'),
	def('cost', 'housingEligibleShare', 'share', SHARE, undefined, '纳入住房保障比例', 'share of settlers eligible for housing security'),
	def('cost', 'housingCostPerPerson', 'yuan_per_person', NONNEG, [1e4, 2e5], '住房保障人均成本', 'housing security cost per eligible settler'),
	def('cost', 'childrenPerSettler', 'ratio', [0, 5], [0, 1], '每名落户者随迁子女数', 'school-age children per settler'),
	def('cost', 'perPupilOutlay', 'yuan_per_person', NONNEG, [3e3, 3e4], '义务教育生均经费', 'compulsory-education outlay per pupil per year'),
	def('cost', 'healthSubsidy', 'yuan_per_person', NONNEG, [100, 2000], '城乡居民医保财政补助', 'health-insurance subsidy per insured per year'),
	def('cost', 'pensionSubsidy', 'yuan_per_person', NONNEG, [0, 5000], '养老保险补贴', 'pension subsidy per settler per year'),
	def('cost', 'minLivingPerSettler', 'yuan_per_person', NONNEG, [0, 5000], '最低生活保障(人均摊)', 'minimum living allowance per settler per year (take-up × standard)'),
	def('cost', 'employmentServices', 'yuan_per_person', NONNEG, [0, 5000], '就业服务', 'employment services per settler per year'),
	def('cost', 'cityManagement', 'yuan_per_person', NONNEG, [0, 1e4], '城市管理', 'city management per settler per year'),
	def('cost', 'costGrowth', 'ratio', [-0.5, 1], [0, 0.1], '成本年增长率', 'growth of unit costs per year'),
	def('cost', 'permitServiceShare', 'share', SHARE, undefined, '居住证持有人享受服务比例', 'share of recurring services residence-permit holders receive'),
	def('cost', 'costShareCentral', 'share', SHARE, undefined, '中央分担比例', 'cost share borne by the central government'),
	def('cost', 'costShareProvincial', 'share', SHARE, undefined, '省级分担比例', 'cost share borne by the province'),
	def('cost', 'costShareLocal', 'share', SHARE, undefined, '市县分担比例', 'cost share borne by the city (its burden)'),
] as const;

export const COST_SERIES = [
	series('costIndex', 'ratio', '成本指数', 'cost index (base year = 1)', {kind: 'none'}),
	series('infraNeed', 'yuan', '基础设施投资需求', 'infrastructure need', {kind: 'sum'}, true),
	series('housingCost', 'yuan', '住房保障支出', 'housing security cost', {kind: 'sum'}, true),
	series('oneOffCost', 'yuan', '一次性成本', 'one-off cost', {kind: 'sum'}, true),
	series('recurringCost', 'yuan', '经常性成本', 'recurring cost', {kind: 'sum'}, true),
	series('citizenizationCost', 'yuan', '市民化成本', 'citizenization cost', {kind: 'sum'}, true),
	series('localCost', 'yuan', '市县承担成本', 'local share of the cost', {kind: 'sum'}, true),
] as const;

export function initCost(ctx: SimContext): void {
	for (let u = 0; u < ctx.n; u++) ctx.series['costIndex']![u] = 1;
}

export function stepCost(ctx: SimContext, t: number): void {
	const {n, params: p, series: s} = ctx;
	const off = t * n;
	const get = (id: string) => p.get(id);
	const [growth, infra, housingShare, housingCost, children, pupil, health, pension, minLiving, employment, city, permitShare, local] = perRun(ctx, 'cost-1', () => [
		'costGrowth', 'infraCostPerPerson', 'housingEligibleShare', 'housingCostPerPerson', 'childrenPerSettler', 'perPupilOutlay',
		'healthSubsidy', 'pensionSubsidy', 'minLivingPerSettler', 'employmentServices', 'cityManagement', 'permitServiceShare', 'costShareLocal',
	].map(get)) as Float64Array[] as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
	const [costIndex, settledArr, cohort, permits, infraNeed, housingCostArr, oneOff, recurringArr, total, localCost] = perRun(ctx, 'cost-2', () => [
		'costIndex', 'settled', 'cohort', 'permitHolders', 'infraNeed', 'housingCost', 'oneOffCost', 'recurringCost', 'citizenizationCost', 'localCost',
	].map((name) => s[name]!)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
	for (let u = 0; u < n; u++) {
		const i = off + u;
		const index = costIndex[i - n]! * (1 + growth[i]!);
		costIndex[i] = index;
		const settled = settledArr[i]!;
		const need = settled * infra[i]! * index;
		const housing = settled * housingShare[i]! * housingCost[i]! * index;
		const perPerson = health[i]! + index * (children[i]! * pupil[i]! + pension[i]! + minLiving[i]! + employment[i]! + city[i]!);
		const recurring = (cohort[i]! + permits[i]! * permitShare[i]!) * perPerson;
		infraNeed[i] = need;
		housingCostArr[i] = housing;
		oneOff[i] = need + housing;
		recurringArr[i] = recurring;
		total[i] = need + housing + recurring;
		localCost[i] = (need + housing + recurring) * local[i]!;
	}
}
