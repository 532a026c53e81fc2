/**
 * Citizenization cost (市民化成本): what the settled cost the public purse, DESIGN §2.
 * One-off per new settler: municipal infrastructure by city size (住建部 2006 survey) and housing
 * security (§三(六)). Recurring per settled person and year, on the whole cohort since the base
 * year: compulsory education (§三(九)), health insurance (§三(七)), pension and minimum living
 * allowance (§三(八)), employment services and city management; residence-permit holders get a
 * share of the services (§三(十)). Amounts grow with a cost index, except the health subsidy whose
 * dated schedule is already nominal. Shared among central, provincial and local government.
 */
import type {ModelDecl} from '../src/model/declare.js';
import {flow, NONE, step, stock} from '../src/model/declare.js';
import {def, NONNEG, SHARE} from '../src/params/parameter-def.js';

export const cost = {
	id: 'cost',
	zh: '市民化成本',
	en: 'Citizenization cost',
	clause: '§三(六)–(十)',
	parameters: [
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
	],
	series: [
		stock('costIndex', 'ratio', '成本指数', 'cost index (base year = 1)', 'prev(costIndex) * (1 + costGrowth)', {initial: '1', aggregation: NONE}),
		flow('infraNeed', 'yuan', '基础设施投资需求', 'infrastructure need', 'settled * infraCostPerPerson * costIndex', {clause: '§三(二)'}),
		flow('housingCost', 'yuan', '住房保障支出', 'housing security cost', 'settled * housingEligibleShare * housingCostPerPerson * costIndex', {clause: '§三(六)'}),
		flow('oneOffCost', 'yuan', '一次性成本', 'one-off cost', 'infraNeed + housingCost'),
		step('recurringPerPerson', 'yuan_per_person', '每名落户者年经常性成本', 'recurring cost per settled person and year', 'healthSubsidy + costIndex * (childrenPerSettler * perPupilOutlay + pensionSubsidy + minLivingPerSettler + employmentServices + cityManagement)', {
			clause: '§三(七) health, §三(八) pension and minimum living, §三(九) schooling',
		}),
		flow('recurringCost', 'yuan', '经常性成本', 'recurring cost', '(cohort + permitHolders * permitServiceShare) * recurringPerPerson', {clause: '§三(十) permit holders get a share of the services'}),
		flow('citizenizationCost', 'yuan', '市民化成本', 'citizenization cost', 'infraNeed + housingCost + recurringCost'),
		flow('localCost', 'yuan', '市县承担成本', 'local share of the cost', '(infraNeed + housingCost + recurringCost) * costShareLocal', {clause: '成本分担'}),
	],
} as const satisfies ModelDecl;
