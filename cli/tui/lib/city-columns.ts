/** The columns of the cities table: settled, each program's money, land, fiscal gap (selected year). */
import type {CompiledScenario, Measure} from '../../../src/index.js';

export interface CityColumn {
	readonly series: string;
	readonly zh: string;
	readonly en: string;
	readonly measure: Measure;
}

const short: Record<string, [string, string]> = {
	centralReward: ['中央奖励', 'Cent. rwd'],
	provincialReward: ['省级奖励', 'Prov. rwd'],
	generalTransferAdjustment: ['均衡调整', 'Gen. adj.'],
	infraCentral: ['中央投资', 'Cent. inv'],
	infraProvincial: ['省级专项', 'Prov. inv'],
};

export function cityColumns(scenario: CompiledScenario): CityColumn[] {
	const info = new Map(scenario.seriesInfo.map((s) => [s.name, s]));
	const col = (series: string, zh: string, en: string): CityColumn[] => (info.has(series) ? [{series, zh, en, measure: info.get(series)!.measure}] : []);
	return [
		...col('settled', '落户', 'Settled'),
		...col('transfers', '转移支付', 'Transfers'),
		...scenario.programs.filter((p) => p.kind !== 'subsidy').flatMap((p) => col(p.id, short[p.id]?.[0] ?? p.name_zh, short[p.id]?.[1] ?? p.id)),
		...col('infraSubsidy', '设施补助', 'Subsidy'),
		...scenario.programs.filter((p) => p.kind === 'subsidy').flatMap((p) => col(p.id, short[p.id]?.[0] ?? p.name_zh, short[p.id]?.[1] ?? p.id)),
		...col('landQuotaNeed', '用地需求', 'Land need'),
		...col('landQuotaGranted', '用地下达', 'Granted'),
		...col('landQuotaShortfall', '用地缺口', 'Shortfall'),
		...col('fiscalGap', '财政缺口', 'Fisc. gap'),
	];
}
