/**
 * A program's pool and factor weights usually read only parameters and the year. Those can be
 * evaluated before any run, so a pool that divides by zero is reported at its place in the file
 * (programs.<id>.pool) instead of stopping a run later with only a series name. Formulas that
 * read series are left to the run's own finite guard (engine/simulate.ts guardFinite).
 */
import type {Diagnostic} from '../errors/diagnostic.js';
import type {ModelGraph} from '../model/graph.js';
import {evaluateScalarAlone} from '../model/evaluate.js';
import type {ParameterTable} from '../params/parameter-table.js';

type Report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra?: Partial<Diagnostic>) => void;

export function checkProgramConstants(graph: ModelGraph, table: ParameterTable, years: readonly number[], report: Report): void {
	for (const p of graph.programs) {
		if (p.kind === 'perCapita') continue;
		const block = graph.blocks[p.block!];
		if (block?.k !== 'allocate') continue;
		const checks: Array<[number, readonly (string | number)[]]> = [[p.pool, ['programs', p.id, 'pool']], ...block.weights.map((q, k): [number, (string | number)[]] => [q, ['programs', p.id, 'factors', k, 'weight']])];
		for (const [q, path] of checks) {
			// From the first simulated year: the base year is data, programs do not run in it.
			for (let t = 1; t < years.length; t++) {
				const v = evaluateScalarAlone(graph, q, table, years, t);
				if (v === undefined || Number.isFinite(v)) continue;
				report('error', path, `the expression gives ${v} in ${years[t]}`, {value: graph.scalars[q]!.text, expected: 'a finite amount', hint: 'check for a division by zero or a parameter that is 0 in that year'});
				break;
			}
		}
	}
}
