/**
 * A program's pool and factor weights usually read only parameters and the year. Those can be
 * evaluated before any run, so a pool that divides by zero is reported at its place in the file
 * (programs.<id>.pool) instead of stopping a run later with only a series name. Expressions that
 * read series are left to the run's own finite guard (engine/simulate.ts guardFinite).
 */
import type {RuntimeProgram} from '../../models/programs.js';
import type {Diagnostic} from '../errors/diagnostic.js';
import type {SimContext} from '../engine/context.js';
import type {BoundExpression} from '../engine/scope.js';
import type {ParameterTable} from '../params/parameter-table.js';
import type {UnitTable} from './units-table.js';

type Report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra?: Partial<Diagnostic>) => void;

export function checkProgramConstants(programs: readonly RuntimeProgram[], table: ParameterTable, units: UnitTable, years: readonly number[], seriesNames: ReadonlySet<string>, report: Report): void {
	const ctx: SimContext = {n: units.ids.length, nYears: years.length, years, units, params: table, series: {}};
	const constant = (e: BoundExpression | undefined): e is BoundExpression => e !== undefined && e.reads.every((name) => !seriesNames.has(name) && name !== 'pool');
	for (const p of programs) {
		const checks: Array<[BoundExpression | undefined, readonly (string | number)[]]> = [
			[p.pool, ['programs', p.id, 'pool']],
			...p.factors.map((f, k): [BoundExpression, (string | number)[]] => [f.weight, ['programs', p.id, 'factors', k, 'weight']]),
		];
		for (const [expr, path] of checks) {
			if (!constant(expr)) continue;
			// From the first simulated year: the base year is data, programs do not run in it.
			for (let t = 1; t < years.length; t++) {
				const v = expr.province(ctx, t);
				if (Number.isFinite(v)) continue;
				report('error', path, `the expression gives ${v} in ${years[t]}`, {value: expr.compiled.text, expected: 'a finite amount', hint: 'check for a division by zero or a parameter that is 0 in that year'});
				break;
			}
		}
	}
}
