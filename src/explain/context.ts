/**
 * The explainer's view of one finished run: series values, parameter values with their metadata,
 * the unit table, and a dispatcher that explains a series through the family explainer written
 * next to its model (registry.ts). Every explained value is recomputed from its inputs.
 */
import type {SimContext} from '../engine/context.js';
import type {Measure, RunResult, SeriesInfo} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {parameterSource} from './parameter-source.js';
import type {Derivation, ExplainNode} from './types.js';

export type SeriesExplainer = (ex: Explainer, t: number, u: number, depth: number) => Derivation;

export class Explainer {
	readonly n: number;
	readonly years: readonly number[];
	readonly seriesInfo: ReadonlyMap<string, SeriesInfo>;
	/** A simulation context over the finished run, to evaluate the programs' bound expressions. */
	readonly sim: SimContext;

	constructor(
		readonly scenario: CompiledScenario,
		readonly result: RunResult,
		private readonly registry: ReadonlyMap<string, SeriesExplainer>,
	) {
		this.n = result.nUnits;
		this.years = result.years;
		this.seriesInfo = new Map(scenario.seriesInfo.map((s) => [s.name, s]));
		this.sim = {n: this.n, nYears: result.nYears, years: result.years, units: scenario.units, params: scenario.parameters, series: result.series as Record<string, Float64Array>};
	}

	s(name: string, t: number, u: number): number {
		return this.result.series[name]![t * this.n + u]!;
	}

	p(id: string, t: number, u: number): number {
		return this.scenario.parameters.get(id)[t * this.n + u]!;
	}

	unitId(u: number): string {
		return this.result.units[u]!.id;
	}

	/** The node of a series for unit u in year index t, expanded while depth > 0. */
	series(name: string, t: number, u: number, depth: number): ExplainNode {
		const info = this.seriesInfo.get(name);
		const base = {kind: 'series' as const, name, label_zh: info?.label_zh ?? name, label_en: info?.label_en ?? name, measure: info?.measure ?? 'number', unit: this.unitId(u), year: this.years[t]!};
		const explain = this.registry.get(name);
		if (depth <= 0 || !explain) return {...base, value: this.s(name, t, u), truncated: depth <= 0 && explain !== undefined, children: []};
		const d = explain(this, t, u, depth - 1);
		return {...base, value: d.value, formula: d.formula, note: d.note, clause: d.clause, children: d.inputs};
	}

	/** A parameter's value for unit u in year t (u < 0: the shared, province value), with where it comes from. */
	param(id: string, t: number, u: number): ExplainNode {
		const info = this.scenario.parameterInfo.get(id);
		const value = u >= 0 ? this.p(id, t, u) : this.scenario.parameters.shared(id)[t]!;
		const year = this.years[t]!;
		const src = info ? parameterSource(info, u >= 0 ? this.unitId(u) : undefined, Math.max(0, u), this.scenario.units.columns, year) : undefined;
		const expression = typeof src?.form === 'string' && src.form !== 'none' ? src.form : undefined;
		return {
			kind: 'parameter',
			name: id,
			label_zh: info?.def?.zh ?? id,
			label_en: info?.def?.en ?? info?.spec.description ?? id,
			value,
			measure: info?.def?.measure ?? 'number',
			unit: u >= 0 ? this.unitId(u) : 'province',
			year,
			formula: expression,
			from: src ? `parameters.${info!.section}.${id}.${src.from}` : undefined,
			date: src?.date,
			unitText: info?.spec.unit,
			status: info?.spec.status ?? 'estimate',
			source: [info?.spec.reference, info?.spec.source, info?.spec.note].filter(Boolean).join(' · ') || undefined,
			children: [],
		};
	}

	/** A figure of the unit table (the base-year data). */
	data(column: string, zh: string, en: string, value: number, measure: Measure, u: number): ExplainNode {
		const status = this.scenario.data.units?.status?.[column];
		const s = typeof status === 'string' ? status : status ? (status[this.unitId(u)] ?? status['default']) : undefined;
		return {kind: 'data', name: column, label_zh: zh, label_en: en, value, measure, unit: this.unitId(u), year: this.years[0]!, from: this.scenario.loaded.unitsFile, status: s ?? 'estimate', source: this.scenario.data.units?.source, children: []};
	}

	/** An intermediate quantity of a model (not a stored series), shown with its formula and inputs. */
	calc(name: string, zh: string, en: string, value: number, measure: Measure, formula: string, inputs: readonly ExplainNode[], note?: string): ExplainNode {
		return {kind: 'intermediate', name, label_zh: zh, label_en: en, value, measure, formula, note, children: inputs};
	}

	constant(name: string, zh: string, en: string, value: number, measure: Measure = 'number', note?: string): ExplainNode {
		return {kind: 'constant', name, label_zh: zh, label_en: en, value, measure, note, children: []};
	}
}
