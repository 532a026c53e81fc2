/**
 * Binds a compiled user expression to the running simulation: each name it reads is a parameter,
 * a series, a numeric column of the unit table, the program's pool, the year or t. Evaluated per
 * unit (values of unit u in year t) or for the province (shared parameter values, series summed).
 * The arrays behind the names are looked up once per run (when the context changes), so evaluating
 * costs a few array reads and the closure call.
 */
import type {CompiledExpression} from '../expr/compile.js';
import type {SimContext} from './context.js';
import {parseExpression, vectorize, type VectorExpression} from './vector-expression.js';

export type Source =
	| {readonly kind: 'param'; readonly id: string}
	| {readonly kind: 'series'; readonly name: string}
	| {readonly kind: 'column'; readonly name: string}
	| {readonly kind: 'pool' | 'year' | 't'};

export interface Scope {
	readonly names: readonly string[];
	readonly sources: readonly Source[];
}

const POOL = 0;
const YEAR = 1;
const T = 2;

export class BoundExpression {
	private readonly slots: number[] = [];
	private readonly used: Source[] = [];
	private readonly names: string[] = [];
	private readonly buffer: Float64Array;
	/** Per used slot: the array read (per unit and year, or per unit for columns) or a special value. */
	private arrays: Array<Float64Array | undefined> = [];
	private strides: number[] = [];
	private specials: number[] = [];
	private context: SimContext | undefined;
	private vectorForm: VectorExpression | undefined;
	private provinceContext: SimContext | undefined;
	private provinceArrays: Array<Float64Array | undefined> = [];
	private columnTotals: number[] = [];
	private vectorContext: SimContext | undefined;

	constructor(
		readonly compiled: CompiledExpression,
		scope: Scope,
		private readonly columns: Readonly<Record<string, Float64Array>>,
	) {
		this.buffer = new Float64Array(scope.names.length);
		scope.names.forEach((name, slot) => {
			if (!compiled.symbols.has(name)) return;
			this.slots.push(slot);
			this.used.push(scope.sources[slot]!);
			this.names.push(name);
		});
	}

	private bind(ctx: SimContext): void {
		this.context = ctx;
		this.arrays = this.used.map((s) => (s.kind === 'param' ? ctx.params.get(s.id) : s.kind === 'series' ? ctx.series[s.name] : s.kind === 'column' ? this.columns[s.name] : undefined));
		this.strides = this.used.map((s) => (s.kind === 'column' ? 0 : ctx.n));
		this.specials = this.used.map((s) => (s.kind === 'pool' ? POOL : s.kind === 'year' ? YEAR : T));
	}

	unit(ctx: SimContext, t: number, u: number, pool = 0): number {
		if (ctx !== this.context) this.bind(ctx);
		for (let k = 0; k < this.slots.length; k++) {
			const array = this.arrays[k];
			this.buffer[this.slots[k]!] = array ? array[t * this.strides[k]! + u]! : this.special(k, ctx, t, pool);
		}
		return this.compiled.evaluate(this.buffer);
	}

	/** The values for every unit of year index t at once (a buffer owned by the expression). */
	vector(ctx: SimContext, t: number, pool = 0): Float64Array {
		if (ctx !== this.vectorContext) {
			if (!this.vectorForm) {
				const sources = new Map(this.used.map((s, k) => [this.names[k]!, s] as const));
				this.vectorForm = vectorize(parseExpression(this.compiled.text), {sourceOf: (name) => sources.get(name), columns: this.columns}, ctx.n);
			}
			this.vectorForm.bind(ctx);
			this.vectorContext = ctx;
		}
		return this.vectorForm!.evaluate(t, pool);
	}

	province(ctx: SimContext, t: number, pool = 0): number {
		if (ctx !== this.provinceContext) {
			// Arrays looked up once per run: shared parameter values per year, series, column totals.
			this.provinceContext = ctx;
			this.provinceArrays = this.used.map((s) => (s.kind === 'param' ? ctx.params.shared(s.id) : s.kind === 'series' ? ctx.series[s.name] : undefined));
			this.columnTotals = this.used.map((s) => (s.kind === 'column' ? sum(this.columns[s.name]!, 0, ctx.n) : 0));
		}
		for (let k = 0; k < this.slots.length; k++) {
			const s = this.used[k]!;
			const array = this.provinceArrays[k];
			let value: number;
			if (s.kind === 'param') value = array![t]!;
			else if (s.kind === 'series') value = sum(array!, t * ctx.n, ctx.n);
			else if (s.kind === 'column') value = this.columnTotals[k]!;
			else value = s.kind === 'pool' ? pool : s.kind === 'year' ? ctx.years[t]! : t;
			this.buffer[this.slots[k]!] = value;
		}
		return this.compiled.evaluate(this.buffer);
	}

	private special(k: number, ctx: SimContext, t: number, pool: number): number {
		const kind = this.specials[k];
		return kind === POOL ? pool : kind === YEAR ? ctx.years[t]! : t;
	}

	/** Names this expression reads (for explain traces). */
	get reads(): readonly string[] {
		return [...this.compiled.symbols];
	}
}

function sum(values: Float64Array, from: number, count: number): number {
	let s = 0;
	for (let i = from; i < from + count; i++) s += values[i]!;
	return s;
}
