/**
 * The one compiler of the model: from the declared models (models/index.ts), the scenario's
 * allocation programs and its own series to a graph of resolved equations and the order a year is
 * computed in. Every back end reads this graph: the kernel (codegen.ts), explain (evaluate.ts and
 * src/explain), the docs (docs.ts), scale and the TUI. Names are resolved once here, with the
 * located errors of the formula language; the order within a year follows the equations (a series
 * after those it reads this year; prev() reads last year's), in phases separated by the province
 * sums and allocations that a later equation needs.
 */
import {formulaText, parseFormula, type Ast} from '../expr/ast.js';
import {arityProblem, BUILTIN_FUNCTIONS, CONSTANTS} from '../expr/functions.js';
import {ExpressionError} from '../errors/expression-error.js';
import {didYouMean} from '../errors/did-you-mean.js';
import type {Aggregation, Measure} from '../engine/types.js';
import type {ProgramKind} from '../scenario/schema.js';
import type {ModelDecl, SeriesDecl} from './declare.js';
import type {RAst} from './rast.js';
import {DATA_FIELDS, dataColumn, type DataField} from './rast.js';
import {scheduleOf} from './schedule.js';

export type {RAst} from './rast.js';

/** Where a formula comes from: a model's declaration or a path in the scenario YAML. */
export type Origin = {readonly model: string} | {readonly path: readonly (string | number)[]};

export interface SeriesNode {
	readonly index: number;
	readonly name: string;
	readonly measure: Measure;
	readonly zh: string;
	readonly en: string;
	readonly aggregation: Aggregation;
	readonly flow: boolean;
	/** Not an output (an intermediate step, or an input of an allocation program). */
	readonly hidden: boolean;
	readonly model: string;
	readonly clause?: string;
	/** The equation as written, and resolved; undefined for a series an allocation block writes. */
	readonly text?: string;
	readonly eq?: RAst;
	readonly initialText?: string;
	readonly initial?: RAst;
	readonly origin: Origin;
	/** The block that writes this series (allocations, priority grant). */
	block?: number;
}

export interface ScalarNode {
	readonly index: number;
	readonly name: string;
	readonly measure: Measure;
	readonly zh: string;
	readonly en: string;
	/** reduce: Σ over units of a per-unit body; value: a province formula. */
	readonly kind: 'reduce' | 'value';
	readonly body: RAst;
	readonly text: string;
	readonly clause?: string;
}

export interface AllocationBlock {
	readonly k: 'allocate';
	readonly index: number;
	readonly program: string;
	readonly out: number;
	readonly pool: number;
	readonly weights: readonly number[];
	readonly factors: readonly number[];
	readonly factorNames: readonly string[];
	readonly coefficient?: number;
	readonly eligible?: number;
	readonly floor?: number;
	readonly cap?: number;
}

export interface PriorityBlock {
	readonly k: 'priority';
	readonly index: number;
	readonly out: number;
	readonly need: number;
	/** The series whose value orders the units (lowest first), and whether last year's is read. */
	readonly key: number;
	readonly keyPrev: boolean;
	readonly cap: number;
}

export type Block = AllocationBlock | PriorityBlock;

/**
 * What a block reads: series of this year, series read at last year's value (a priority key with prev), and
 * province quantities. The schedule orders the block after what it reads this year; the kernel's dependency
 * walk computes all of it.
 */
export function blockInputs(b: Block): {readonly series: readonly number[]; readonly lastYear: readonly number[]; readonly scalars: readonly number[]} {
	if (b.k === 'priority') return {series: b.keyPrev ? [b.need] : [b.need, b.key], lastYear: b.keyPrev ? [b.key] : [], scalars: [b.cap]};
	return {series: [...b.factors, b.coefficient, b.eligible, b.floor, b.cap].filter((s): s is number => s !== undefined), lastYear: [], scalars: [b.pool, ...b.weights]};
}

export type Step = {readonly k: 'loop'; readonly series: readonly number[]; readonly reductions: readonly number[]} | {readonly k: 'scalar'; readonly q: number} | {readonly k: 'block'; readonly b: number};

export interface ProgramNode {
	readonly id: string;
	readonly kind: ProgramKind;
	readonly name_zh: string;
	readonly name_en: string;
	readonly clause?: string;
	readonly series: number;
	readonly pool: number;
	readonly block?: number;
}

