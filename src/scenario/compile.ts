/**
 * From a loaded scenario to what the engine runs: the unit table, the resolved parameters, the
 * programs with their expressions compiled, the land tiers, the targets and the outcomes. Every
 * problem is collected first; then one ScenarioError carries them all.
 */
import {BUILTIN_PARAMETERS, MODEL_SERIES, PRE_PROGRAM_SERIES} from '../../models/index.js';
import type {LandConfig} from '../../models/land.js';
import type {RuntimeProgram} from '../../models/programs.js';
import type {Diagnostic} from '../errors/diagnostic.js';
import {ScenarioError} from '../errors/scenario-error.js';
import {compileOutcome, type CompiledOutcome} from '../engine/outcomes.js';
import type {SeriesInfo, UnitInfo} from '../engine/types.js';
import type {ParameterTable} from '../params/parameter-table.js';
import {resolveParameters, type ResolvedParameterInfo} from '../params/resolve.js';
import {compilePrograms} from './compile-programs.js';
import type {LoadedScenario} from './load.js';
import type {ScenarioFile, TargetSpec} from './schema.js';
import {parseUnitTable, type UnitTable} from './units-table.js';
import {locateInChain} from './zod-diagnostics.js';
import {checkSweepSpecs} from './check-sweep-specs.js';
import {checkProgramConstants} from './check-programs.js';

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
	readonly programs: readonly RuntimeProgram[];
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

export function compileScenario(loaded: LoadedScenario): CompiledScenario {
	const diagnostics: Diagnostic[] = [...loaded.warnings];
	const data = loaded.data;
	const locate = (path: readonly (string | number)[]) => {
		const at = locateInChain(loaded.sources, path);
		return {file: at.source?.file ?? loaded.file, line: at.line, column: at.column};
	};
	const report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra: Partial<Diagnostic> = {}) =>
		diagnostics.push({severity, ...locate(path), path: path.join('.'), message, ...extra});

	if (!data.name) report('error', ['name'], 'the scenario has no name', {expected: 'name: {zh: …, en: …}'});
	const base = data.years?.base;
	const end = data.years?.end;
	if (base === undefined || end === undefined) report('error', ['years'], 'the scenario has no years', {value: data.years, expected: 'years: {base: 2016, end: 2020}'});
	else if (end <= base || end - base > 100) report('error', ['years', 'end'], 'the end year must come after the base year, by at most 100 years', {value: end, expected: `${base + 1} to ${base + 100}`, hint: 'a run covers at most 100 years, which keeps a scenario from exhausting memory or time'});
	const units = parseUnitTable(loaded.unitsFile, loaded.unitsText, diagnostics, data.units?.totals);
	if (!units || base === undefined || end === undefined || end <= base || end - base > 100) throw new ScenarioError(diagnostics);

	const years = Array.from({length: end - base + 1}, (_, i) => base + i);
	const numericColumns: Record<string, Float64Array> = {};
	for (const [name, values] of Object.entries(units.columns)) {
		if (!IDENTIFIER.test(name) || name === 'id') continue;
		const parsed = values.map((v) => (v.trim() === '' ? NaN : Number(v)));
		if (parsed.every(Number.isFinite)) numericColumns[name] = Float64Array.from(parsed);
	}
	const programIds = Object.keys(data.programs ?? {});
	const seriesNames = new Set(MODEL_SERIES.map((s) => s.name));
	const {table, info} = resolveParameters(
		{
			defs: BUILTIN_PARAMETERS,
			specs: data.parameters ?? {},
			years,
			unitIds: units.ids,
			columns: units.columns,
			numericColumns,
			reserved: new Set([...seriesNames, ...programIds, ...Object.keys(numericColumns), 'pool', 'year', 't']),
			locate,
		},
		diagnostics,
	);
	const programs = compilePrograms(data.programs ?? {}, {paramIds: [...info.keys()], numericColumns, preSeries: PRE_PROGRAM_SERIES, seriesNames, report});
	if (!diagnostics.some((d) => d.severity === 'error')) checkProgramConstants(programs, table, units, years, new Set([...seriesNames, ...programs.map((p) => p.id)]), report);
	const land = compileLand(data, report);
	const targets = data.targets ?? {};
	const evaluationYears = data.options?.evaluationYears ?? {midterm: 2018, final: 2020};
	const seriesInfo: SeriesInfo[] = [
		...MODEL_SERIES,
		...programs.map((p): SeriesInfo => ({name: p.id, measure: 'yuan', label_zh: p.name_zh, label_en: p.name_en, aggregation: {kind: 'sum'}, flow: true})),
	];
	const unitInfo = units.ids.map((id, u) => ({id, name_zh: units.nameZh[u]!, name_en: units.nameEn[u]!}));
	const provinceNames = seriesInfo.filter((s) => s.aggregation.kind !== 'none').map((s) => s.name);
	const outcomes: CompiledOutcome[] = [];
	for (const [id, spec] of Object.entries(data.outcomes ?? {})) {
		if (!IDENTIFIER.test(id)) report('error', ['outcomes', id], `"${id}" is not a usable outcome id`, {value: id, expected: 'letters, digits and _'});
		try {
			outcomes.push(...compileOutcome(id, spec, {years, unitIds: units.ids, seriesNames: seriesInfo.map((s) => s.name), provinceNames, targetIds: Object.keys(targets)}));
		} catch (error) {
			const e = error as Error & {hint?: string};
			report('error', ['outcomes', id, 'expr'], `the outcome expression ${e.message}`, {value: spec.expr, hint: e.hint || 'e.g. prov("hukouUrbanizationRate", 2020) >= 0.37'});
		}
	}
	checkSweepSpecs(data, [...info.keys()], report);
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

function compileLand(data: ScenarioFile, report: Report): LandConfig {
	const rows = data.landTiers?.rows;
	const capRule = data.options?.landCapRule ?? 'proportional';
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
