/**
 * The series a scaling curve follows, named as in the run contract (`run --format json`): the
 * unit's transfers in total, the general-transfer adjustment and each program, infrastructure subsidy, land need and grant, cost and
 * fiscal gap, plus the land standard of the year and of the next year (the 123号 tier follows
 * land per person at the start of a year, so a tier change caused by this year's settlers shows up
 * only from the next year on: `landStandardNext`).
 */
import type {CompiledScenario} from '../index.js';
import type {ScaleSeries} from './types.js';

export const LAND_STANDARD_NEXT = 'landStandardNext';

const FIXED_BEFORE = ['settled', 'transfers', 'generalTransferAdjustment'] as const;
const FIXED_AFTER = ['infraSubsidy', 'landStandard', LAND_STANDARD_NEXT, 'landQuotaNeed', 'landQuotaGranted', 'citizenizationCost', 'fiscalGap'] as const;

/** Series that are not amounts (no per-settler marginal, no sum over other units). */
export const STANDARD_SERIES: ReadonlySet<string> = new Set(['landStandard', LAND_STANDARD_NEXT]);

export function scaleSeries(scenario: CompiledScenario): ScaleSeries[] {
	const info = new Map(scenario.seriesInfo.map((s) => [s.name, s]));
	const of = (name: string): ScaleSeries => {
		if (name === LAND_STANDARD_NEXT) {
			return {name, measure: 'm2_per_person', label_zh: '次年每落户人新增用地标准', label_en: 'next year’s land per settler (tier standard)', others: false};
		}
		const s = info.get(name);
		if (!s) throw new Error(`internal: series ${name} is not in the scenario`);
		return {name, measure: s.measure, label_zh: s.label_zh, label_en: s.label_en, others: !STANDARD_SERIES.has(name)};
	};
	return [...FIXED_BEFORE.map(of), ...scenario.programs.map((p) => of(p.id)), ...FIXED_AFTER.map(of)];
}
