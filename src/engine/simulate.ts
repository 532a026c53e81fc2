/**
 * One run: the scenario's compiled kernel (src/model/codegen.ts) over all units and years, then the
 * province figures, the finite guard, the targets and evaluations. Pure: no file system, no
 * console; the same function serves the CLI, the TUI, compare, scale and sweeps. The kernel is
 * generated once per scenario and family of runs (which parameters vary, which series are read)
 * and kept with the scenario.
 */
import {evaluateTargets, evaluateUnits, targetResult, type MonitoringInput} from '../../models/monitoring.js';
import {NumericalError} from '../errors/scenario-error.js';
import {compileKernel, type Kernel} from '../model/codegen.js';
import type {Buffers} from '../model/runtime.js';
import {DATA_FIELDS, dataColumn} from '../model/rast.js';
import type {ParameterOverride, ParameterTable} from '../params/parameter-table.js';
import type {ParameterValues} from './context.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {Aggregator, ruleTableOf} from './aggregate.js';
import type {ProgramResult, RunResult, TargetResult} from './types.js';

export interface SimulateOptions {
	/** Skip targets and evaluations (sweeps that only need series). */
	readonly skipMonitoring?: boolean;
	/**
	 * Forced settlement (`hukou-sim scale`, what-if questions): year-major nYears × nUnits like the
	 * series; a finite value replaces the model's `settled` for that unit and year before the
	 * origin split, NaN keeps the model's value. A forced value may exceed the settlement pool or
	 * the same-unit rural hukou: it is applied as asked (a planner's "what if"), permit holders
	 * stop at 0, and the caller reports it (settled > settlementPool in the result).
	 */
	readonly settledOverride?: Float64Array;
	/**
	 * Write into the scenario's own result buffers instead of new ones (sweeps: no allocation and no
	 * garbage per run). The result is then valid only until the next run with this option.
	 */
	readonly reuseBuffers?: boolean;
	/** Only these series (and what they need) up to this year: a sweep computes what its outcomes read. */
	readonly needs?: {readonly series: readonly string[]; readonly lastYear?: number};
	/** Parameters that the runs of a family may override (a sweep's uncertainties): one kernel for all. */
	readonly varies?: readonly string[];
}

interface Workspace {
	readonly kernels: Map<string, Kernel>;
	readonly columns: ReadonlyMap<string, Float64Array>;
	reused?: Shell;
	/** Per `varies` list of a family of runs: what its overrides change, and whether they fit kernel slots. */
	readonly families: WeakMap<readonly string[], Family>;
}

interface Family {
	readonly varied: ReadonlySet<string>;
	/** Parameters without dependents: a one-number override goes straight into the kernel. */
	readonly slotIndex: ReadonlyMap<string, number>;
}

/** A run's buffers with the views and figures built on them once (a sweep reuses one shell). */
interface Shell {
	readonly buffers: Buffers;
	readonly series: Record<string, Float64Array>;
	readonly aggregator: Aggregator;
	readonly programs: ProgramResult[];
	slotValues?: Float64Array;
	/** The kernel whose base year these buffers hold (a sweep's runs share it when it reads nothing they vary). */
	baseOf?: Kernel;
}

const workspaces = new WeakMap<CompiledScenario, Workspace>();

function workspaceOf(scenario: CompiledScenario): Workspace {
	let w = workspaces.get(scenario);
	if (!w) {
		const u = scenario.units;
		const columns = new Map<string, Float64Array>([...DATA_FIELDS.map((f) => [dataColumn(f), u[f]] as const), ...Object.entries(scenario.numericColumns)]);
		w = {kernels: new Map(), columns, families: new WeakMap()};
		workspaces.set(scenario, w);
	}
	return w;
}