export interface ModelGraph {
	readonly series: readonly SeriesNode[];
	readonly scalars: readonly ScalarNode[];
	readonly blocks: readonly Block[];
	readonly programs: readonly ProgramNode[];
	readonly seriesIndex: ReadonlyMap<string, number>;
	readonly scalarIndex: ReadonlyMap<string, number>;
	/** Parameters by index (the order of RAst param references). */
	readonly params: readonly string[];
	/** Numeric unit columns by index (data fields and CSV columns). */
	readonly columns: readonly string[];
	readonly constants: ReadonlyMap<string, number>;
	/** Steps of the base year (initial values) and of every simulated year. */
	readonly baseSteps: readonly Step[];
	readonly yearSteps: readonly Step[];
	readonly models: readonly ModelDecl[];
}

export interface ProgramInput {
	readonly id: string;
	readonly kind: ProgramKind;
	readonly name: {readonly zh: string; readonly en: string};
	readonly clause?: string;
	readonly pool?: number | string;
	readonly factors?: ReadonlyArray<{readonly name: string; readonly label?: {readonly zh: string; readonly en: string}; readonly weight: number | string; readonly expr: string}>;
	readonly coefficient?: number | string;
	readonly eligible?: number | string;
	readonly floor?: number | string;
	readonly cap?: number | string;
	readonly amount?: number | string;
}

export interface UserSeriesInput {
	readonly name: string;
	readonly label: {readonly zh: string; readonly en: string};
	readonly measure: Measure;
	readonly equation: string;
	readonly initial?: string;
	readonly aggregation: Aggregation;
	readonly flow: boolean;
	readonly clause?: string;
}

export interface GraphInput {
	readonly models: readonly ModelDecl[];
	readonly programs: readonly ProgramInput[];
	readonly userSeries: readonly UserSeriesInput[];
	readonly paramIds: readonly string[];
	/** Numeric columns of the unit table (by their CSV names). */
	readonly columns: readonly string[];
	readonly options: {readonly landCapRule: string};
	/**
	 * A formula that does not compile: built-in ones are programming errors, the caller decides. `expected`
	 * when what is wrong is not a formula (then the message says what it is about).
	 */
	readonly report: (origin: Origin, error: ExpressionError, text: string, expected?: string) => void;
}

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
type Ctx = 'unit' | 'scalar';

