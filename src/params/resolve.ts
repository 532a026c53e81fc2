/**
 * From the scenario's parameter specs to a ParameterTable. For unit u in year y the value comes
 * from byUnit[u], else byClass[column][u's class], else values; a dated map gives the value of the
 * latest year ≤ y ("holds until changed"); a string is an expression over `year`, `t`, numeric
 * unit columns and other parameters (same unit and year), evaluated in dependency order with cycles
 * reported. Every value is checked against its allowed range (error) and plausible range (warning).
 */
import type {Diagnostic} from '../errors/diagnostic.js';
import {didYouMean} from '../errors/did-you-mean.js';
import {ExpressionError} from '../errors/expression-error.js';
import {compileExpression, type CompiledExpression} from '../expr/compile.js';
import type {ParameterSpec} from '../scenario/schema.js';
import type {ParameterDef} from './parameter-def.js';
import {checkRange, datedPick, expressionsOf, pickForm, type Cell, type Form} from './cells.js';
import {topologicalOrder} from './dependency-order.js';
import {ParameterTable, type ParameterEntryValues} from './parameter-table.js';

export const CUSTOM_SECTION = 'custom';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME_TOKENS = /[A-Za-z_][A-Za-z0-9_]*/g;

export interface ResolveInput {
	readonly defs: readonly ParameterDef[];
	readonly specs: Readonly<Record<string, Readonly<Record<string, ParameterSpec>>>>;
	readonly years: readonly number[];
	readonly unitIds: readonly string[];
	readonly columns: Readonly<Record<string, readonly string[]>>;
	readonly numericColumns: Readonly<Record<string, Float64Array>>;
	/** Names that custom parameters may not take (series, program ids…). */
	readonly reserved: ReadonlySet<string>;
	/** Locate a key path in the scenario files. */
	readonly locate: (path: readonly (string | number)[]) => {file: string; line: number; column: number};
}

export interface ResolvedParameterInfo {
	readonly id: string;
	readonly section: string;
	readonly def?: ParameterDef;
	readonly spec: ParameterSpec;
}

