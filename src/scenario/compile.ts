/**
 * From a loaded scenario to what the engine runs: the unit table, the resolved parameters, the
 * programs with their expressions compiled, the land tiers, the targets and the outcomes. Every
 * problem is collected first; then one ScenarioError carries them all.
 */
import {MODELS} from '../../models/index.js';
import type {LandConfig} from '../../models/land.js';
import type {ModelDecl} from '../model/declare.js';
import {buildGraph, type ModelGraph, type ProgramInput} from '../model/graph.js';
import {programInfoOf, type ProgramInfo} from '../model/program-info.js';
import {userSeriesOf} from './user-series.js';
import type {Diagnostic} from '../errors/diagnostic.js';
import {ScenarioError} from '../errors/scenario-error.js';
import {compileOutcome, type CompiledOutcome} from '../engine/outcomes.js';
import type {SeriesInfo, UnitInfo} from '../engine/types.js';
import type {ParameterTable} from '../params/parameter-table.js';
import {resolveParameters, type ResolvedParameterInfo} from '../params/resolve.js';
import type {LoadedScenario} from './load.js';
import type {ScenarioFile, TargetSpec} from './schema.js';
import {parseUnitTable, type UnitTable} from './units-table.js';
import {locateInChain} from './zod-diagnostics.js';
import {checkSweepSpecs} from './check-sweep-specs.js';
import {checkProgramConstants} from './check-programs.js';
import {emptyUnitTable} from './empty-units.js';
import {targetYearsOf} from '../engine/target-years.js';
import {checkScenario} from './check-scenario.js';