/** The kernel of the last run with this options object (a sweep passes one object to all its runs). */
const lastKernel = new WeakMap<SimulateOptions, {readonly scenario: CompiledScenario; readonly varied: ReadonlySet<string>; readonly slots?: Slots; readonly kernel: Kernel}>();
function kernelFor(scenario: CompiledScenario, varied: ReadonlySet<string>, options: SimulateOptions, slots?: Slots): Kernel {
	const last = lastKernel.get(options);
	if (last && last.scenario === scenario && last.varied === varied && last.slots === slots) return last.kernel;
	const kernel = kernelOf(scenario, varied, options, slots);
	lastKernel.set(options, {scenario, varied, slots, kernel});
	return kernel;
}

const keys = new WeakMap<object, string>();
/** A cache key for a set of names, computed once per set object (a sweep passes the same ones). */
function keyOf(names: ReadonlySet<string> | readonly string[]): string {
	let k = keys.get(names);
	if (k === undefined) {
		k = [...names].sort().join(',');
		keys.set(names, k);
	}
	return k;
}

/** The kernel for a family of runs (kept with the scenario). */
function kernelOf(scenario: CompiledScenario, varied: ReadonlySet<string>, options: SimulateOptions = {}, slots?: Slots): Kernel {
	const w = workspaceOf(scenario);
	const graph = scenario.graph;
	const needed = options.needs?.series.map((name) => graph.seriesIndex.get(name)).filter((s): s is number => s !== undefined);
	const forced = options.settledOverride ? graph.seriesIndex.get('settled') : undefined;
	const key = `${keyOf(varied)}|${options.needs ? keyOf(options.needs.series) : '*'}|${options.needs?.lastYear ?? ''}|${forced ?? ''}|${slots?.key ?? ''}`;
	let kernel = w.kernels.get(key);
	if (!kernel) {
		const lastYear = options.needs?.lastYear === undefined ? undefined : scenario.years.indexOf(options.needs.lastYear);
		kernel = compileKernel(graph, scenario.parameters, scenario.years, scenario.units.ids.length, scenario.land.tiers, {
			varied,
			needed: needed ? new Set(needed) : undefined,
			summedSeries: needed ? sumsRead(graph, needed) : undefined,
			lastYear: lastYear === undefined || lastYear < 0 ? undefined : lastYear,
			forced,
			slots: slots?.list,
		});
		w.kernels.set(key, kernel);
	}
	return kernel;
}

/** The series whose sums a run that reports only `roots` reads: theirs (the finite guard) and their province rules' terms. */
function sumsRead(graph: CompiledScenario['graph'], roots: readonly number[]): Set<number> {
	const {first, second} = ruleTableOf(graph.series, graph.seriesIndex);
	const read = new Set(roots);
	for (const k of roots) for (const s of [first[k]!, second[k]!]) if (s >= 0) read.add(s);
	return read;
}

function newShell(scenario: CompiledScenario, columns: ReadonlyMap<string, Float64Array>): Shell {
	const g = scenario.graph;
	const T = scenario.years.length;
	const n = scenario.units.ids.length;
	const size = T * n;
	const buffers = {B: seriesArrays(g.series.length, size), Q: new Float64Array(T * g.scalars.length), U: new Float64Array(T * g.blocks.length), columns};
	const series: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
	g.series.forEach((node, k) => {
		series[node.name] = buffers.B[k]!;
	});
	const programs: ProgramResult[] = g.programs.map((p) => ({
		id: p.id,
		kind: p.kind,
		name_zh: p.name_zh,
		name_en: p.name_en,
		pool: buffers.Q.subarray(p.pool * T, (p.pool + 1) * T),
		series: p.id,
		unallocated: p.block === undefined ? new Float64Array(T) : buffers.U.subarray(p.block * T, (p.block + 1) * T),
	}));
	return {buffers, series, aggregator: new Aggregator(g.series, g.seriesIndex, n, T), programs};
}

/**
 * One array per series. A small run's arrays are views into one block (one allocation instead of a hundred);
 * a large run's are arrays of their own: one block of tens of MB was mapped afresh by the allocator on every
 * run (page faults, and a full garbage collection for the external memory), arrays of a series each are recycled.
 */
