/** Compile the allocation programs' expressions against the per-unit scope (see engine/scope.ts). */
import type {RuntimeProgram} from '../../models/programs.js';
import type {Diagnostic} from '../errors/diagnostic.js';
import {ExpressionError} from '../errors/expression-error.js';
import {compileExpression} from '../expr/compile.js';
import {BoundExpression, type Scope, type Source} from '../engine/scope.js';
import type {ProgramSpec} from './schema.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface ProgramScopeInput {
	readonly paramIds: readonly string[];
	readonly numericColumns: Readonly<Record<string, Float64Array>>;
	readonly preSeries: readonly string[];
	readonly seriesNames: ReadonlySet<string>;
	readonly report: (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra?: Partial<Diagnostic>) => void;
}

export function compilePrograms(specs: Readonly<Record<string, ProgramSpec>>, input: ProgramScopeInput): RuntimeProgram[] {
	const programs: RuntimeProgram[] = [];
	const earlier: string[] = [];
	for (const [id, spec] of Object.entries(specs)) {
		const path = ['programs', id];
		if (!IDENTIFIER.test(id) || input.seriesNames.has(id) || input.paramIds.includes(id)) {
			input.report('error', path, `"${id}" cannot name a program`, {value: id, expected: 'a new name of letters and digits (it becomes the name of the series)'});
			continue;
		}
		const sources: Source[] = [
			...input.paramIds.map((pid): Source => ({kind: 'param', id: pid})),
			...Object.keys(input.numericColumns).map((name): Source => ({kind: 'column', name})),
			...[...input.preSeries, ...earlier].map((name): Source => ({kind: 'series', name})),
			{kind: 'pool'},
			{kind: 'year'},
			{kind: 't'},
		];
		const scope: Scope = {names: [...input.paramIds, ...Object.keys(input.numericColumns), ...input.preSeries, ...earlier, 'pool', 'year', 't'], sources};
		let ok = true;
		const bind = (value: number | string | undefined, at: readonly (string | number)[]): BoundExpression | undefined => {
			if (value === undefined) return undefined;
			const text = String(value);
			try {
				return new BoundExpression(compileExpression(text, {variables: scope.names}), scope, input.numericColumns);
			} catch (error) {
				if (!(error instanceof ExpressionError)) throw error;
				ok = false;
				input.report('error', at, `the expression ${error.message}`, {value: text, expected: 'an expression over parameters, unit columns, series computed before the programs, pool, year', hint: error.hint});
				return undefined;
			}
		};
		const need = (key: keyof ProgramSpec, why: string) => {
			if (spec[key] === undefined) {
				ok = false;
				input.report('error', path, `a ${spec.kind} program needs "${key}"`, {expected: why});
			}
		};
		if (spec.kind === 'perCapita') need('amount', 'amount: an expression in yuan per unit');
		else {
			need('pool', 'pool: yuan per year (a number or an expression over parameters)');
			need('factors', 'factors: [{name, weight, expr}, …]');
		}
		const program: RuntimeProgram = {
			id,
			kind: spec.kind,
			name_zh: spec.name.zh,
			name_en: spec.name.en,
			clause: spec.clause,
			pool: bind(spec.pool, [...path, 'pool']),
			factors: (spec.factors ?? []).map((f, k) => ({name: f.name, weight: bind(f.weight, [...path, 'factors', k, 'weight'])!, expr: bind(f.expr, [...path, 'factors', k, 'expr'])!})),
			coefficient: bind(spec.coefficient, [...path, 'coefficient']),
			eligible: bind(spec.eligible, [...path, 'eligible']),
			floor: bind(spec.floor, [...path, 'floor']),
			cap: bind(spec.cap, [...path, 'cap']),
			amount: bind(spec.amount, [...path, 'amount']),
		};
		if (ok && spec.enabled !== false) {
			programs.push(program);
			earlier.push(id);
		}
	}
	return programs;
}
