/**
 * Monitoring (§一(三) targets, §四(一) both rates, §四(二) evaluations).
 * Targets of the plan: hukou urbanisation +2 points a year on average, at least 2.25 million
 * settled a year, at least 37% in 2020, and the gap between the two rates 2 points narrower than in
 * 2013. The mid-term (2018) and final (2020) evaluations are per-unit pass/fail tables: a unit passes
 * when its hukou urbanisation has risen by the target's points per year on average since the base.
 */
import type {Evaluation, TargetResult, UnitInfo} from '../src/engine/types.js';
import type {TargetSpec} from '../src/scenario/schema.js';
import {def} from '../src/params/parameter-def.js';
import type {ModelDecl} from '../src/model/declare.js';

export const MONITORING_PARAMETERS = [
	def('monitoring', 'rateGap2013', 'share', [-1, 1], [0, 0.4], '2013年两率差距', 'gap between the two rates in 2013 (reference of §一(三))'),
	def('monitoring', 'evaluationAnnualGain', 'points', [0, 0.2], [0, 0.05], '评估:户籍城镇化率年均提高', 'evaluation: required average annual rise of the hukou rate per unit'),
] as const;

/** The targets and evaluations are read from the run (below); the model declares their parameters. */
export const monitoring = {
	id: 'monitoring',
	zh: '监测与评估',
	en: 'Monitoring and evaluation',
	clause: '§一(三), §四',
	parameters: MONITORING_PARAMETERS,
	series: [],
} as const satisfies ModelDecl;

/** The series the targets and evaluations read (a sweep whose outcomes read targets computes them). */
export const TARGET_SERIES = ['hukouUrbanizationRate', 'residentUrbanizationRate', 'settled', 'rateGap', 'cohort'] as const;

export interface MonitoringInput {
	readonly years: readonly number[];
	readonly units: readonly UnitInfo[];
	readonly province: Readonly<Record<string, Float64Array>>;
	readonly series: Readonly<Record<string, Float64Array>>;
	readonly rateGap2013: number;
	readonly evaluationAnnualGain: number;
	readonly evaluationYears: {readonly midterm: number; readonly final: number};
}

export function metricValue(metric: TargetSpec['metric'], input: MonitoringInput, t: number): number {
	const p = input.province;
	const elapsed = input.years[t]! - input.years[0]!;
	switch (metric) {
		case 'hukouUrbanizationRate':
			return p['hukouUrbanizationRate']![t]!;
		case 'hukouRateAnnualGain':
			return elapsed > 0 ? (p['hukouUrbanizationRate']![t]! - p['hukouUrbanizationRate']![0]!) / elapsed : 0;
		case 'settledPerYear':
			return p['settled']![t]!;
		case 'rateGap':
			return p['rateGap']![t]!;
		case 'rateGapNarrowing':
			return input.rateGap2013 - p['rateGap']![t]!;
	}
}

/** One target in one year (undefined when the target is not checked that year): what `met(id, year)` reads. */
export function targetResult(id: string, target: TargetSpec, input: MonitoringInput, year: number): TargetResult | undefined {
	const t = input.years.indexOf(year);
	if (t < 0 || (target.years === 'all' ? t === 0 : !target.years.includes(year))) return undefined;
	const value = metricValue(target.metric, input, t);
	const met = target.op === '>=' ? value >= target.value - 1e-12 : value <= target.value + 1e-12;
	return {id, year, value, target: target.value, op: target.op, met};
}

export function evaluateTargets(targets: Readonly<Record<string, TargetSpec>>, input: MonitoringInput): TargetResult[] {
	const out: TargetResult[] = [];
	for (const [id, target] of Object.entries(targets)) {
		const years = target.years === 'all' ? input.years.slice(1) : target.years.filter((y) => input.years.includes(y));
		for (const year of years) out.push(targetResult(id, target, input, year)!);
	}
	return out;
}

export function evaluateUnits(input: MonitoringInput): Evaluation[] {
	const {years, units, series} = input;
	const n = units.length;
	const out: Evaluation[] = [];
	for (const [kind, year] of [['midterm', input.evaluationYears.midterm], ['final', input.evaluationYears.final]] as const) {
		const t = years.indexOf(year);
		if (t <= 0) continue;
		const elapsed = year - years[0]!;
		out.push({
			year,
			kind,
			rows: units.map((unit, u) => {
				const rate = series['hukouUrbanizationRate']![t * n + u]!;
				const gain = rate - series['hukouUrbanizationRate']![u]!;
				const annualGain = gain / elapsed;
				return {
					unit: unit.id,
					hukouUrbanizationRate: rate,
					residentUrbanizationRate: series['residentUrbanizationRate']![t * n + u]!,
					gainSinceBase: gain,
					annualGain,
					settledCumulative: series['cohort']![t * n + u]!,
					met: annualGain >= input.evaluationAnnualGain - 1e-12,
				};
			}),
		});
	}
	return out;
}