export interface CompiledScenario {
	readonly file: string;
	readonly name: {readonly zh: string; readonly en: string};
	readonly description?: {readonly zh: string; readonly en: string};
	readonly years: readonly number[];
	readonly units: UnitTable;
	readonly unitInfo: readonly UnitInfo[];
	readonly numericColumns: Readonly<Record<string, Float64Array>>;
	readonly parameters: ParameterTable;
	readonly parameterInfo: ReadonlyMap<string, ResolvedParameterInfo>;
	readonly programs: readonly ProgramInfo[];
	/** The models of this scenario as one graph of equations (src/model/graph.ts): what runs, explains and documents. */
	readonly graph: ModelGraph;
	readonly land: LandConfig;
	readonly targets: Readonly<Record<string, TargetSpec>>;
	readonly evaluationYears: {readonly midterm: number; readonly final: number};
	readonly seriesInfo: readonly SeriesInfo[];
	readonly outcomes: readonly CompiledOutcome[];
	readonly data: ScenarioFile;
	readonly loaded: LoadedScenario;
	readonly warnings: readonly Diagnostic[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface CompileOptions {
	/** The models to run (default: the registry, models/index.ts). */
	readonly models?: readonly ModelDecl[];
}

export function compileScenario(loaded: LoadedScenario, options: CompileOptions = {}): CompiledScenario {
	const diagnostics: Diagnostic[] = [...loaded.warnings];
	const data = loaded.data;
	const locate = (path: readonly (string | number)[]) => {
		const at = locateInChain(loaded.sources, path);
		return {file: at.source?.file ?? loaded.file, line: at.line, column: at.column};
	};
	const report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra: Partial<Diagnostic> = {}) =>
		diagnostics.push({severity, ...locate(path), path: path.join('.'), message, ...extra});

	if (!data.name) report('error', ['name'], 'the scenario has no name', {expected: 'name: {zh: …, en: …}'});
	// A standalone scenario (no unit table) runs only its own parameters, series and outcomes; without
	// years it is one period (year 0), e.g. a test function for a sweep.
	const standalone = data.units === undefined;
	if (standalone) {
		const own = Object.keys(data.series ?? {}).length + Object.keys(data.outcomes ?? {}).length + Object.keys(data.parameters?.['custom'] ?? {}).length;
		if (own === 0) report('error', ['units'], 'no unit table', {expected: 'units: {file: data/your-units.csv}', hint: 'name the CSV of cities/counties, relative to the scenario file (a scenario without one needs its own parameters.custom, series or outcomes)'});
		for (const section of Object.keys(data.parameters ?? {})) {
			if (section !== 'custom') report('error', ['parameters', section], `the built-in parameters of "${section}" need a unit table`, {value: section, expected: 'units: {file: …}, or only parameters.custom in a standalone scenario', hint: 'the built-in models run over the cities of a unit table; add units: or extends: henan-2017.yaml'});
		}
	}
	const base = data.years?.base ?? (standalone && data.years === undefined ? 0 : undefined);
	const end = data.years?.end ?? (standalone && data.years === undefined ? 0 : undefined);
	const span = (b: number, e: number) => (standalone ? e >= b : e > b) && e - b <= 100;
	if (base === undefined || end === undefined) report('error', ['years'], 'the scenario has no years', {value: data.years, expected: 'years: {base: 2016, end: 2020}'});
	else if (!span(base, end)) report('error', ['years', 'end'], 'the end year must come after the base year, by at most 100 years', {value: end, expected: `${base + 1} to ${base + 100}`, hint: 'a run covers at most 100 years, which keeps a scenario from exhausting memory or time'});
	const units = standalone ? emptyUnitTable() : parseUnitTable(loaded.unitsFile, loaded.unitsText, diagnostics, data.units?.totals);
	if (!units || base === undefined || end === undefined || !span(base, end)) throw new ScenarioError(diagnostics);
	const models: readonly ModelDecl[] = standalone ? [] : (options.models ?? MODELS);

	const years = Array.from({length: end - base + 1}, (_, i) => base + i);
	const numericColumns: Record<string, Float64Array> = {};
	for (const [name, values] of Object.entries(units.columns)) {
		if (!IDENTIFIER.test(name) || name === 'id') continue;
		const parsed = values.map((v) => (v.trim() === '' ? NaN : Number(v)));
		if (parsed.every(Number.isFinite)) numericColumns[name] = Float64Array.from(parsed);
	}
	const programIds = Object.keys(data.programs ?? {});
	const userSeries = userSeriesOf(data, report);
	const seriesNames = new Set([...models.flatMap((m) => m.series.map((x) => x.name)), ...userSeries.map((x) => x.name)]);
	const {table, info} = resolveParameters(
		{
			defs: models.flatMap((m) => m.parameters),
			specs: standalone ? {custom: data.parameters?.['custom'] ?? {}} : (data.parameters ?? {}),
			years,
			unitIds: units.ids,
			columns: units.columns,
			numericColumns,
			reserved: new Set([...seriesNames, ...programIds, ...Object.keys(numericColumns), ...models.flatMap((m) => (m.scalars ?? []).map((x) => x.name)), 'pool', 'year', 't']),
			locate,
		},
		diagnostics,
	);
	const land = compileLand(data, report, standalone);
	const programInputs = programInputsOf(data, seriesNames, new Set(info.keys()), report);
	const graph = buildGraph({
		models,
		programs: programInputs,
		userSeries,
		// A missing built-in parameter is reported by resolveParameters; its name still resolves here.
		paramIds: [...new Set([...info.keys(), ...models.flatMap((m) => m.parameters.filter((d) => !d.optional).map((d) => d.id))])],
		columns: Object.keys(numericColumns),
		options: {landCapRule: land.capRule},
		report: (origin, error, text, expected) => {
			// A built-in equation that does not resolve is a fault of the tool, unless an error already
			// reported (a missing parameter, a bad column) explains it.
			if ('model' in origin) {
				if (diagnostics.some((d) => d.severity === 'error')) return;
				throw new Error(`internal: model ${origin.model}: the equation "${text}" ${error.message}`);
			}
			report('error', origin.path, expected ? error.message : `the expression ${error.message}`, {value: text, expected: expected ?? 'a formula over parameters, series, unit columns, pool, year', hint: error.hint || undefined});
		},
	});
	const programs = graph.programs.map((p) => programInfoOf(graph, p, data.programs?.[p.id]));
	if (!diagnostics.some((d) => d.severity === 'error')) checkProgramConstants(graph, table, years, report);
	const targets = data.targets ?? {};
	const evaluationYears = data.options?.evaluationYears ?? {midterm: 2018, final: 2020};
	const seriesInfo: SeriesInfo[] = graph.series
		.filter((x) => !x.hidden)
		.map((x): SeriesInfo => ({name: x.name, measure: x.measure, label_zh: x.zh, label_en: x.en, aggregation: x.aggregation, flow: x.flow}));
	const unitInfo = units.ids.map((id, u) => ({id, name_zh: units.nameZh[u]!, name_en: units.nameEn[u]!}));
	const provinceNames = seriesInfo.filter((s) => s.aggregation.kind !== 'none').map((s) => s.name);
	const outcomes: CompiledOutcome[] = [];
	for (const [id, spec] of Object.entries(data.outcomes ?? {})) {
		if (!IDENTIFIER.test(id)) report('error', ['outcomes', id], `"${id}" is not a usable outcome id`, {value: id, expected: 'letters, digits and _'});
		try {
			outcomes.push(...compileOutcome(id, spec, {years, unitIds: units.ids, seriesNames: seriesInfo.map((s) => s.name), provinceNames, targetIds: Object.keys(targets), paramIds: [...info.keys()], targetYears: targetYearsOf(targets, years), seriesMeasures: new Map(seriesInfo.map((x) => [x.name, x.measure]))}));
		} catch (error) {
			const e = error as Error & {hint?: string};
			report('error', ['outcomes', id, 'expr'], `the outcome expression ${e.message}`, {value: spec.expr, hint: e.hint || 'e.g. prov("hukouUrbanizationRate", 2020) >= 0.37'});
		}
	}
	checkSweepSpecs(data, [...info.keys()], report);
	checkScenario({data, years, units, table, info, series: [...seriesNames, ...programIds], diagnostics}, report);
	if (diagnostics.some((d) => d.severity === 'error')) throw new ScenarioError(diagnostics);
	return {
		file: loaded.file,
		name: data.name!,
		description: data.description,
		years,
		units,
		unitInfo,
		numericColumns,
		parameters: table,
		parameterInfo: info,
		programs,
		graph,
		land,
		targets,
		evaluationYears,
		seriesInfo,
		outcomes,
		data,
		loaded,
		warnings: diagnostics,
	};
}

type Report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra?: Partial<Diagnostic>) => void;