export function buildGraph(input: GraphInput): ModelGraph {
	const series: SeriesNode[] = [];
	const scalars: ScalarNode[] = [];
	const blocks: Block[] = [];
	const programs: ProgramNode[] = [];
	const seriesIndex = new Map<string, number>();
	const scalarIndex = new Map<string, number>();
	const reduceKeys = new Map<string, number>();
	const paramIndex = new Map(input.paramIds.map((id, i) => [id, i] as const));
	const columns = [...DATA_FIELDS.map(dataColumn), ...input.columns];
	const columnIndex = new Map(columns.map((c, i) => [c, i] as const));
	const constants = new Map<string, number>();
	for (const m of input.models) for (const c of m.constants ?? []) constants.set(c.name, c.value);

	// 1. Declare every series and scalar first: equations may read names declared later.
	interface Pending {
		readonly node: number;
		readonly text: string;
		readonly initial?: string;
		readonly origin: Origin;
		readonly pool?: number;
	}
	const pending: Pending[] = [];
	const addSeries = (decl: Omit<SeriesNode, 'index' | 'initial'>, text: string | undefined, initial: string | undefined, pool?: number): number => {
		const index = series.length;
		series.push({...decl, index});
		seriesIndex.set(decl.name, index);
		if (text !== undefined) pending.push({node: index, text, initial, origin: decl.origin, pool});
		return index;
	};
	const pendingScalars: Array<{q: number; text: string; origin: Origin; pool?: number; wrap?: (r: RAst) => RAst}> = [];
	const addScalar = (name: string, measure: Measure, zh: string, en: string, text: string, origin: Origin, clause?: string, pool?: number, wrap?: (r: RAst) => RAst): number => {
		const index = scalars.length;
		scalars.push({index, name, measure, zh, en, kind: 'value', body: {k: 'num', v: 0}, text, clause});
		scalarIndex.set(name, index);
		pendingScalars.push({q: index, text, origin, pool, wrap});
		return index;
	};
	const equationOf = (decl: SeriesDecl): string => (decl.variants ? (decl.variants.equations[input.options[decl.variants.option]] ?? decl.equation) : decl.equation);
	const addDeclared = (model: ModelDecl) => {
		for (const decl of model.series) {
			addSeries(
				{name: decl.name, measure: decl.measure, zh: decl.zh, en: decl.en, aggregation: decl.aggregation, flow: decl.flow, hidden: decl.intermediate === true, model: model.id, clause: decl.clause, text: equationOf(decl), initialText: decl.initial, origin: {model: model.id}},
				equationOf(decl),
				decl.initial,
			);
		}
		for (const s of model.scalars ?? []) addScalar(s.name, s.measure, s.zh, s.en, s.equation, {model: model.id}, s.clause);
	};
	// Models in registry order; the programs after the models whose series they read (finance reads them).
	const financeAt = input.models.findIndex((m) => m.id === 'finance');
	input.models.forEach((m, i) => {
		if (i === financeAt || (financeAt < 0 && i === input.models.length)) declarePrograms();
		addDeclared(m);
	});
	if (financeAt < 0) declarePrograms();
	for (const u of input.userSeries) {
		addSeries(
			{name: u.name, measure: u.measure, zh: u.label.zh, en: u.label.en, aggregation: u.aggregation, flow: u.flow, hidden: false, model: 'scenario', clause: u.clause, text: u.equation, initialText: u.initial, origin: {path: ['series', u.name]}},
			u.equation,
			u.initial,
		);
	}

	function declarePrograms() {
		for (const p of input.programs) {
			const path = ['programs', p.id];
			const origin = (key: readonly (string | number)[]): Origin => ({path: [...path, ...key]});
			const hidden = (suffix: string, zh: string, en: string, measure: Measure, text: string | number | undefined, key: readonly (string | number)[], pool?: number): number | undefined =>
				text === undefined
					? undefined
					: addSeries({name: `${p.id}.${suffix}`, measure, zh: `${p.name.zh}:${zh}`, en: `${p.name.en}: ${en}`, aggregation: {kind: 'none'}, flow: true, hidden: true, model: 'programs', text: String(text), origin: origin(key)}, String(text), undefined, pool);
			if (p.kind === 'perCapita') {
				// An amount per unit with no fixed pool: max(0, amount) where eligible; the pool is what it adds up to.
				const amount = hidden('amount', '测算额', 'amount', 'yuan', p.amount ?? 0, ['amount']);
				const eligible = hidden('eligible', '是否符合条件', 'eligible (1/0)', 'number', p.eligible, ['eligible']);
				const positive: RAst = {k: 'fn', fn: 'max', args: [{k: 'num', v: 0}, {k: 'series', s: amount!}]};
				const eq: RAst = eligible === undefined ? positive : {k: 'if', c: {k: 'bin', op: 'unequal', a: {k: 'series', s: eligible}, b: {k: 'num', v: 0}}, a: positive, b: {k: 'num', v: 0}};
				const text = eligible === undefined ? 'max(0, amount)' : 'eligible != 0 ? max(0, amount) : 0';
				const out = addSeries({name: p.id, measure: 'yuan', zh: p.name.zh, en: p.name.en, aggregation: {kind: 'sum'}, flow: true, hidden: false, model: 'programs', clause: p.clause, text, eq, origin: origin(['amount'])}, undefined, undefined);
				const pool = scalars.length;
				scalars.push({index: pool, name: `${p.id}.pool`, measure: 'yuan', zh: `${p.name.zh}:合计`, en: `${p.name.en}: total`, kind: 'reduce', body: {k: 'series', s: out}, text: `sum(${p.id})`});
				scalarIndex.set(`${p.id}.pool`, pool);
				programs.push({id: p.id, kind: p.kind, name_zh: p.name.zh, name_en: p.name.en, clause: p.clause, series: out, pool});
				continue;
			}
			// A negative pool allocates nothing (max(0, pool)), as the factor method has nothing to split.
			const pool = addScalar(`${p.id}.pool`, 'yuan', `${p.name.zh}:资金池`, `${p.name.en}: pool`, String(p.pool ?? 0), origin(['pool']), p.clause, undefined, (r) => ({k: 'fn', fn: 'max', args: [{k: 'num', v: 0}, r]}));
			// A factor that names one series has that series' measure (infraNeed: yuan), so tables show it in 万元/亿元.
			const factorMeasure = (expr: string): Measure => (seriesIndex.has(expr.trim()) ? series[seriesIndex.get(expr.trim())!]!.measure : 'number');
			const factors = (p.factors ?? []).map((f, k) => hidden(`factor.${k}`, `因素 ${f.label?.zh ?? f.name}`, `factor ${f.label?.en ?? f.name}`, factorMeasure(f.expr), f.expr, ['factors', k, 'expr'], pool)!);
			const weights = (p.factors ?? []).map((f, k) => addScalar(`${p.id}.weight.${k}`, 'ratio', `${p.name.zh}:权重 ${f.label?.zh ?? f.name}`, `${p.name.en}: weight of ${f.label?.en ?? f.name}`, String(f.weight), origin(['factors', k, 'weight']), undefined, pool));
			const coefficient = hidden('coefficient', '调节系数', 'coefficient', 'ratio', p.coefficient, ['coefficient'], pool);
			const eligible = hidden('eligible', '是否符合条件', 'eligible (1/0)', 'number', p.eligible, ['eligible'], pool);
			const floor = hidden('floor', '保底', 'floor', 'yuan', p.floor, ['floor'], pool);
			const cap = hidden('cap', '封顶', 'cap', 'yuan', p.cap, ['cap'], pool);
			const out = addSeries({name: p.id, measure: 'yuan', zh: p.name.zh, en: p.name.en, aggregation: {kind: 'sum'}, flow: true, hidden: false, model: 'programs', clause: p.clause, origin: origin([])}, undefined, undefined);
			const b = blocks.length;
			blocks.push({k: 'allocate', index: b, program: p.id, out, pool, weights, factors, factorNames: (p.factors ?? []).map((f) => f.name), coefficient, eligible, floor, cap});
			series[out]!.block = b;
			programs.push({id: p.id, kind: p.kind, name_zh: p.name.zh, name_en: p.name.en, clause: p.clause, series: out, pool, block: b});
		}
	}

	// A user series' province rule may only name series that exist (else every run would fail on it).
	for (const u of input.userSeries) {
		const agg = u.aggregation;
		const names = agg.kind === 'ratio' ? [agg.numerator, agg.denominator] : agg.kind === 'weighted' ? [agg.weight] : [];
		for (const name of names) {
			if (seriesIndex.has(name)) continue;
			const visible = [...seriesIndex.keys()].filter((n) => !n.includes('.'));
			const error = new ExpressionError(`the province aggregation (${agg.kind}) names "${name}", which is not a series`, 1, didYouMean(name, visible) ?? 'name a series of the models or of series:');
			input.report({path: ['series', u.name, 'aggregation']}, error, name, 'the name of a series');
		}
	}

	// 2. Resolve every formula.
	const resolve = (text: string, ctx: Ctx, origin: Origin, pool: number | undefined, self?: number): RAst | undefined => {
		let ast: Ast;
		try {
			ast = parseFormula(text);
			return toR(ast, ctx, pool, self);
		} catch (error) {
			if (!(error instanceof ExpressionError)) throw error;
			input.report(origin, error, text);
			return undefined;
		}
	};
	const known = () => [...seriesIndex.keys(), ...paramIndex.keys(), ...input.columns, ...scalarIndex.keys()].filter((n) => !n.includes('.'));
	const unknown = (name: string, at: number): never => {
		throw new ExpressionError(`uses an unknown name "${name}"`, at, didYouMean(name, known()) ?? `known names: series, parameters, unit-table columns, year, t`);
	};
	// The sum of one series is in that series' measure (so explain shows sum(landQuotaNeed) in 公顷); any other body is a plain number.
	const reduce = (body: RAst, text: string): RAst => {
		const key = JSON.stringify(body);
		let q = reduceKeys.get(key);
		if (q === undefined) {
			q = scalars.length;
			scalars.push({index: q, name: `sum(${text})`, measure: body.k === 'series' ? series[body.s]!.measure : 'number', zh: `全省合计 ${text}`, en: `province sum of ${text}`, kind: 'reduce', body, text: `sum(${text})`});
			reduceKeys.set(key, q);
		}
		return {k: 'scalar', q};
	};
	const quoted = (a: Ast | undefined, fn: string): string => {
		if (a?.k !== 'str') throw new ExpressionError(`calls ${fn}() without a quoted name`, 1, `e.g. ${fn}("residentPop")`);
		return a.v;
	};
	const seriesRef = (a: Ast | undefined, fn: string): number => {
		if (a?.k !== 'ref' || !seriesIndex.has(a.name)) throw new ExpressionError(`calls ${fn}() with something that is not a series`, a && 'at' in a ? a.at : 1, `e.g. ${fn}(residentPop)`);
		return seriesIndex.get(a.name)!;
	};
	const toR = (a: Ast, ctx: Ctx, pool: number | undefined, self?: number): RAst => {
		const r = (x: Ast, c: Ctx = ctx) => toR(x, c, pool, self);
		switch (a.k) {
			case 'num':
				return a;
			case 'str':
				throw new ExpressionError(`contains the text ${JSON.stringify(a.v)}; only finite numbers are allowed`, a.at, 'quoted names are arguments of data(), param() and programSum() only');
			case 'unary':
				return a.op === 'plus' ? r(a.a) : {k: 'unary', op: a.op, a: r(a.a)};
			case 'bin':
				return {k: 'bin', op: a.op, a: r(a.a), b: r(a.b)};
			case 'if':
				return {k: 'if', c: r(a.c), a: r(a.a), b: r(a.b)};
			case 'ref':
				return refOf(a.name, a.at, ctx, pool, self);
			case 'call':
				return callOf(a, ctx, pool, self, r);
		}
	};
	const refOf = (name: string, at: number, ctx: Ctx, pool: number | undefined, self?: number): RAst => {
		if (name === 'year') return {k: 'year'};
		if (name === 't') return {k: 't'};
		if (name === 'pool' && pool !== undefined) return {k: 'scalar', q: pool};
		const s = seriesIndex.get(name);
		const p = paramIndex.get(name);
		if (s !== undefined && p !== undefined) throw new ExpressionError(`reads "${name}", which is both a series and a parameter`, at, `write param("${name}") for the parameter`);
		if (s !== undefined) {
			if (s === self) throw new ExpressionError(`reads its own series "${name}" in the same year`, at, `write prev(${name}) for last year's value`);
			return ctx === 'unit' ? {k: 'series', s} : reduce({k: 'series', s}, name);
		}
		if (p !== undefined) return ctx === 'unit' ? {k: 'param', p} : {k: 'shared', p};
		const q = scalarIndex.get(name);
		if (q !== undefined && !name.includes('.')) return {k: 'scalar', q};
		const c = columnIndex.get(name);
		if (c !== undefined && !name.startsWith('data:')) return ctx === 'unit' ? {k: 'col', c} : reduce({k: 'col', c}, name);
		if (constants.has(name)) return {k: 'const', name, v: constants.get(name)!};
		if (has(CONSTANTS, name)) return {k: 'num', v: CONSTANTS[name]!};
		if (has(BUILTIN_FUNCTIONS, name)) throw new ExpressionError(`uses the function ${name} without calling it`, at, `call it with arguments, e.g. ${name}(x)`);
		return unknown(name, at);
	};
	const callOf = (a: Extract<Ast, {k: 'call'}>, ctx: Ctx, pool: number | undefined, self: number | undefined, r: (x: Ast, c?: Ctx) => RAst): RAst => {
		const args = a.args;
		const arity = (n: number) => {
			if (args.length !== n) throw new ExpressionError(`calls ${a.fn}() with ${args.length} arguments; it takes ${n}`, a.at, '');
		};
		switch (a.fn) {
			case 'prev':
				arity(1);
				if (ctx !== 'unit') throw new ExpressionError('calls prev() in a province formula', a.at, 'prev() reads one unit\'s value of last year: use it in a series equation');
				return {k: 'prev', s: seriesRef(args[0], 'prev')};
			case 'sum':
				arity(1);
				return reduce(r(args[0]!, 'unit'), formulaText(args[0]!));
			case 'tier':
				arity(1);
				if (ctx !== 'unit') throw new ExpressionError('calls tier() in a province formula', a.at, 'tier() looks up one unit\'s land standard');
				return {k: 'tier', a: r(args[0]!)};
			case 'data': {
				arity(1);
				const field = quoted(args[0], 'data') as DataField;
				if (!DATA_FIELDS.includes(field)) throw new ExpressionError(`calls data() with "${field}", which is not a base-year quantity`, a.at, `one of: ${DATA_FIELDS.join(', ')}`);
				const c: RAst = {k: 'col', c: columnIndex.get(dataColumn(field))!};
				return ctx === 'unit' ? c : reduce(c, `data("${field}")`);
			}
			case 'param': {
				arity(1);
				const id = quoted(args[0], 'param');
				const p = paramIndex.get(id);
				if (p === undefined) throw new ExpressionError(`calls param() with "${id}", which is not a parameter`, a.at, didYouMean(id, [...paramIndex.keys()]) ?? '');
				return ctx === 'unit' ? {k: 'param', p} : {k: 'shared', p};
			}
			case 'programSum': {
				const kinds = args.map((x) => quoted(x, 'programSum'));
				const terms = programs.filter((p) => kinds.includes(p.kind)).map((p): RAst => (ctx === 'unit' ? {k: 'series', s: p.series} : reduce({k: 'series', s: p.series}, p.id)));
				return {k: 'programs', kinds, terms};
			}
			case 'priorityGrant':
				throw new ExpressionError('calls priorityGrant() inside a formula', a.at, 'priorityGrant(need, key, cap) is a whole equation');
			default: {
				const spec = has(BUILTIN_FUNCTIONS, a.fn) ? BUILTIN_FUNCTIONS[a.fn] : undefined;
				if (!spec) throw new ExpressionError(`calls ${a.fn}(), which is not an allowed function`, a.at, didYouMean(a.fn, [...Object.keys(BUILTIN_FUNCTIONS), 'prev', 'sum', 'tier', 'data', 'param', 'programSum']) ?? `allowed: ${Object.keys(BUILTIN_FUNCTIONS).join(', ')}`);
				const wrongArity = arityProblem(a.fn, spec, args.length);
				if (wrongArity) throw new ExpressionError(wrongArity, a.at, '');
				return {k: 'fn', fn: a.fn, args: args.map((x) => r(x))};
			}
		}
	};
	for (const item of pending) {
		const node = series[item.node]!;
		let eq: RAst | undefined;
		let ast: Ast | undefined;
		try {
			ast = parseFormula(item.text);
		} catch (error) {
			if (!(error instanceof ExpressionError)) throw error;
			input.report(item.origin, error, item.text);
		}
		if (ast?.k === 'call' && ast.fn === 'priorityGrant') {
			try {
				if (ast.args.length !== 3) throw new ExpressionError(`calls priorityGrant() with ${ast.args.length} arguments; it takes 3`, ast.at, 'priorityGrant(need, key, cap)');
				const need = seriesRef(ast.args[0], 'priorityGrant');
				const keyAst = ast.args[1]!;
				const keyPrev = keyAst.k === 'call' && keyAst.fn === 'prev';
				const key = seriesRef(keyPrev && keyAst.k === 'call' ? keyAst.args[0] : keyAst, 'priorityGrant');
				// The cap is one province figure (a plan cap is one number): resolved as a province formula.
				const capAst = toR(ast.args[2]!, 'scalar', item.pool);
				const capText = formulaText(ast.args[2]!);
				const cap = scalars.length;
				scalars.push({index: cap, name: `${node.name}.cap`, measure: series[need]!.measure, zh: `${node.zh}:上限`, en: `${node.en}: cap`, kind: 'value', body: capAst, text: capText});
				const b = blocks.length;
				blocks.push({k: 'priority', index: b, out: item.node, need, key, keyPrev, cap});
				node.block = b;
			} catch (error) {
				if (!(error instanceof ExpressionError)) throw error;
				input.report(item.origin, error, item.text);
			}
		} else if (ast) {
			// The tree parsed above, resolved (not parsed a second time).
			try {
				eq = toR(ast, 'unit', item.pool, item.node);
			} catch (error) {
				if (!(error instanceof ExpressionError)) throw error;
				input.report(item.origin, error, item.text);
			}
		}
		const initial = item.initial === undefined ? undefined : resolve(item.initial, 'unit', item.origin, undefined, item.node);
		series[item.node] = {...node, eq, initial};
	}
	for (const item of pendingScalars) {
		const resolved = resolve(item.text, 'scalar', item.origin, item.pool);
		const body = resolved && item.wrap ? item.wrap(resolved) : resolved;
		const s = scalars[item.q]!;
		scalars[item.q] = {...s, body: body ?? {k: 'num', v: 0}};
	}
	const graph = {series, scalars, blocks, programs, seriesIndex, scalarIndex, params: input.paramIds, columns, constants, models: input.models};
	const {baseSteps, yearSteps} = scheduleOf(graph, input.report);
	return {...graph, baseSteps, yearSteps};
}

