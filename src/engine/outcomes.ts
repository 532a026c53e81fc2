/**
 * Outcomes (EMA Workbench's word): named scalar expressions over a run's results, used by sweeps,
 * compare and the TUI. Besides the usual arithmetic an outcome may call:
 *   prov("series", year)            province value (sum, or weighted for rates)
 *   total("series", from, to)       province sum over the years from..to
 *   unitMax("series", year), unitMin("series", year)
 *   unit("unitId", "series", year)  one unit's value
 *   met("targetId", year)           1 if the plan target is met that year, else 0
 *   allMet("targetId")              1 if it is met in every year it is checked
 * Each outcome with `perYear: true` is expanded to one outcome per simulated year (id@year) and may
 * read the symbol `year`.
 */
import type {Ast} from '../expr/ast.js';
import {compileExpression, type CustomFunction} from '../expr/compile.js';
import type {Measure, RunResult} from './types.js';

export interface CompiledOutcome {
	/** What the outcome reads of a run: series, whether it reads targets, the last year it needs (undefined: unknown). */
	readonly reads: OutcomeReads;
	/** The formula's tree (to compile it again elsewhere, e.g. in a worker, without parsing). */
	readonly ast: Ast;
	/** Its unit: as declared, else the unit of the one series it reads through prov/total/unit/unitMax/unitMin. */
	readonly measure?: Measure;
	readonly id: string;
	readonly label_zh: string;
	readonly label_en: string;
	readonly expr: string;
	readonly evaluate: (result: RunResult) => number;
}

export interface OutcomeReads {
	readonly series: readonly string[];
	readonly targets: boolean;
	readonly lastYear?: number;
}

/** The outcome functions that read one series (by its quoted name) in a year. */
export const SERIES_FUNCTIONS = ['prov', 'total', 'unitMax', 'unitMin', 'unit'] as const;
/** The outcome functions whose number arguments are years: those, and met(target, year). */
export const YEAR_FUNCTIONS = [...SERIES_FUNCTIONS, 'met'] as const;
const isIn = (list: readonly string[], fn: string) => list.includes(fn);

/** The series and years an outcome's formula reads (quoted names of prov/total/unit… and constant years). */
function readsOf(ast: Ast, years: readonly number[], perYear: boolean, targetYears: Readonly<Record<string, number>> = {}): OutcomeReads {
	const series = new Set<string>();
	let targets = false;
	let last = perYear ? years.at(-1)! : -Infinity;
	let unknownYear = false;
	const walk = (a: Ast) => {
		if (a.k === 'call') {
			const strings = a.args.filter((x): x is Extract<Ast, {k: 'str'}> => x.k === 'str').map((x) => x.v);
			if (a.fn === 'met' || a.fn === 'allMet') targets = true;
			else if (a.fn === 'unit') series.add(strings[1] ?? '');
			else if (strings[0] !== undefined) series.add(strings[0]);
			const nums = a.args.filter((x) => x.k !== 'str');
			// allMet reads every year its target is checked: the last of them bounds the run.
			if (a.fn === 'allMet') {
				const y = Object.prototype.hasOwnProperty.call(targetYears, strings[0] ?? '') ? targetYears[strings[0]!] : undefined;
				if (y === undefined) unknownYear = true;
				else last = Math.max(last, y);
			}
			for (const x of nums) {
				if (x.k === 'num') last = Math.max(last, x.v);
				else if (isIn(YEAR_FUNCTIONS, a.fn)) unknownYear = true;
			}
			a.args.forEach(walk);
		} else if (a.k === 'bin') {
			walk(a.a);
			walk(a.b);
		} else if (a.k === 'unary') walk(a.a);
		else if (a.k === 'if') {
			walk(a.c);
			walk(a.a);
			walk(a.b);
		}
	};
	walk(ast);
	return {series: [...series], targets, lastYear: unknownYear || last === -Infinity ? undefined : last};
}

/** What a set of outcomes reads, together (a sweep computes only that). */
export function readsOfAll(outcomes: readonly CompiledOutcome[]): OutcomeReads {
	const series = new Set<string>();
	let targets = false;
	let last: number | undefined = -Infinity;
	for (const o of outcomes) {
		for (const s of o.reads.series) series.add(s);
		targets ||= o.reads.targets;
		last = last === undefined || o.reads.lastYear === undefined ? undefined : Math.max(last, o.reads.lastYear);
	}
	return {series: [...series], targets, lastYear: last === -Infinity ? undefined : last};
}

export interface OutcomeContext {
	readonly years: readonly number[];
	readonly unitIds: readonly string[];
	readonly seriesNames: readonly string[];
	readonly provinceNames: readonly string[];
	readonly targetIds: readonly string[];
	/** Parameters an outcome may read by name: the province value in the last year of the run. */
	readonly paramIds?: readonly string[];
	/** The last year each target is checked (what allMet reads). */
	readonly targetYears?: Readonly<Record<string, number>>;
	/** Units of the series, to give an outcome that is one series' figure that unit. */
	readonly seriesMeasures?: ReadonlyMap<string, Measure>;
}