export function resolveParameters(input: ResolveInput, diagnostics: Diagnostic[]): {table: ParameterTable; info: Map<string, ResolvedParameterInfo>} {
	const {defs, specs, years, unitIds} = input;
	const n = unitIds.length;
	const byId = new Map(defs.map((d) => [d.id, d]));
	const info = new Map<string, ResolvedParameterInfo>();
	const report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra: Partial<Diagnostic> = {}) => {
		const at = input.locate(path);
		diagnostics.push({severity, file: at.file, line: at.line, column: at.column, path: path.join('.'), message, ...extra});
	};

	for (const [section, entries] of Object.entries(specs)) {
		for (const [id, spec] of Object.entries(entries)) {
			const path = ['parameters', section, id];
			const known = byId.get(id);
			if (section === CUSTOM_SECTION) {
				if (!IDENTIFIER.test(id)) report('error', path, `"${id}" is not a usable name`, {value: id, expected: 'letters, digits and _, starting with a letter', hint: 'custom parameters are used by name in expressions'});
				else if (known) report('error', path, `"${id}" is a built-in parameter`, {value: id, expected: 'a new name', hint: `set it in section "${known.section}" instead`});
				else if (input.reserved.has(id)) report('error', path, `"${id}" is already the name of a series or program`, {value: id, expected: 'a new name'});
				else info.set(id, {id, section, spec});
				continue;
			}
			if (!known) {
				report('error', path, `unknown parameter "${id}" in section "${section}"`, {value: id, hint: didYouMean(id, defs.map((d) => d.id)) ?? `user-named parameters go in the section "${CUSTOM_SECTION}"`, expected: `one of: ${defs.filter((d) => d.section === section).map((d) => d.id).join(', ') || '(no such section)'}`});
				continue;
			}
			if (known.section !== section) {
				report('error', path, `parameter "${id}" belongs in section "${known.section}", not "${section}"`, {value: section, expected: known.section, hint: `move it under parameters.${known.section}`});
				continue;
			}
			info.set(id, {id, section, def: known, spec});
		}
	}
	for (const d of defs) {
		if (!d.optional && !info.has(d.id) && !diagnostics.some((x) => x.path.endsWith(`.${d.id}`))) {
			report('error', ['parameters'], `missing parameter "${d.id}" (${d.en})`, {expected: `parameters.${d.section}.${d.id}`, hint: 'add it, or extend a scenario that has it (extends: henan-2017.yaml)'});
		}
	}

	// A byUnit entry for an id the table does not have would silently change nothing (a typo'd city).
	const ids = new Set(unitIds);
	for (const p of info.values()) {
		for (const unitId of Object.keys(p.spec.byUnit ?? {})) {
			if (ids.has(unitId)) continue;
			report('error', ['parameters', p.section, p.id, 'byUnit', unitId], `byUnit names "${unitId}", which is not a unit of the table`, {value: unitId, expected: `a unit id of the table: ${unitIds.slice(0, 8).join(', ')}${unitIds.length > 8 ? ', …' : ''}`, hint: didYouMean(unitId, unitIds) ?? 'ids are in the id column of the unit table'});
		}
	}
	const variables = ['year', 't', ...Object.keys(input.numericColumns), ...info.keys()];
	const known = new Set(variables);
	// Each expression is compiled over only the names its text mentions (its own slots), so that
	// resolution stays linear in the number of parameters; a failure is compiled again over every
	// name, for the did-you-mean of an unknown one.
	const localVariables = (text: string) => ['year', 't', ...new Set((text.match(NAME_TOKENS) ?? []).filter((w) => w !== 'year' && w !== 't' && known.has(w)))];
	let maxSlots = 2;
	const compile = (text: string): CompiledExpression & {readonly slots: readonly string[]} => {
		const slots = localVariables(text);
		try {
			maxSlots = Math.max(maxSlots, slots.length);
			return Object.assign(compileExpression(text, {variables: slots}), {slots});
		} catch (error) {
			if (!(error instanceof ExpressionError)) throw error;
			compileExpression(text, {variables});
			throw error; // not reached: a name the text mentions is in `slots`
		}
	};
	const compiled = new Map<string, CompiledExpression & {readonly slots: readonly string[]}>();
	// One message per place: the same text is compiled once, and a bad one reported once per key path
	// (not once per unit that inherits it).
	const failed = new Map<string, ExpressionError>();
	const reportedPaths = new Set<string>();
	const deps = new Map<string, Set<string>>();
	const cellsOf = new Map<string, Cell[]>();
	for (const [id, p] of info) {
		const cells = unitIds.map((unitId, u) => pickForm(p, unitId, u, input.columns));
		const set = new Set<string>();
		cells.forEach((cell, u) => {
			if (!cell) {
				report('error', ['parameters', p.section, id], `no value for unit "${unitIds[u]}"`, {expected: 'values:, or a byUnit/byClass entry for every unit', hint: 'add values: as the default'});
				return;
			}
			for (const [text, path] of expressionsOf(cell)) {
				if (text === 'none' && p.def?.allowNone) continue;
				const key = text;
				if (!compiled.has(key) && !failed.has(key)) {
					try {
						compiled.set(key, compile(text));
					} catch (error) {
						if (!(error instanceof ExpressionError)) throw error;
						failed.set(key, error);
					}
				}
				const error = failed.get(key);
				if (error) {
					if (!reportedPaths.has(path.join('.'))) {
						reportedPaths.add(path.join('.'));
						report('error', path, `the expression ${error.message}`, {value: text, expected: 'a formula over year, t, numeric unit columns and other parameters', hint: error.hint || undefined});
					}
					continue;
				}
				for (const s of compiled.get(key)!.symbols) if (info.has(s)) set.add(s);
			}
		});
		deps.set(id, set);
		cellsOf.set(id, cells.filter((c): c is Cell => c !== undefined));
		if (cells.some((c) => !c)) cellsOf.delete(id);
	}
	const inCycle = new Set<string>();
	const order = topologicalOrder(deps, (cycle, stuck) => {
		const first = info.get(cycle[0]!)!;
		for (const id of stuck) inCycle.add(id);
		report('error', ['parameters', first.section, first.id], `parameters depend on each other in a cycle: ${cycle.join(' → ')}`, {value: first.spec.values, expected: 'expressions that can be computed one after the other', hint: 'one of them must be a number, or read only parameters outside the cycle'});
	});

	const entries = new Map<string, ParameterEntryValues>();
	const placeholder = new ParameterTable(n, years, unitIds, entries, order);
	for (const id of order) {
		const p = info.get(id)!;
		const allCells = unitIds.map((unitId, u) => pickForm(p, unitId, u, input.columns));
		// Parameters in (or behind) a cycle cannot be computed: the cycle is reported, they stay 0.
		if (!cellsOf.has(id) || allCells.some((c) => !c) || inCycle.has(id)) {
			entries.set(id, {values: new Float64Array(n * years.length), shared: new Float64Array(years.length)});
			continue;
		}
		const byPath = new Map<string, {cell: Cell; units: number[]; constant: boolean}>();
		allCells.forEach((cell, u) => {
			const key = cell!.path.join('\u0000');
			let group = byPath.get(key);
			if (!group) {
				const form = cell!.form;
				const constant = typeof form === 'number' || (typeof form === 'object' && Object.values(form).every((v) => typeof v === 'number'));
				group = {cell: cell!, units: [], constant};
				byPath.set(key, group);
			}
			group.units.push(u);
		});
		const groups = [...byPath.values()];
		const sharedCell = p.spec.values === undefined ? allCells[0]! : {form: p.spec.values as Form, path: ['parameters', p.section, id, 'values']};
		const recompute = {
			deps: [...(deps.get(id) ?? [])],
			fill: (table: ParameterTable, values: Float64Array, shared: Float64Array) => fill(table, values, shared, false),
		};
		const fill = (table: ParameterTable, values: Float64Array, shared: Float64Array, check: boolean) => {
			const reported = new Set<string>();
			const scratch = new Float64Array(maxSlots);
			// Where each slot of an expression reads from: a unit column or another parameter's values.
			const sources = new Map<string, readonly ({column: Float64Array} | {values: Float64Array; shared: Float64Array} | undefined)[]>();
			const sourcesOf = (form: string, expr: {readonly slots: readonly string[]; readonly symbols: ReadonlySet<string>}) => {
				let list = sources.get(form);
				if (!list) {
					list = expr.slots.map((name, slot) => {
						if (slot < 2 || !expr.symbols.has(name)) return undefined;
						const column = Object.hasOwn(input.numericColumns, name) ? input.numericColumns[name] : undefined;
						return column ? {column} : {values: table.get(name), shared: table.shared(name)};
					});
					sources.set(form, list);
				}
				return list;
			};
			const evaluate = (cell: Cell, t: number, u: number): number => {
				const {form, key: dated} = datedPick(cell, years[t]!, years[0]!, check ? report : undefined, reported);
				if (typeof form === 'number') return form;
				if (form === 'none' && p.def?.allowNone) return Infinity;
				const expr = compiled.get(form);
				if (!expr) return NaN;
				scratch[0] = years[t]!;
				scratch[1] = t;
				const list = sourcesOf(form, expr);
				for (let slot = 2; slot < list.length; slot++) {
					const source = list[slot];
					if (!source) continue;
					scratch[slot] = 'column' in source ? source.column[Math.max(0, u)]! : u >= 0 ? source.values[t * n + u]! : source.shared[t]!;
				}
				const v = expr.evaluate(scratch);
				const path = check && !Number.isFinite(v) ? (dated === undefined ? cell.path : [...cell.path, dated]) : undefined;
				if (path && !reported.has(path.join('.'))) {
					reported.add(path.join('.'));
					report('error', path, `the expression gives ${v} (unit ${unitIds[Math.max(0, u)]}, ${years[t]})`, {value: form, expected: 'a finite number', hint: 'check for division by zero or a negative base with a fractional power'});
				}
				return v;
			};
			for (let t = 0; t < years.length; t++) {
				// A number or a dated map of numbers is the same for every unit that shares it (most units take
				// `values`): computed once per year, so that 20,000 units × 100 years stay within seconds.
				for (const group of groups) {
					if (group.constant) {
						const v = evaluate(group.cell, t, group.units[0]!);
						for (const u of group.units) values[t * n + u] = v;
					} else for (const u of group.units) values[t * n + u] = evaluate(allCells[u]!, t, u);
				}
				shared[t] = evaluate(sharedCell, t, -1);
			}
			if (check && p.def) checkRange(p, values, allCells, n, years, report);
		};
		const values = new Float64Array(n * years.length);
		const shared = new Float64Array(years.length);
		fill(placeholder, values, shared, true);
		entries.set(id, {values, shared, recompute: recompute.deps.length ? recompute : undefined});
	}
	return {table: new ParameterTable(n, years, unitIds, entries, order), info};
}
