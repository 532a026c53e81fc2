/**
 * Citizenization cost (市民化成本), DESIGN §2, in two views kept apart (issue 11):
 * - the **incremental cost of settling** (what changes for the public purse when a resident who
 *   already lives in the city takes local hukou): housing security (§三(六)), the urban–rural
 *   difference of the minimum living allowance and of the pension (§三(八)), school places for the
 *   children not yet in a public school (§三(九) 以公办学校为主), and the share of these services a
 *   residence permit gives (§三(十)). Health insurance is one scheme for urban and rural residents
 *   from 2017 (§三(七)): no increment. The fiscal gap uses this view (`citizenizationCost`).
 * - the **gross public cost of an urban resident** (`gross*`, the literature's figure: DRC ≈ 8万,
 *   CASS 13.1万元 per person): one-off infrastructure by city size (住建部 2006 survey) and housing,
 *   recurring schooling, health, pension, minimum living, employment services and city management.
 * Infrastructure need follows the growth of the urban resident population, not hukou changes (a
 * cost of urbanisation, §三(二)). Amounts grow with a cost index, except the health subsidy whose
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
		def('cost', 'migrantChildrenInPublicSchools', 'share', SHARE, [0.5, 1], '随迁子女在公办学校就读比例', 'share of migrant children already in public schools (两为主)'),
		def('cost', 'minLivingTakeUp', 'share', SHARE, [0, 0.1], '落户者低保覆盖率', 'share of settlers who receive the minimum living allowance'),
		def('cost', 'urbanMinLivingStandard', 'yuan_per_person', NONNEG, [200, 2000], '城市低保标准(月)', 'urban minimum living standard per person and month'),
		def('cost', 'ruralMinLivingStandard', 'yuan_per_person', NONNEG, [1000, 2e4], '农村低保标准(年)', 'rural minimum living standard per person and year'),
		def('cost', 'pensionUrbanRuralDifference', 'yuan_per_person', [0, 1e4], [0, 2000], '养老保险城乡差额', 'urban–rural difference of the public pension per settler and year'),
	],
	series: [
		stock('costIndex', 'ratio', '成本指数', 'cost index (base year = 1)', 'prev(costIndex) * (1 + costGrowth)', {initial: '1', aggregation: NONE}),
		flow('infraNeed', 'yuan', '基础设施投资需求(城镇常住人口增长)', 'infrastructure need (growth of urban residents)', 'max(0, urbanResidentPop - prev(urbanResidentPop)) * infraCostPerPerson * costIndex', {
			clause: '§三(二); a cost of urbanisation: new urban residents, not hukou changes',
		}),
		flow('housingCost', 'yuan', '住房保障支出', 'housing security cost', 'settled * housingEligibleShare * housingCostPerPerson * costIndex', {clause: '§三(六)'}),
		flow('oneOffCost', 'yuan', '一次性增量成本(住房保障)', 'one-off incremental cost (housing security)', 'housingCost', {clause: '§三(六)'}),
		step('schoolPlacesPerPerson', 'yuan_per_person', '每名落户者新增学位成本', 'new school places per settled person and year', 'childrenPerSettler * (1 - migrantChildrenInPublicSchools) * perPupilOutlay * costIndex', {
			clause: '§三(九) 以公办学校为主: only the children not yet in a public school need a new place',
		}),
		step('minLivingPerPerson', 'yuan_per_person', '每名落户者低保城乡差额', 'minimum living allowance, urban–rural difference per settled person', 'minLivingTakeUp * max(0, 12 * urbanMinLivingStandard - ruralMinLivingStandard) * costIndex', {
			clause: '§三(八) 同等享有最低生活保障的权利',
		}),
		step('incrementalPerPerson', 'yuan_per_person', '每名落户者年增量成本', 'incremental recurring cost per settled person and year', 'schoolPlacesPerPerson + minLivingPerPerson + pensionUrbanRuralDifference * costIndex', {
			clause: '§三(八) pension: one 城乡居民 scheme (国发〔2014〕8号); §三(七) health: one scheme from 2017, no increment',
		}),
		flow('schoolPlacesCost', 'yuan', '新增学位成本', 'new school places', 'cohort * schoolPlacesPerPerson', {clause: '§三(九)'}),
		flow('minLivingIncrement', 'yuan', '低保城乡差额', 'minimum living allowance, urban–rural difference', 'cohort * minLivingPerPerson', {clause: '§三(八)'}),
		flow('pensionIncrement', 'yuan', '养老保险城乡差额', 'pension, urban–rural difference', 'cohort * pensionUrbanRuralDifference * costIndex', {clause: '§三(八)'}),
		flow('permitServiceCost', 'yuan', '居住证持有人服务成本', "residence-permit holders' services", 'permitHolders * permitServiceShare * incrementalPerPerson', {
			clause: '§三(十) 居住证持有人享有国家规定的各项基本公共服务',
		}),
		flow('recurringCost', 'yuan', '经常性增量成本', 'recurring incremental cost', 'schoolPlacesCost + minLivingIncrement + pensionIncrement + permitServiceCost'),
		flow('citizenizationCost', 'yuan', '落户增量成本', 'incremental cost of settling', 'oneOffCost + recurringCost', {clause: 'the fiscal gap uses this view'}),
		flow('localCost', 'yuan', '市县承担增量成本', 'local share of the incremental cost', 'citizenizationCost * costShareLocal', {clause: '成本分担'}),
		step('grossRecurringPerPerson', 'yuan_per_person', '每名市民年公共成本(总量口径)', 'gross recurring public cost per urban resident and year', 'healthSubsidy + costIndex * (childrenPerSettler * perPupilOutlay + pensionSubsidy + minLivingPerSettler + employmentServices + cityManagement)', {
			clause: '§三(七) health, §三(八) pension and minimum living, §三(九) schooling',
		}),
		flow('grossOneOffCost', 'yuan', '一次性公共成本(总量口径)', 'gross one-off public cost', 'settled * infraCostPerPerson * costIndex + housingCost', {clause: 'the literature\'s view: infrastructure per new resident by city size (住建部 2006)'}),
		flow('grossRecurringCost', 'yuan', '经常性公共成本(总量口径)', 'gross recurring public cost', '(cohort + permitHolders * permitServiceShare) * grossRecurringPerPerson'),
		flow('grossCitizenizationCost', 'yuan', '市民化公共成本(总量口径)', 'gross public cost of the settled (literature view)', 'grossOneOffCost + grossRecurringCost', {clause: 'DRC ≈ 8万, CASS 13.1万元 per person: for comparison, not in the fiscal gap'}),
	],
} as const satisfies ModelDecl;