const ONE_BLOCK_BYTES = 4 << 20;
function seriesArrays(count: number, size: number): Float64Array[] {
	if (count * size * 8 > ONE_BLOCK_BYTES) return Array.from({length: count}, () => new Float64Array(size));
	const block = new Float64Array(count * size);
	return Array.from({length: count}, (_, k) => block.subarray(k * size, (k + 1) * size));
}

function familyOf(scenario: CompiledScenario, w: Workspace, varies: readonly string[]): Family {
	let f = w.families.get(varies);
	if (!f) {
		const varied = scenario.parameters.affectedBy(varies);
		const free = [...new Set(varies)].filter((id) => scenario.parameters.affectedBy([id]).size === 1);
		f = {varied, slotIndex: new Map(free.map((id, j) => [id, j]))};
		w.families.set(varies, f);
	}
	return f;
}

export function simulate(scenario: CompiledScenario, overrides: readonly ParameterOverride[] = [], options: SimulateOptions = {}): RunResult {
	const n = scenario.units.ids.length;
	const nYears = scenario.years.length;
	const graph = scenario.graph;
	const w = workspaceOf(scenario);
	const family = options.varies ? familyOf(scenario, w, options.varies) : undefined;
	const {slotted, varied, slots} = planOf(scenario, family, overrides, options);
	const kernel = kernelFor(scenario, varied, options, slots);
	const shell = options.reuseBuffers ? (w.reused ??= newShell(scenario, w.columns)) : newShell(scenario, w.columns);
	let params: ParameterValues;
	if (slotted) {
		const values = (shell.slotValues ??= new Float64Array(family!.slotIndex.size));
		values.fill(0);
		for (const o of overrides) values[slots!.index.get(o.parameter)!] = o.value as number;
		kernel.run(shell.buffers, scenario.parameters, options.settledOverride, values, shell.aggregator.sums, shell.baseOf === kernel);
		params = new LazyOverrides(scenario.parameters, overrides, slots!.changed);
	} else {
		const table = scenario.parameters.withOverrides(overrides);
		kernel.run(shell.buffers, table, options.settledOverride, undefined, shell.aggregator.sums, shell.baseOf === kernel);
		params = table;
	}
	shell.baseOf = kernel;
	const {B, Q, U} = shell.buffers;
	const agg = shell.aggregator;
	agg.reset(B, kernel.lastYear, kernel.summed);
	const {roots, checked} = rootsOf(kernel, graph, options.needs);
	for (const k of roots) agg.valueOf(k);
	guardFinite(scenario, B, agg, kernel, shell.programs, checked);
	const units = scenario.unitInfo;
	const state = {B, Q, U, params, columns: w.columns};
	const base = {years: scenario.years, units, nUnits: n, nYears, series: shell.series, province: agg.province, programs: shell.programs, state};
	if (options.skipMonitoring || n === 0) return new SweepRun(base, NO_TARGETS);
	const monitoring: MonitoringInput = {
		years: scenario.years,
		units,
		province: agg.province,
		series: shell.series,
		rateGap2013: params.shared('rateGap2013')[0]!,
		evaluationAnnualGain: params.shared('evaluationAnnualGain')[0]!,
		evaluationYears: scenario.evaluationYears,
	};
	const specs = scenario.targets;
	// A sweep reads targets through its outcomes (met: one target and year), never the per-city evaluations.
	if (options.needs) return new SweepRun(base, specs, monitoring);
	const targets = evaluateTargets(specs, monitoring);
	return {...base, targets, target: (id, year) => targets.find((r) => r.id === id && r.year === year), evaluations: evaluateUnits(monitoring)};
}

const NO_TARGETS: CompiledScenario['targets'] = {};

/**
 * A sweep's run (or one without monitoring), read at once by its outcomes: a target is computed when met()
 * asks for it, all of them only if read.
 */