export function outcomeFunctions(ctx: OutcomeContext, current: {result?: RunResult}): Record<string, CustomFunction> {
	const yearIndex = (y: number) => {
		const t = ctx.years.indexOf(Math.round(y));
		if (t < 0) throw new RangeError(`year ${y} is outside the scenario's years ${ctx.years[0]}–${ctx.years.at(-1)}`);
		return t;
	};
	const checkSeries = (name: string, province = false) => {
		const names = province ? ctx.provinceNames : ctx.seriesNames;
		if (!names.includes(name)) throw new Error(`unknown series "${name}"${province ? ' (for the province)' : ''}; known: ${names.slice(0, 10).join(', ')}, …`);
	};
	const result = () => current.result!;
	return {
		prov: {stringArgs: 1, numberArgs: 1, bind: ([name]) => (checkSeries(name!, true), ([y]) => result().province[name!]![yearIndex(y!)]!)},
		total: {
			stringArgs: 1,
			numberArgs: 2,
			bind: ([name]) => (checkSeries(name!, true), ([from, to]) => {
				let s = 0;
				for (let t = yearIndex(from!); t <= yearIndex(to!); t++) s += result().province[name!]![t]!;
				return s;
			}),
		},
		unitMax: {stringArgs: 1, numberArgs: 1, bind: ([name]) => (checkSeries(name!), ([y]) => extreme(result(), name!, yearIndex(y!), Math.max))},
		unitMin: {stringArgs: 1, numberArgs: 1, bind: ([name]) => (checkSeries(name!), ([y]) => extreme(result(), name!, yearIndex(y!), Math.min))},
		unit: {
			stringArgs: 2,
			numberArgs: 1,
			bind: ([unitId, name]) => {
				const u = ctx.unitIds.indexOf(unitId!);
				if (u < 0) throw new Error(`unknown unit "${unitId}"`);
				checkSeries(name!);
				return ([y]) => result().series[name!]![yearIndex(y!) * ctx.unitIds.length + u]!;
			},
		},
		met: {
			stringArgs: 1,
			numberArgs: 1,
			bind: ([id]) => {
				if (!ctx.targetIds.includes(id!)) throw new Error(`unknown target "${id}"; known: ${ctx.targetIds.join(', ')}`);
				return ([y]) => (result().target(id!, Math.round(y!))?.met ? 1 : 0);
			},
		},
		allMet: {
			stringArgs: 1,
			numberArgs: 0,
			bind: ([id]) => {
				if (!ctx.targetIds.includes(id!)) throw new Error(`unknown target "${id}"; known: ${ctx.targetIds.join(', ')}`);
				return () => (result().targets.filter((r) => r.id === id).every((r) => r.met) ? 1 : 0);
			},
		},
	};
}

function extreme(result: RunResult, name: string, t: number, pick: (a: number, b: number) => number): number {
	const values = result.series[name]!;
	let best = values[t * result.nUnits]!;
	for (let u = 1; u < result.nUnits; u++) best = pick(best, values[t * result.nUnits + u]!);
	return best;
}

export interface OutcomeSpecLike {
	readonly label?: {readonly zh: string; readonly en: string};
	readonly expr: string;
	readonly perYear?: boolean;
	readonly measure?: string;
}

/** Compile the scenario's outcomes; throws ExpressionError (caller adds the location). */
export function compileOutcome(id: string, spec: OutcomeSpecLike, ctx: OutcomeContext, ast?: Ast): CompiledOutcome[] {
	const current: {result?: RunResult} = {};
	const functions = outcomeFunctions(ctx, current);
	const years = spec.perYear ? ctx.years.slice(1) : [undefined];
	const paramIds = ctx.paramIds ?? [];
	const label = spec.label ?? {zh: id, en: id};
	const compiled = compileExpression(spec.expr, {variables: ['year', ...paramIds], functions, ast});
	const read = paramIds.filter((p) => compiled.symbols.has(p));
	const slots = read.map((p) => paramIds.indexOf(p) + 1);
	const vars = new Float64Array(1 + paramIds.length);
	const reads = readsOf(compiled.ast, ctx.years, spec.perYear === true, ctx.targetYears);
	const a = compiled.ast;
	const one = a.k === 'call' && isIn(SERIES_FUNCTIONS, a.fn) ? a.args.filter((x) => x.k === 'str').map((x) => (x as {v: string}).v) : [];
	const inferred = one.length ? ctx.seriesMeasures?.get(a.k === 'call' && a.fn === 'unit' ? one[1]! : one[0]!) : undefined;
	const measure = (spec.measure as Measure | undefined) ?? inferred;
	return years.map((year) => {
		// The year's symbol and index, once per outcome (not per run).
		const value = year ?? ctx.years.at(-1)!;
		const t = year === undefined ? ctx.years.length - 1 : ctx.years.indexOf(year);
		return {
			reads,
			ast: compiled.ast,
			...(measure ? {measure} : {}),
			id: year === undefined ? id : `${id}@${year}`,
			label_zh: year === undefined ? label.zh : `${label.zh} ${year}`,
			label_en: year === undefined ? label.en : `${label.en} ${year}`,
			expr: spec.expr,
			evaluate: (result: RunResult) => {
				current.result = result;
				vars[0] = value;
				for (let k = 0; k < read.length; k++) vars[slots[k]!] = result.state.params.shared(read[k]!)[t]!;
				return compiled.evaluate(vars);
			},
		};
	});
}

/** Values of the scenario's declared outcomes for one run (id → number). */
export function evaluateOutcomes(scenario: {readonly outcomes: readonly CompiledOutcome[]}, result: RunResult): Record<string, number> {
	const out: Record<string, number> = Object.create(null) as Record<string, number>;
	for (const outcome of scenario.outcomes) out[outcome.id] = outcome.evaluate(result);
	return out;
}
