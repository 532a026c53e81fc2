/**
 * Binds a compiled user expression to the running simulation: each name it reads is a parameter,
 * a series, a numeric column of the unit table, the program's pool, the year or t. Evaluated per
 * unit (values of unit u in year t) or for the province (shared parameter values, series summed).
 */
import type {CompiledExpression} from '../expr/compile.js';
import type {SimContext} from './context.js';

export type Source =
	| {readonly kind: 'param'; readonly id: string}
	| {readonly kind: 'series'; readonly name: string}
	| {readonly kind: 'column'; readonly name: string}
	| {readonly kind: 'pool' | 'year' | 't'};

export interface Scope {
	readonly names: readonly string[];
	readonly sources: readonly Source[];
}

type Getter = (ctx: SimContext, t: number, u: number, pool: number) => number;

export class BoundExpression {
	private readonly slots: number[] = [];
	private readonly unitGetters: Getter[] = [];
	private readonly provinceGetters: Getter[] = [];
	private readonly buffer: Float64Array;

	constructor(
		readonly compiled: CompiledExpression,
		scope: Scope,
		columns: Readonly<Record<string, Float64Array>>,
	) {
		this.buffer = new Float64Array(scope.names.length);
		scope.names.forEach((name, slot) => {
			if (!compiled.symbols.has(name)) return;
			const source = scope.sources[slot]!;
			this.slots.push(slot);
			switch (source.kind) {
				case 'param':
					this.unitGetters.push((ctx, t, u) => ctx.params.get(source.id)[t * ctx.n + u]!);
					this.provinceGetters.push((ctx, t) => ctx.params.shared(source.id)[t]!);
					break;
				case 'series':
					this.unitGetters.push((ctx, t, u) => ctx.series[source.name]![t * ctx.n + u]!);
					this.provinceGetters.push((ctx, t) => sum(ctx.series[source.name]!, t * ctx.n, ctx.n));
					break;
				case 'column': {
					const values = columns[source.name]!;
					this.unitGetters.push((_ctx, _t, u) => values[u]!);
					this.provinceGetters.push(() => sum(values, 0, values.length));
					break;
				}
				case 'pool':
					this.unitGetters.push((_c, _t, _u, pool) => pool);
					this.provinceGetters.push((_c, _t, _u, pool) => pool);
					break;
				case 'year':
					this.unitGetters.push((ctx, t) => ctx.years[t]!);
					this.provinceGetters.push((ctx, t) => ctx.years[t]!);
					break;
				case 't':
					this.unitGetters.push((_c, t) => t);
					this.provinceGetters.push((_c, t) => t);
					break;
			}
		});
	}

	unit(ctx: SimContext, t: number, u: number, pool = 0): number {
		for (let k = 0; k < this.slots.length; k++) this.buffer[this.slots[k]!] = this.unitGetters[k]!(ctx, t, u, pool);
		return this.compiled.evaluate(this.buffer);
	}

	province(ctx: SimContext, t: number, pool = 0): number {
		for (let k = 0; k < this.slots.length; k++) this.buffer[this.slots[k]!] = this.provinceGetters[k]!(ctx, t, 0, pool);
		return this.compiled.evaluate(this.buffer);
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
