/**
 * Where a parameter's value for one unit and year comes from (a cell: byUnit, byClass or values,
 * a number, an expression or a dated map "that holds until changed"), and the check of every
 * resolved value against the parameter's allowed and plausible range.
 */
import type {Diagnostic} from '../errors/diagnostic.js';
import type {ResolvedParameterInfo} from './resolve.js';

export type Form = number | string | Record<string, number | string>;
export interface Cell {
	readonly form: Form;
	readonly path: readonly (string | number)[];
}

export function pickForm(p: ResolvedParameterInfo, unitId: string, u: number, columns: Readonly<Record<string, readonly string[]>>): Cell | undefined {
	const base = ['parameters', p.section, p.id];
	// User names are looked up as own keys only: a unit or class called `constructor` finds nothing inherited.
	const own = p.spec.byUnit && Object.hasOwn(p.spec.byUnit, unitId) ? p.spec.byUnit[unitId] : undefined;
	if (own !== undefined) return {form: own as Form, path: [...base, 'byUnit', unitId]};
	for (const [column, classes] of Object.entries(p.spec.byClass ?? {})) {
		const cls = Object.hasOwn(columns, column) ? columns[column]![u] : undefined;
		if (cls !== undefined && Object.hasOwn(classes, cls)) return {form: classes[cls] as Form, path: [...base, 'byClass', column, cls]};
	}
	return p.spec.values === undefined ? undefined : {form: p.spec.values as Form, path: [...base, 'values']};
}

export function* expressionsOf(cell: Cell): Generator<[string, readonly (string | number)[]]> {
	if (typeof cell.form === 'string') yield [cell.form, cell.path];
	else if (typeof cell.form === 'object') for (const [year, v] of Object.entries(cell.form)) if (typeof v === 'string') yield [v, [...cell.path, year]];
}

export type Reporter = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra?: Partial<Diagnostic>) => void;

/** The sorted years of a dated map, computed once per map (the map is shared by every unit and year that reads it). */
const SORTED_YEARS = new WeakMap<object, number[]>();
function yearsOf(form: object): number[] {
	let keys = SORTED_YEARS.get(form);
	if (!keys) {
		keys = Object.keys(form).map(Number).sort((a, b) => a - b);
		SORTED_YEARS.set(form, keys);
	}
	return keys;
}

/** The form that holds in `year`, and the year key it comes from (undefined for a plain value). */
export function datedPick(cell: Cell, year: number, baseYear: number, report: Reporter | undefined, reported: Set<string>): {form: number | string; key?: string} {
	if (typeof cell.form !== 'object') return {form: cell.form};
	const keys = yearsOf(cell.form);
	let key: number | undefined;
	for (const k of keys) {
		if (k > year) break;
		key = k;
	}
	if (key === undefined) {
		if (report && !reported.has(cell.path.join('.'))) {
			reported.add(cell.path.join('.'));
			report('error', cell.path, `no value for ${year}: the first dated value is for ${keys[0]}`, {
				value: cell.form,
				expected: `a value dated ${baseYear} or earlier`,
				hint: `add ${baseYear}: … so that the base year has a value`,
			});
		}
		return {form: NaN};
	}
	return {form: cell.form[String(key)]!, key: String(key)};
}

export function checkRange(p: ResolvedParameterInfo, values: Float64Array, cells: readonly (Cell | undefined)[], n: number, years: readonly number[], report: Reporter): void {
	const d = p.def!;
	const seen = new Set<string>();
	for (let i = 0; i < values.length; i++) {
		const v = values[i]!;
		const u = i % n;
		const t = Math.floor(i / n);
		if (v === Infinity && d.allowNone) continue;
		// Most cells are in range: build the key path only for a value that needs reporting.
		const outside = v < d.min || v > d.max;
		if (!Number.isFinite(v) || (!outside && !(d.plausible && (v < d.plausible[0] || v > d.plausible[1])))) continue;
		const cell = cells[u]!;
		const path = typeof cell.form === 'object' ? datedPath(cell, years[t]!) : cell.path;
		const key = path.join('.');
		if (seen.has(key)) continue;
		if (outside) {
			seen.add(key);
			report('error', path, `${d.id} = ${v} is outside its allowed range`, {
				value: v,
				expected: `${d.min} to ${d.max === Number.MAX_VALUE ? 'any positive number' : d.max} (${d.measure})`,
				hint: d.measure === 'share' ? 'shares are fractions: write 35% as 0.35' : `${d.en}`,
			});
		} else if (d.plausible && (v < d.plausible[0] || v > d.plausible[1])) {
			seen.add(key);
			report('warning', path, `${d.id} = ${v} is outside the plausible range; the run goes on`, {
				value: v,
				expected: `usually ${d.plausible[0]} to ${d.plausible[1]} (${d.measure})`,
				hint: `check the unit: ${d.en}`,
			});
		}
	}
}

/** The key path of the dated entry that holds in `year` (datedPick's rule), to locate a value out of range. */
function datedPath(cell: Cell, year: number): readonly (string | number)[] {
	const key = datedPick(cell, year, year, undefined, new Set()).key;
	return key === undefined ? cell.path : [...cell.path, key];
}
