/**
 * What the city detail shows, in three sections: the time series; money (cost breakdown §三(六)–(九),
 * the city's share of each program §三(一)(二), the fiscal gap); land (the 123号 grant, its uses
 * §三(三), homestead exit and the quota trade §三(五)).
 */
import type {CompiledScenario} from '../../../src/index.js';

export type DetailItem =
	| {readonly kind: 'heading'; readonly zh: string; readonly en: string}
	/** chart: sparkline over the years, a bar against the group's largest, or the share of the pool. */
	| {readonly kind: 'series'; readonly series: string; readonly chart: 'spark' | 'group' | 'pool'; readonly group?: number};

export interface DetailSection {
	readonly id: string;
	readonly zh: string;
	readonly en: string;
	readonly items: readonly DetailItem[];
}

const h = (zh: string, en: string): DetailItem => ({kind: 'heading', zh, en});
const s = (series: string, chart: 'spark' | 'group' | 'pool' = 'spark', group?: number): DetailItem => ({kind: 'series', series, chart, group});

export function detailSections(scenario: CompiledScenario): DetailSection[] {
	const have = new Set(scenario.seriesInfo.map((x) => x.name));
	const keep = (items: DetailItem[]) => items.filter((i) => i.kind === 'heading' || have.has(i.series));
	return [
		{
			id: 'series',
			zh: '时间序列',
			en: 'Time series',
			items: keep([
				s('settled'),
				s('cohort'),
				s('hukouUrbanizationRate'),
				s('residentUrbanizationRate'),
				s('rateGap'),
				s('transfers'),
				s('infraSubsidy'),
				s('citizenizationCost'),
				s('fiscalGap'),
				s('landQuotaNeed'),
				s('landQuotaGranted'),
				s('landQuotaShortfall'),
				s('homesteadSurplus'),
			]),
		},
		{
			id: 'money',
			zh: '资金',
			en: 'Money',
			items: keep([
				h('市民化成本', 'Cost of citizenization'),
				...['infraNeed', 'housingCost', 'oneOffCost', 'recurringCost', 'citizenizationCost', 'localCost'].map((x) => s(x, 'group', 1)),
				h('各项目份额', 'Share of each program'),
				...scenario.programs.map((p) => s(p.id, 'pool')),
				h('合计与缺口', 'Totals and gaps'),
				...['transfers', 'infraSubsidy', 'infraLocalMatch', 'infraBond', 'infraPpp', 'infraUnfunded', 'fiscalGap'].map((x) => s(x, 'group', 2)),
			]),
		},
		{
			id: 'land',
			zh: '用地',
			en: 'Land',
			items: keep([
				h('挂钩用地', 'Land linked to settlers (123号)'),
				s('landPerCapita'),
				s('landStandard'),
				...['landQuotaNeed', 'landQuotaGranted', 'landQuotaShortfall'].map((x) => s(x, 'group', 3)),
				h('下达用地用途', 'Uses of the land granted'),
				...['landUseHousing', 'landUseEducation', 'landUseHealth', 'landUseElderly', 'landUseEmployment', 'landUseInfrastructure'].map((x) => s(x, 'group', 4)),
				h('宅基地退出与指标交易', 'Homestead exit and quota trade'),
				s('homesteadHouseholds'),
				...['homesteadSurplus', 'homesteadUsedOwn', 'quotaTradeSold', 'quotaTradeBought', 'landShortfallAfterExit'].map((x) => s(x, 'group', 5)),
				...['quotaTradeRevenue', 'quotaTradeCost', 'exitCompensationPaid'].map((x) => s(x, 'group', 6)),
			]),
		},
	];
}
