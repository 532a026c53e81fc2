/**
 * Explains models/cost.ts: one-off costs per new settler (infrastructure by size class, housing
 * security §三(六)) and recurring costs on the whole cohort (education §三(九), health §三(七),
 * pension and minimum living §三(八), employment, city management), with a cost index.
 */
import type {Explainer, SeriesExplainer} from './context.js';
import type {ExplainNode} from './types.js';

const RECURRING = ['childrenPerSettler', 'perPupilOutlay', 'pensionSubsidy', 'minLivingPerSettler', 'employmentServices', 'cityManagement'] as const;

function perPerson(ex: Explainer, t: number, u: number, d: number): {value: number; node: ExplainNode} {
	const p = (id: string) => ex.p(id, t, u);
	const index = ex.s('costIndex', t, u);
	const value = p('healthSubsidy') + index * (p('childrenPerSettler') * p('perPupilOutlay') + p('pensionSubsidy') + p('minLivingPerSettler') + p('employmentServices') + p('cityManagement'));
	return {
		value,
		node: ex.calc(
			'perPerson',
			'每名落户者年经常性成本',
			'recurring cost per settled person and year',
			value,
			'yuan_per_person',
			'healthSubsidy + costIndex × (childrenPerSettler × perPupilOutlay + pensionSubsidy + minLivingPerSettler + employmentServices + cityManagement)',
			[ex.param('healthSubsidy', t, u), ex.series('costIndex', t, u, d), ...RECURRING.map((id) => ex.param(id, t, u))],
			'the health subsidy schedule is already nominal: not indexed',
		),
	};
}

const costIndex: SeriesExplainer = (ex, t, u, d) => ({value: ex.s('costIndex', t - 1, u) * (1 + ex.p('costGrowth', t, u)), formula: 'costIndex[t−1] × (1 + costGrowth)', inputs: [ex.series('costIndex', t - 1, u, d), ex.param('costGrowth', t, u)]});

const infraNeed: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('settled', t, u) * ex.p('infraCostPerPerson', t, u) * ex.s('costIndex', t, u),
	formula: 'settled × infraCostPerPerson × costIndex',
	clause: '§三(二)',
	inputs: [ex.series('settled', t, u, d), ex.param('infraCostPerPerson', t, u), ex.series('costIndex', t, u, d)],
});

const housingCost: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('settled', t, u) * ex.p('housingEligibleShare', t, u) * ex.p('housingCostPerPerson', t, u) * ex.s('costIndex', t, u),
	formula: 'settled × housingEligibleShare × housingCostPerPerson × costIndex',
	clause: '§三(六)',
	inputs: [ex.series('settled', t, u, d), ex.param('housingEligibleShare', t, u), ex.param('housingCostPerPerson', t, u), ex.series('costIndex', t, u, d)],
});

const oneOffCost: SeriesExplainer = (ex, t, u, d) => ({value: ex.s('infraNeed', t, u) + ex.s('housingCost', t, u), formula: 'infraNeed + housingCost', inputs: [ex.series('infraNeed', t, u, d), ex.series('housingCost', t, u, d)]});

const recurringCost: SeriesExplainer = (ex, t, u, d) => {
	const pp = perPerson(ex, t, u, d);
	return {
		value: (ex.s('cohort', t, u) + ex.s('permitHolders', t, u) * ex.p('permitServiceShare', t, u)) * pp.value,
		formula: '(cohort + permitHolders × permitServiceShare) × perPerson',
		clause: '§三(七)–(十)',
		inputs: [ex.series('cohort', t, u, d), ex.series('permitHolders', t, u, d), ex.param('permitServiceShare', t, u), pp.node],
	};
};

const citizenizationCost: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('infraNeed', t, u) + ex.s('housingCost', t, u) + ex.s('recurringCost', t, u),
	formula: 'infraNeed + housingCost + recurringCost',
	inputs: [ex.series('infraNeed', t, u, d), ex.series('housingCost', t, u, d), ex.series('recurringCost', t, u, d)],
});

const localCost: SeriesExplainer = (ex, t, u, d) => ({
	value: (ex.s('infraNeed', t, u) + ex.s('housingCost', t, u) + ex.s('recurringCost', t, u)) * ex.p('costShareLocal', t, u),
	formula: 'citizenizationCost × costShareLocal',
	inputs: [ex.series('citizenizationCost', t, u, d), ex.param('costShareLocal', t, u)],
});

export const COST_EXPLAINERS: Record<string, SeriesExplainer> = {costIndex, infraNeed, housingCost, oneOffCost, recurringCost, citizenizationCost, localCost};
