/**
 * The scenario file format, as one zod schema: it validates, types and documents the YAML.
 * Every object is strict (unknown keys are errors, the lesson of policyengine-core #505).
 * Each file may be partial (an overlay that `extends:` another); required-ness is checked on
 * the merged scenario (see required.ts).
 */
import {z} from 'zod';
import {MEASURES} from '../engine/types.js';

const bilingual = z.strictObject({zh: z.string().min(1), en: z.string().min(1)});
export const YEAR_KEY = /^\d{4}$/;

const numberOrExpression = z.union([z.number(), z.string().min(1)]);
/** `{2017: a, 2019: b}`: each value holds from its year until the next one. */
const datedValues = z.record(z.string().regex(YEAR_KEY, 'a year such as 2017'), numberOrExpression);
export const valueForm = z.union([numberOrExpression, datedValues]);

export const PARAMETER_STATUSES = ['plan', 'verified', 'derived', 'recalled', 'estimate', 'calibration', 'user'] as const;

export const parameterSpec = z.strictObject({
	values: valueForm.optional(),
	byUnit: z.record(z.string(), valueForm).optional(),
	byClass: z.record(z.string(), z.record(z.string(), valueForm)).optional(),
	unit: z.string().optional(),
	status: z.enum(PARAMETER_STATUSES).optional(),
	source: z.string().optional(),
	reference: z.string().optional(),
	date: z.string().optional(),
	description: z.string().optional(),
	note: z.string().optional(),
});
export type ParameterSpec = z.infer<typeof parameterSpec>;

/** A parameter entry: a bare value (number, expression, dated map) or a full spec with metadata. */
export const parameterEntry = z.union([numberOrExpression, datedValues, parameterSpec]);

const factor = z.strictObject({
	name: z.string().min(1),
	/** How tables and explain name the factor (the name stays the key of the JSON contract). */
	label: bilingual.optional(),
	weight: numberOrExpression,
	expr: z.string().min(1),
});

export const programSpec = z.strictObject({
	kind: z.enum(['transfer', 'subsidy', 'perCapita']),
	name: bilingual,
	clause: z.string().optional(),
	reference: z.string().optional(),
	pool: numberOrExpression.optional(),
	factors: z.array(factor).min(1).optional(),
	coefficient: numberOrExpression.optional(),
	eligible: numberOrExpression.optional(),
	floor: numberOrExpression.optional(),
	cap: numberOrExpression.optional(),
	amount: numberOrExpression.optional(),
	enabled: z.boolean().optional(),
});
export type ProgramSpec = z.infer<typeof programSpec>;
/** The kinds of allocation program (transfer, subsidy, an amount per unit), as the schema declares them. */
export type ProgramKind = ProgramSpec['kind'];

export const TARGET_METRICS = ['hukouUrbanizationRate', 'hukouRateAnnualGain', 'settledPerYear', 'rateGap', 'rateGapNarrowing'] as const;

export const targetSpec = z.strictObject({
	label: bilingual,
	clause: z.string().optional(),
	metric: z.enum(TARGET_METRICS),
	op: z.enum(['>=', '<=']),
	value: z.number(),
	years: z.union([z.literal('all'), z.array(z.number().int())]),
});
export type TargetSpec = z.infer<typeof targetSpec>;

export const distributionSpec = z.discriminatedUnion('type', [
	z.strictObject({type: z.literal('uniform'), min: z.number(), max: z.number()}),
	z.strictObject({type: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number()}),
	z.strictObject({type: z.literal('normal'), mean: z.number(), sd: z.number().positive()}),
	z.strictObject({type: z.literal('truncnormal'), mean: z.number(), sd: z.number().positive(), min: z.number(), max: z.number()}),
	z.strictObject({type: z.literal('lognormal'), mu: z.number(), sigma: z.number().positive()}),
	z.strictObject({type: z.literal('discrete'), values: z.array(z.number()).min(1), weights: z.array(z.number().nonnegative()).optional()}),
]);
export type DistributionSpec = z.infer<typeof distributionSpec>;

export const uncertaintySpec = z.strictObject({
	parameter: z.string().min(1),
	name: z.string().optional(),
	dist: distributionSpec,
	mode: z.enum(['set', 'scale', 'add']).optional(),
	perUnit: z.boolean().optional(),
	/** Sobol' and Morris treat the inputs of one group as one factor (SALib's groups). */
	group: z.string().min(1).optional(),
	/** Rank correlations with other uncertainties (by name), induced by Iman & Conover (1982). */
	correlations: z.array(z.strictObject({with: z.string().min(1), rank: z.number().gt(-1).lt(1)})).optional(),
	note: z.string().optional(),
});

