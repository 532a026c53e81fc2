/**
 * Which entry of a parameter's spec gave the value of unit u in a year, so that explain can name it:
 * the cell the resolver read (params/cells.ts `pickForm`: byUnit, else byClass by the unit's class,
 * else values) and, for a dated map, the key that holds in the year (`datedPick`: the latest ≤ year).
 */
import {datedPick, pickForm, type Cell, type Form} from '../params/cells.js';
import type {ResolvedParameterInfo} from '../params/resolve.js';

export interface ParameterSource {
	readonly from: string;
	readonly date?: string;
	/** The form written in the scenario: a number, an expression, or the dated entry's value. */
	readonly form: unknown;
}

/** `unitId` undefined: the province's (shared) value, read from `values`. */
export function parameterSource(info: ResolvedParameterInfo, unitId: string | undefined, u: number, columns: Readonly<Record<string, readonly string[]>>, year: number): ParameterSource {
	const values: Cell | undefined = info.spec.values === undefined ? undefined : {form: info.spec.values as Form, path: ['parameters', info.section, info.id, 'values']};
	const cell = unitId === undefined ? values : pickForm(info, unitId, u, columns);
	if (!cell) return {from: 'values', form: undefined};
	const from = cell.path.slice(3).join('.');
	const picked = datedPick(cell, year, year, undefined, new Set());
	// A dated map with no key ≤ the year (the resolver reports it): the map as written.
	if (typeof cell.form === 'object' && picked.key === undefined) return {from, form: cell.form};
	return {from, date: picked.key, form: picked.form};
}
