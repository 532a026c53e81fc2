/**
 * Groups of parameters that split one whole and so must add up to 1 for every unit and year:
 * declared once here, next to the parameters, and checked by src/scenario/check-scenario.ts. A
 * group whose members do not add up would create or lose settlers, land or money silently (the
 * models use each share as given, they do not normalise).
 */
import {LAND_USES} from '../../models/land.js';

export interface ShareGroup {
	readonly ids: readonly string[];
	readonly label_zh: string;
	readonly label_en: string;
	/** The clause or rule that makes the members a partition. */
	readonly clause: string;
}

export const SHARE_GROUPS: readonly ShareGroup[] = [
	{
		ids: ['originSameUnit', 'originOtherUnits', 'originOtherProvinces'],
		label_zh: '落户来源构成',
		label_en: 'origin mix of settlers',
		clause: '豫政办〔2017〕27号 §二: every settler comes from the same unit, another unit of the province or another province',
	},
	{
		ids: LAND_USES.map((use) => `landUse${use}`),
		label_zh: '新增建设用地用途构成',
		label_en: 'uses of the granted construction land',
		clause: '国土资发〔2016〕123号: the quota granted for settlers is divided among its uses',
	},
	{
		ids: ['costShareCentral', 'costShareProvincial', 'costShareLocal'],
		label_zh: '市民化成本分担',
		label_en: 'cost shares of central, provincial and city government',
		clause: '国发〔2016〕44号 成本分担: the cost of settling is shared among the three levels of government',
	},
];

/** How far a sum may be from 1: rounding of shares written with a few decimals. */
export const SHARE_SUM_TOLERANCE = 1e-6;