export const leverSpec = z.strictObject({
	parameter: z.string().min(1),
	name: z.string().optional(),
	values: z.array(z.number()).min(1),
	mode: z.enum(['set', 'scale', 'add']).optional(),
	note: z.string().optional(),
});


export const outcomeSpec = z.strictObject({
	/** Labels default to the outcome's id. */
	label: bilingual.optional(),
	expr: z.string().min(1),
	measure: z.enum(MEASURES).optional(),
	perYear: z.boolean().optional(),
});


/** A series the scenario adds (src/scenario/user-series.ts). */
export const userSeriesSpec = z.strictObject({
	label: bilingual,
	measure: z.enum(MEASURES).optional(),
	equation: numberOrExpression,
	initial: numberOrExpression.optional(),
	flow: z.boolean().optional(),
	aggregation: z.union([z.literal('sum'), z.literal('none'), z.strictObject({ratio: z.tuple([z.string(), z.string()])}), z.strictObject({weighted: z.string()})]).optional(),
	clause: z.string().optional(),
	note: z.string().optional(),
});

export const landTierSpec = z.strictObject({
	upTo: z.number().positive().optional(),
	standard: z.number().nonnegative(),
});

/** A published figure the scenario is fitted to or checked against: the province's, or a unit's (`unit`). */
const observation = z.strictObject({
	year: z.number().int(),
	series: z.string().min(1),
	value: z.number(),
	unit: z.string().min(1).optional(),
	source: z.string().optional(),
	note: z.string().optional(),
	/** The figure is on another statistical basis than the years before it (the 2020 census rebased the annual estimates). */
	seriesBreak: z.boolean().optional(),
	/** The figure was used to derive a parameter (e.g. a city's growth): a check, not out of sample. */
	inSample: z.boolean().optional(),
});

export const scenarioFileSchema = z.strictObject({
	name: bilingual.optional(),
	description: bilingual.optional(),
	extends: z.string().min(1).optional(),
	years: z.strictObject({base: z.number().int().min(1949).max(2100), end: z.number().int().min(1949).max(2200)}).partial().optional(),
	units: z
		.strictObject({
			file: z.string().min(1),
			status: z.record(z.string(), z.union([z.enum(PARAMETER_STATUSES), z.record(z.string(), z.enum(PARAMETER_STATUSES))])).optional(),
			source: z.string().optional(),
			/** Official totals the table must add up to (same column names), checked within 1%. */
			totals: z.record(z.string(), z.number()).optional(),
		})
		.optional(),
	parameters: z.record(z.string(), z.record(z.string(), parameterEntry)).optional(),
	landTiers: z
		.strictObject({
			rows: z.array(landTierSpec).min(1),
			status: z.enum(PARAMETER_STATUSES).optional(),
			reference: z.string().optional(),
			note: z.string().optional(),
		})
		.optional(),
	options: z
		.strictObject({
			landCapRule: z.enum(['proportional', 'priority']),
			evaluationYears: z.strictObject({midterm: z.number().int(), final: z.number().int()}),
		})
		.partial()
		.optional(),
	calibration: z
		.strictObject({
			parameter: z.string().min(1),
			bounds: z.tuple([z.number(), z.number()]),
			observations: z.array(observation).min(1),
			// Joint fit of the base-year hukou rate and the parameter (issue 11 item 5), and out-of-sample figures.
			joint: z.strictObject({baseHukouRate: z.tuple([z.number(), z.number()]), observations: z.array(observation).min(1)}).optional(),
			backtest: z.array(observation).optional(),
		})
		.optional(),
	programs: z.record(z.string(), programSpec).optional(),
	series: z.record(z.string(), userSeriesSpec).optional(),
	targets: z.record(z.string(), targetSpec).optional(),
	uncertainties: z.array(uncertaintySpec).optional(),
	levers: z.array(leverSpec).optional(),
	outcomes: z.record(z.string(), outcomeSpec).optional(),
});

/** The same schema after normaliseParameters(): every parameter entry is a full spec. */
export const scenarioSchema = scenarioFileSchema.extend({
	parameters: z.record(z.string(), z.record(z.string(), parameterSpec)).optional(),
});
export type ScenarioFile = z.infer<typeof scenarioSchema>;
