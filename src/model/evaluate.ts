/**
 * The tree-walking back end: the value of a resolved formula for one unit and year, reading the
 * run's own arrays. Explain and scale use it; it performs the operations of the generated kernel
 * in the same order, so the value it finds is the run's value (a test checks every series, unit
 * and year of every shipped scenario).
 */
import {BINARY_OPERATORS, BUILTIN_FUNCTIONS} from '../expr/functions.js';
import type {ParameterValues} from '../engine/context.js';
import {tierStandard, type LandConfig} from '../../models/land.js';
import type {ModelGraph} from './graph.js';
import type {RAst} from './rast.js';

export interface EvalFrame {
	readonly graph: ModelGraph;
	readonly B: readonly Float64Array[];
	readonly Q: Float64Array;
	readonly params: ParameterValues;
	readonly columns: ReadonlyMap<string, Float64Array>;
	readonly years: readonly number[];
	readonly n: number;
	readonly tiers: LandConfig['tiers'];
}

/** `paramT`: the year whose parameters apply (the last one for a value just past the horizon). */
export function evaluateAt(frame: EvalFrame, a: RAst, t: number, u: number, paramT = t): number {
	const {graph, n} = frame;
	const T = frame.years.length;
	const size = T * n;
	const ev = (x: RAst): number => {
		switch (x.k) {
			case 'num':
			case 'const':
				return x.v;
			case 'param':
				return frame.params.get(graph.params[x.p]!)[paramT * n + u]!;
			case 'shared':
				return frame.params.shared(graph.params[x.p]!)[paramT]!;
			case 'series':
				return frame.B[x.s]![t * n + u]!;
			case 'prev':
				return frame.B[x.s]![(t - 1) * n + u]!;
			case 'col':
				return frame.columns.get(graph.columns[x.c]!)?.[u] ?? 0;
			case 'scalar':
				return frame.Q[x.q * T + t]!;
			case 'year':
				return frame.years[0]! + t;
			case 't':
				return t;
			case 'unary':
				return x.op === 'neg' ? -ev(x.a) : ev(x.a) === 0 ? 1 : 0;
			case 'bin': {
				const l = ev(x.a);
				const r = ev(x.b);
				return BINARY_OPERATORS[x.op]!(l, r);
			}
			case 'if':
				return ev(x.c) !== 0 ? ev(x.a) : ev(x.b);
			case 'fn':
				return BUILTIN_FUNCTIONS[x.fn]!.impl(...x.args.map(ev));
			case 'tier':
				return tierStandard(frame.tiers, ev(x.a));
			case 'programs': {
				if (x.terms.length === 0) return 0;
				let s = ev(x.terms[0]!);
				for (let k = 1; k < x.terms.length; k++) s += ev(x.terms[k]!);
				return s;
			}
		}
	};
	return ev(a);
}

/** Whether a formula reads only parameters, constants and the year (it can be evaluated before a run). */
export function readsOnlyParameters(a: RAst): boolean {
	switch (a.k) {
		case 'series':
		case 'prev':
		case 'scalar':
		case 'col':
		case 'tier':
			return false;
		case 'unary':
			return readsOnlyParameters(a.a);
		case 'bin':
			return readsOnlyParameters(a.a) && readsOnlyParameters(a.b);
		case 'if':
			return readsOnlyParameters(a.c) && readsOnlyParameters(a.a) && readsOnlyParameters(a.b);
		case 'fn':
			return a.args.every(readsOnlyParameters);
		case 'programs':
			return a.terms.every(readsOnlyParameters);
		default:
			return true;
	}
}

/** A province formula of parameters only, in year index t (undefined when it reads the run). */
export function evaluateScalarAlone(graph: ModelGraph, q: number, params: ParameterValues, years: readonly number[], t: number): number | undefined {
	const body = graph.scalars[q]!.body;
	if (!readsOnlyParameters(body)) return undefined;
	const none = new Float64Array(0);
	return evaluateAt({graph, B: [], Q: none, params, columns: new Map(), years, n: 0, tiers: []}, body, t, 0);
}

/** The frame of a finished run, for evaluating its formulas again. */
export function frameOf(scenario: {readonly graph: ModelGraph; readonly years: readonly number[]; readonly land: LandConfig}, result: {readonly nUnits: number; readonly state: {readonly B: readonly Float64Array[]; readonly Q: Float64Array; readonly params: ParameterValues; readonly columns: ReadonlyMap<string, Float64Array>}}): EvalFrame {
	const {B, Q, params, columns} = result.state;
	return {graph: scenario.graph, B, Q, params, columns, years: scenario.years, n: result.nUnits, tiers: scenario.land.tiers};
}
