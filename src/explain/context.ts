/**
 * The explainer's view of one finished run. Any series of any model (built-in or the scenario's
 * own) is explained by walking its equation in the model graph — the tree the kernel was generated
 * from — with the run's values: the node's value is the equation evaluated on its inputs
 * (src/model/evaluate.ts), which is the run's value by construction; its children are what the
 * equation reads, each explained in turn to a depth.
 */
import type {Measure, RunResult, SeriesInfo} from '../engine/types.js';
import type {SeriesNode} from '../model/graph.js';
import {evaluateAt, frameOf, type EvalFrame} from '../model/evaluate.js';
import {DATA_FIELDS, dataColumn, visit, type DataField, type RAst} from '../model/rast.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {csvColumnOf} from '../scenario/units-table.js';
import {readableFormula as shown} from '../format/formula-text.js';
import {explainBlock} from './block.js';
import {parameterSource} from './parameter-source.js';
import type {ExplainNode} from './types.js';

/** Labels of the base-year quantities, one per field of DATA_FIELDS (the compiler checks that none is missing). */
const DATA_LABELS: Readonly<Record<DataField, readonly [string, string, Measure]>> = {
	residentPop: ['常住人口(基年数据)', 'resident population (base-year data, 万人 × 10⁴)', 'persons'],
	urbanResidentPop: ['城镇常住人口(基年数据)', 'urban resident population (base-year data, 万人 × 10⁴)', 'persons'],
	hukouPop: ['户籍人口(基年数据)', 'hukou population (base-year data, 万人 × 10⁴)', 'persons'],
	urbanHukouPop: ['城镇户籍人口(基年数据)', 'urban hukou population (base-year data, 万人 × 10⁴)', 'persons'],
	centralCityShare: ['中心城区比重', 'central-city share of the unit', 'share'],
	urbanLand: ['城镇建设用地(基年数据)', 'urban construction land (base-year data, km² × 10⁶)', 'm2'],
};
/** The field of a run's column that holds a base-year quantity (dataColumn's names); other columns are the CSV's own. */
const DATA_COLUMNS: ReadonlyMap<string, DataField> = new Map(DATA_FIELDS.map((f) => [dataColumn(f), f]));

export class Explainer {
	readonly n: number;
	readonly years: readonly number[];
	readonly seriesInfo: ReadonlyMap<string, SeriesInfo>;
	readonly frame: EvalFrame;

	constructor(
		readonly scenario: CompiledScenario,
		readonly result: RunResult,
	) {
		this.n = result.nUnits;
		this.years = result.years;
		this.seriesInfo = new Map(scenario.seriesInfo.map((s) => [s.name, s]));
		this.frame = frameOf(scenario, result);
	}

	s(name: string, t: number, u: number): number {
		return this.result.series[name]![t * this.n + u]!;
	}

	p(id: string, t: number, u: number): number {
		return this.result.state.params.get(id)[t * this.n + u]!;
	}

	unitId(u: number): string {
		return this.result.units[u]!.id;
	}

	node(name: string): SeriesNode | undefined {
		const s = this.scenario.graph.seriesIndex.get(name);
		return s === undefined ? undefined : this.scenario.graph.series[s];
	}

	/** The node of a series for unit u in year index t, expanded while depth > 0. */
	series(name: string, t: number, u: number, depth: number): ExplainNode {
		const node = this.node(name)!;
		const base = {kind: node.hidden ? ('intermediate' as const) : ('series' as const), name, label_zh: node.zh, label_en: node.en, measure: node.measure, unit: this.unitId(u), year: this.years[t]!, clause: node.clause};
		const stored = this.s(name, t, u);
		const eq = t === 0 ? node.initial : node.eq;
		if (t > 0 && node.block !== undefined) {
			if (depth <= 0) return {...base, value: stored, truncated: true, children: []};
			return {...base, ...explainBlock(this, node, t, u, depth - 1)};
		}
		if (!eq) {
			const note = t === 0 ? `base year ${this.years[0]}: nothing is computed before the first simulated year` : undefined;
			return {...base, value: stored, formula: t === 0 ? '0' : undefined, note, children: []};
		}
		const formula = (t === 0 ? node.initialText : node.text) ?? '';
		if (depth <= 0) return {...base, value: stored, formula: shown(formula), truncated: true, children: []};
		const value = evaluateAt(this.frame, eq, t, u);
		const forced = t > 0 && name === 'settled' && value !== stored;
		return {
			...base,
			value: forced ? stored : value,
			formula: shown(formula),
			note: forced ? 'forced by the caller (scale: a what-if number of settlers)' : [t === 0 ? 'base year: data' : undefined, branchNote(this, eq, t, u)].filter(Boolean).join('; ') || undefined,
			children: this.inputs(eq, t, u, depth - 1),
		};
	}

