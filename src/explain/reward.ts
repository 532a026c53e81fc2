/** Explains models/reward-factors.ts: settlers weighted by origin, and the cohort phased down (退坡, 财预〔2022〕60号). */
import type {SeriesExplainer} from './context.js';

const settledWeighted: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('settledSameUnit', t, u) * ex.p('originWeightSameUnit', t, u) + ex.s('settledIntraProvince', t, u) * ex.p('originWeightIntraProvince', t, u) + ex.s('settledCrossProvince', t, u) * ex.p('originWeightCrossProvince', t, u),
	formula: 'settledSameUnit × originWeightSameUnit + settledIntraProvince × originWeightIntraProvince + settledCrossProvince × originWeightCrossProvince',
	clause: '§三(一); 财预〔2022〕60号 差异化奖励标准',
	inputs: [
		ex.series('settledSameUnit', t, u, d),
		ex.param('originWeightSameUnit', t, u),
		ex.series('settledIntraProvince', t, u, d),
		ex.param('originWeightIntraProvince', t, u),
		ex.series('settledCrossProvince', t, u, d),
		ex.param('originWeightCrossProvince', t, u),
	],
});

const cohortWeighted: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('cohortWeighted', t - 1, u) * (1 - ex.p('cohortPhaseDown', t, u)) + ex.s('settledWeighted', t, u),
	formula: 'cohortWeighted[t−1] × (1 − cohortPhaseDown) + settledWeighted',
	clause: '财预〔2022〕60号 以前年度落户人口奖励退坡',
	inputs: [ex.series('cohortWeighted', t - 1, u, d), ex.param('cohortPhaseDown', t, u), ex.series('settledWeighted', t, u, d)],
});

export const REWARD_EXPLAINERS: Record<string, SeriesExplainer> = {settledWeighted, cohortWeighted};
