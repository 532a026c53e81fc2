/**
 * The JSON of `scale --format json` (issue 7): {unit, year, points: [{settled, values}], marginal,
 * breakpoints}, with series named as in the run contract, plus what the other units get, averages,
 * elasticities and the reference (the scenario's own settlement). Money in yuan, land in m², people
 * in persons; marginal amounts per additional settler; undefined numbers (0/0) are null.
 */
import type {ScaleCurve, ScalePoint} from './types.js';

/** JSON has no NaN: an undefined number (0/0) is null. */
type Num = number | null;
type Nulled<K extends string> = {readonly [P in K]: Record<string, Num>};
type NulledLists<K extends string> = {readonly [P in K]: Record<string, Num[]>};
type PointRecords = 'values' | 'others' | 'through';
type CurveLists = 'marginal' | 'marginalOthers' | 'average' | 'elasticity';

/** A point of the curve, its per-series numbers nullable. */
type JsonPoint = Omit<ScalePoint, PointRecords> & Nulled<PointRecords>;

/** The curve (src/scale/types.ts, the one list of its fields), its per-series numbers nullable. */
export type ScaleJson = Omit<ScaleCurve, 'reference' | 'points' | CurveLists> & {readonly reference: JsonPoint; readonly points: readonly JsonPoint[]} & NulledLists<CurveLists>;

const num = (v: number): Num => (Number.isFinite(v) ? v : null);
const record = (r: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, num(v)]));
const lists = (r: Readonly<Record<string, number[]>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.map(num)]));
const point = (p: ScalePoint): JsonPoint => ({...p, values: record(p.values), others: record(p.others), through: record(p.through)});

/** Every field of the curve in its order; the per-series numbers with null for undefined. */
export function toScaleJson(curve: ScaleCurve): ScaleJson {
	return {
		...curve,
		reference: point(curve.reference),
		points: curve.points.map(point),
		marginal: lists(curve.marginal),
		marginalOthers: lists(curve.marginalOthers),
		average: lists(curve.average),
		elasticity: lists(curve.elasticity),
	};
}