	/** What a formula reads, each once, as explain nodes. */
	inputs(eq: RAst, t: number, u: number, depth: number): ExplainNode[] {
		const g = this.scenario.graph;
		const seen = new Set<string>();
		const out: ExplainNode[] = [];
		const add = (key: string, make: () => ExplainNode) => {
			if (seen.has(key)) return;
			seen.add(key);
			out.push(make());
		};
		visit(eq, (x) => {
			if (x.k === 'series') add(`s${x.s}`, () => this.series(g.series[x.s]!.name, t, u, depth));
			else if (x.k === 'prev') add(`p${x.s}`, () => ({...this.series(g.series[x.s]!.name, t - 1, u, depth), note: 'last year (prev)'}));
			else if (x.k === 'param') add(`a${x.p}`, () => this.param(g.params[x.p]!, t, u));
			else if (x.k === 'shared') add(`h${x.p}`, () => this.param(g.params[x.p]!, t, -1));
			else if (x.k === 'col') add(`c${x.c}`, () => this.column(g.columns[x.c]!, u));
			else if (x.k === 'scalar') add(`q${x.q}`, () => this.scalar(x.q, t, depth));
			else if (x.k === 'const') add(`k${x.name}`, () => this.constant(x.name, x.name, x.name, x.v));
			else if (x.k === 'tier') {
				const rows = this.scenario.land.tiers.map((r) => (Number.isFinite(r.upTo) ? `≤${r.upTo} → ${r.standard}` : `else ${r.standard}`)).join('; ');
				add('tier', () => ({kind: 'constant', name: 'landTiers', label_zh: '用地标准分档', label_en: 'land standard tiers (m² per person)', value: evaluateAt(this.frame, x, t, u), measure: 'm2_per_person', note: rows, clause: '国土资发〔2016〕123号', children: []}));
			}
		});
		return out;
	}

	/** A province figure of the year: a sum over units or a named province quantity. */
	scalar(q: number, t: number, depth: number): ExplainNode {
		const node = this.scenario.graph.scalars[q]!;
		const T = this.years.length;
		const value = this.frame.Q[q * T + t]!;
		const children = node.kind === 'value' && depth > 0 ? this.inputs(node.body, t, 0, depth - 1).filter((c) => c.kind !== 'series' && c.kind !== 'intermediate') : [];
		return {kind: 'province', name: node.name, label_zh: node.zh, label_en: node.en, value, measure: node.measure, unit: 'province', year: this.years[t]!, formula: shown(node.text), clause: node.clause, children};
	}

	/** A parameter's value for unit u in year t (u < 0: the shared, province value), with where it comes from. */
	param(id: string, t: number, u: number): ExplainNode {
		const info = this.scenario.parameterInfo.get(id);
		const value = u >= 0 ? this.p(id, t, u) : this.result.state.params.shared(id)[t]!;
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
	column(column: string, u: number): ExplainNode {
		const field = DATA_COLUMNS.get(column);
		const label = field === undefined ? undefined : DATA_LABELS[field];
		const name = field ?? column;
		// A base-year quantity carries the status of the CSV column it was read from (e.g. builtUpArea2021_km2).
		const csv = field === undefined ? name : csvColumnOf(this.scenario.units, field);
		const status = this.scenario.data.units?.status?.[csv];
		const s = typeof status === 'string' ? status : status ? (status[this.unitId(u)] ?? status['default']) : undefined;
		const value = this.frame.columns.get(column)?.[u] ?? 0;
		return {kind: 'data', name, label_zh: label?.[0] ?? name, label_en: label?.[1] ?? `${name} (unit table)`, value, measure: label?.[2] ?? 'number', unit: this.unitId(u), year: this.years[0]!, from: this.scenario.loaded.unitsFile, status: s ?? 'estimate', source: this.scenario.data.units?.source, children: []};
	}

	constant(name: string, zh: string, en: string, value: number, measure: Measure = 'number', note?: string): ExplainNode {
		const decl = this.scenario.graph.models.flatMap((m) => m.constants ?? []).find((c) => c.name === name);
		return {kind: 'constant', name, label_zh: decl?.zh ?? zh, label_en: decl?.en ?? en, value, measure, note, children: []};
	}
}


/** Which branch of the outermost min/max/clamp or a ? b : c applied. */
function branchNote(ex: Explainer, eq: RAst, t: number, u: number): string | undefined {
	if (eq.k === 'if') return evaluateAt(ex.frame, eq.c, t, u) !== 0 ? 'the condition holds (first branch)' : 'the condition does not hold (second branch)';
	if (eq.k === 'fn' && (eq.fn === 'min' || eq.fn === 'max') && eq.args.length > 1) {
		const values = eq.args.map((a) => evaluateAt(ex.frame, a, t, u));
		const v = eq.fn === 'min' ? Math.min(...values) : Math.max(...values);
		const k = values.indexOf(v);
		return `${eq.fn}: argument ${k + 1} of ${values.length} applies`;
	}
	return undefined;
}
