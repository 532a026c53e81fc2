/**
 * The JSON of `scale --format json` (issue 7): {unit, year, points: [{settled, values}], marginal,
 * breakpoints}, with series named as in the run contract, plus what the other units get, averages,
 * elasticities and the reference (the scenario's own settlement). Money in yuan, land in m², people
 * in persons; marginal amounts per additional settler; undefined numbers (0/0) are null.
 */
import type {Breakpoint, ScaleCurve, ScaleSeries} from './types.js';

type Num = number | null;

export interface ScaleJson {
	readonly unit: string;
	readonly unitName: {readonly zh: string; readonly en: string};
	readonly year: number;
	readonly endYear: number;
	readonly own: number;
	readonly series: readonly ScaleSeries[];
	readonly reference: JsonPoint;
	readonly points: readonly JsonPoint[];
	readonly marginal: Record<string, Num[]>;
	readonly marginalOthers: Record<string, Num[]>;
	readonly average: Record<string, Num[]>;
	readonly elasticity: Record<string, Num[]>;
	readonly breakpoints: readonly Breakpoint[];
}

interface JsonPoint {
	readonly settled: number;
	readonly values: Record<string, Num>;
	readonly others: Record<string, Num>;
	readonly through: Record<string, Num>;
	readonly pool: number;
	readonly exceedsPool: boolean;
}

const num = (v: number): Num => (Number.isFinite(v) ? v : null);
const record = (r: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, num(v)]));
const lists = (r: Readonly<Record<string, number[]>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.map(num)]));

export function toScaleJson(curve: ScaleCurve): ScaleJson {
	const point = (p: ScaleCurve['points'][number]): JsonPoint => ({settled: p.settled, values: record(p.values), others: record(p.others), through: record(p.through), pool: p.pool, exceedsPool: p.exceedsPool});
	return {
		unit: curve.unit,
		unitName: curve.unitName,
		year: curve.year,
		endYear: curve.endYear,
		own: curve.own,
		series: curve.series,
		reference: point(curve.reference),
		points: curve.points.map(point),
		marginal: lists(curve.marginal),
		marginalOthers: lists(curve.marginalOthers),
		average: lists(curve.average),
		elasticity: lists(curve.elasticity),
		breakpoints: curve.breakpoints,
	};
}