class SweepRun implements RunResult {
	readonly years: readonly number[];
	readonly units: RunResult['units'];
	readonly nUnits: number;
	readonly nYears: number;
	readonly series: RunResult['series'];
	readonly province: RunResult['province'];
	readonly programs: RunResult['programs'];
	readonly state: RunResult['state'];
	readonly evaluations: RunResult['evaluations'] = [];
	private all: readonly TargetResult[] | undefined;
	constructor(
		base: Omit<RunResult, 'targets' | 'target' | 'evaluations'>,
		private readonly specs: CompiledScenario['targets'],
		private readonly monitoring?: MonitoringInput,
	) {
		this.years = base.years;
		this.units = base.units;
		this.nUnits = base.nUnits;
		this.nYears = base.nYears;
		this.series = base.series;
		this.province = base.province;
		this.programs = base.programs;
		this.state = base.state;
	}
	get targets(): readonly TargetResult[] {
		return (this.all ??= this.monitoring ? evaluateTargets(this.specs, this.monitoring) : []);
	}
	target(id: string, year: number): TargetResult | undefined {
		return this.monitoring && Object.hasOwn(this.specs, id) ? targetResult(id, this.specs[id]!, this.monitoring, year) : undefined;
	}
}

interface Slots {
	readonly list: ReadonlyArray<{readonly param: string; readonly mode: 'set' | 'scale' | 'add'}>;
	readonly index: ReadonlyMap<string, number>;
	readonly key: string;
	/** The parameters the overrides of these slots change. */
	readonly changed: ReadonlySet<string>;
}

interface Plan {
	/** The overrides go into the kernel's slots (else a copy-on-write parameter table). */
	readonly slotted: boolean;
	readonly varied: ReadonlySet<string>;
	readonly slots?: Slots;
}

/** The plan of the last run with these override records, and what it was made for. */
const plans = new WeakMap<readonly ParameterOverride[], {readonly family?: Family; readonly parameters: readonly string[]; readonly modes: readonly string[]; readonly plan: Plan}>();

/**
 * How a run applies its overrides. A sweep's overrides (one number, every unit and year, no parameter
 * computed from them) go into the kernel's slots; anything else makes a copy-on-write parameter table.
 * A sweep passes the same override records to every run, changing only their values: the plan is kept
 * with them and checked field by field (no allocation per run).
 */
function planOf(scenario: CompiledScenario, family: Family | undefined, overrides: readonly ParameterOverride[], options: SimulateOptions): Plan {
	const last = plans.get(overrides);
	if (last && last.family === family && sameShape(last.parameters, last.modes, overrides, last.plan.slotted)) return last.plan;
	const slotted =
		family !== undefined &&
		new Set(overrides.map((o) => o.parameter)).size === overrides.length &&
		overrides.every((o) => typeof o.value === 'number' && o.unit === undefined && o.fromYear === undefined && family.slotIndex.has(o.parameter));
	const varied = family && overrides.every((o) => family.varied.has(o.parameter)) ? family.varied : scenario.parameters.affectedBy([...overrides.map((o) => o.parameter), ...(options.varies ?? [])]);
	const plan: Plan = {slotted, varied, ...(slotted ? {slots: slotsOf(family!, overrides)} : {})};
	plans.set(overrides, {family, parameters: overrides.map((o) => o.parameter), modes: overrides.map((o) => o.mode ?? 'set'), plan});
	return plan;
}

function sameShape(parameters: readonly string[], modes: readonly string[], overrides: readonly ParameterOverride[], slotted: boolean): boolean {
	if (overrides.length !== parameters.length) return false;
	for (let i = 0; i < overrides.length; i++) {
		const o = overrides[i]!;
		if (o.parameter !== parameters[i] || (o.mode ?? 'set') !== modes[i]) return false;
		if (slotted && (typeof o.value !== 'number' || o.unit !== undefined || o.fromYear !== undefined)) return false;
	}
	return true;
}

const slotCache = new WeakMap<Family, Map<string, Slots>>();

