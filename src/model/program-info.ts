/**
 * What the front ends know about an allocation program: its names, kind and clause, the formulas
 * as the scenario writes them, and the series of the run that hold each of its inputs (the graph's
 * hidden series `<id>.factor.k`, `<id>.eligible`, `<id>.floor`, `<id>.cap`, `<id>.coefficient`),
 * so that an allocation table, explain or scale reads the run instead of evaluating again.
 */
import type {ProgramKind, ProgramSpec} from '../scenario/schema.js';
import type {ModelGraph, ProgramNode} from './graph.js';

export interface ProgramInfo {
	readonly id: string;
	readonly kind: ProgramKind;
	readonly name_zh: string;
	readonly name_en: string;
	readonly clause?: string;
	/** Formulas as written in the scenario. */
	readonly text: {readonly pool?: string; readonly eligible?: string; readonly floor?: string; readonly cap?: string; readonly coefficient?: string; readonly amount?: string};
	readonly factors: ReadonlyArray<{readonly name: string; readonly label: {readonly zh: string; readonly en: string}; readonly weight: string; readonly expr: string; readonly series: string; readonly weightScalar: number}>;
	/** Run series of the inputs (absent when the scenario does not set them). */
	readonly inputs: {readonly eligible?: string; readonly floor?: string; readonly cap?: string; readonly coefficient?: string; readonly amount?: string};
	/** Index of the pool in the run's province figures (RunResult.scalars). */
	readonly poolScalar: number;
}

export function programInfoOf(graph: ModelGraph, node: ProgramNode, spec: ProgramSpec | undefined): ProgramInfo {
	const name = (suffix: string) => (graph.seriesIndex.has(`${node.id}.${suffix}`) ? `${node.id}.${suffix}` : undefined);
	const text = (v: number | string | undefined) => (v === undefined ? undefined : String(v));
	return {
		id: node.id,
		kind: node.kind,
		name_zh: node.name_zh,
		name_en: node.name_en,
		clause: node.clause,
		text: {pool: text(spec?.pool), eligible: text(spec?.eligible), floor: text(spec?.floor), cap: text(spec?.cap), coefficient: text(spec?.coefficient), amount: text(spec?.amount)},
		factors: (spec?.factors ?? []).map((f, k) => ({name: f.name, label: f.label ?? {zh: f.name, en: f.name}, weight: String(f.weight), expr: f.expr, series: `${node.id}.factor.${k}`, weightScalar: graph.scalarIndex.get(`${node.id}.weight.${k}`) ?? -1})),
		inputs: {eligible: name('eligible'), floor: name('floor'), cap: name('cap'), coefficient: name('coefficient'), amount: name('amount')},
		poolScalar: node.pool,
	};
}