function compileLand(data: ScenarioFile, report: Report, standalone: boolean): LandConfig {
	const rows = data.landTiers?.rows;
	const capRule = data.options?.landCapRule ?? 'proportional';
	if (!rows && standalone) return {tiers: [], capRule};
	if (!rows) {
		report('error', ['landTiers'], 'no land tier table', {expected: 'landTiers: {rows: [{upTo: 100, standard: 100}, …, {standard: 50}]}', hint: 'the 国土资发〔2016〕123号 tiers are in scenarios/henan-2017.yaml'});
		return {tiers: [], capRule};
	}
	let last = 0;
	rows.forEach((row, i) => {
		const isLast = i === rows.length - 1;
		if (!isLast && row.upTo === undefined) report('error', ['landTiers', 'rows', i], 'only the last tier may leave out upTo', {expected: 'upTo: m² per person'});
		if (row.upTo !== undefined && row.upTo <= last) report('error', ['landTiers', 'rows', i, 'upTo'], 'tiers must be in increasing order of upTo', {value: row.upTo, expected: `more than ${last}`});
		last = row.upTo ?? last;
	});
	return {tiers: rows.map((r) => ({upTo: r.upTo ?? Infinity, standard: r.standard})), capRule};
}

/** The scenario's programs as the graph takes them; ids that clash with other names are errors. */
function programInputsOf(data: ScenarioFile, seriesNames: ReadonlySet<string>, paramIds: ReadonlySet<string>, report: Report): ProgramInput[] {
	const out: ProgramInput[] = [];
	for (const [id, spec] of Object.entries(data.programs ?? {})) {
		const path = ['programs', id];
		if (!IDENTIFIER.test(id) || seriesNames.has(id) || paramIds.has(id)) {
			report('error', path, `"${id}" cannot name a program`, {value: id, expected: 'a new name of letters and digits (it becomes the name of the series)'});
			continue;
		}
		const need = (key: 'amount' | 'pool' | 'factors', why: string) => spec[key] === undefined && report('error', path, `a ${spec.kind} program needs "${key}"`, {expected: why});
		if (spec.kind === 'perCapita') need('amount', 'amount: an expression in yuan per unit');
		else {
			need('pool', 'pool: yuan per year (a number or an expression over parameters)');
			need('factors', 'factors: [{name, weight, expr}, …]');
		}
		if (spec.enabled === false) continue;
		out.push({id, kind: spec.kind, name: spec.name, clause: spec.clause, pool: spec.pool, factors: spec.factors, coefficient: spec.coefficient, eligible: spec.eligible, floor: spec.floor, cap: spec.cap, amount: spec.amount});
	}
	return out;
}