/** The kernel slots of a set of overrides (by parameter and mode), kept per family. */
function slotsOf(family: Family, overrides: readonly ParameterOverride[]): Slots {
	let key = '';
	for (const o of overrides) key += `${o.parameter}:${o.mode ?? 'set'},`;
	let byKey = slotCache.get(family);
	if (!byKey) slotCache.set(family, (byKey = new Map()));
	let slots = byKey.get(key);
	if (!slots) {
		const list = [...family.slotIndex.keys()].map((param) => ({param, mode: overrides.find((o) => o.parameter === param)?.mode ?? ('set' as const)}));
		const present = new Set(overrides.map((o) => o.parameter));
		// A slot that no override fills this run keeps the base value: mode add with 0.
		const fixed = list.map((x) => (present.has(x.param) ? x : {param: x.param, mode: 'add' as const}));
		slots = {list: fixed, index: family.slotIndex, key: fixed.map((x) => `${x.param}:${x.mode}`).join(','), changed: present};
		byKey.set(key, slots);
	}
	return slots;
}

/** The parameters of a slotted run, as a table only when someone reads them (explain, outcomes). */
class LazyOverrides implements ParameterValues {
	private made: ParameterTable | undefined;
	constructor(
		private readonly table: ParameterTable,
		private readonly overrides: readonly ParameterOverride[],
		private readonly changed: ReadonlySet<string>,
	) {}
	private full(): ParameterTable {
		return (this.made ??= this.table.withOverrides(this.overrides));
	}
	get(id: string): ReturnType<ParameterTable['get']> {
		return this.changed.has(id) ? this.full().get(id) : this.table.get(id);
	}
	shared(id: string): ReturnType<ParameterTable['shared']> {
		return this.changed.has(id) ? this.full().shared(id) : this.table.shared(id);
	}
}

/**
 * The series a run's province figures start from (all, or what the caller needs) and the order the finite
 * guard checks them in (outputs first, so that a message names a series people know), once per kernel.
 */
const rootsCache = new WeakMap<Kernel, {readonly roots: readonly number[]; readonly checked: readonly number[]}>();
function rootsOf(kernel: Kernel, graph: CompiledScenario['graph'], needs: SimulateOptions['needs']): {roots: readonly number[]; checked: readonly number[]} {
	let r = rootsCache.get(kernel);
	if (!r) {
		const roots = needs ? needs.series.map((name) => graph.seriesIndex.get(name)).filter((k): k is number => k !== undefined) : [...graph.series.keys()];
		r = {roots, checked: [...roots].sort((a, b) => Number(graph.series[a]!.hidden) - Number(graph.series[b]!.hidden))};
		rootsCache.set(kernel, r);
	}
	return r;
}

/** No NaN or Infinity reaches an output: the run stops and names the series, unit and year. */
function guardFinite(scenario: CompiledScenario, buffer: readonly Float64Array[], agg: Aggregator, kernel: Kernel, programs: readonly ProgramResult[], order: readonly number[]): void {
	const n = scenario.units.ids.length;
	const nYears = scenario.years.length;
	// Pools first: a pool that is not finite would spread to every unit's series.
	for (const p of programs) {
		// A loop, not findIndex: its callback would box every value of every pool, every run.
		for (let t = 0; t < p.pool.length; t++) {
			const v = p.pool[t]!;
			if (v - v !== 0) throw new NumericalError(`${p.id}.pool`, 'province', scenario.years[t]!, v, 'the pool expression must give a finite amount in yuan');
		}
	}
	// A NaN or ±Infinity in a series makes the sum over units of its year NaN or infinite: the sums
	// are checked, and only a suspect series and year is searched cell by cell.
	const graph = scenario.graph;
	// A run that computes everything checks everything; a sweep checks what its outcomes read.
	for (const k of order) {
		if (!kernel.computes[k]) continue;
		agg.sumsOf(k);
		for (let t = 0; t <= kernel.lastYear; t++) {
			const s = agg.sums[k * nYears + t]!;
			if (s - s === 0) continue;
			for (let u = 0; u < n; u++) {
				const v = buffer[k]![t * n + u]!;
				if (v - v !== 0) {
					throw new NumericalError(graph.series[k]!.name, scenario.units.ids[u]!, scenario.years[t]!, v, 'an extreme or zero parameter value makes it undefined; check the parameters this series reads (hukou-sim explain shows them)');
				}
			}
		}
	}
}
