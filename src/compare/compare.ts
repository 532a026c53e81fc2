/**
 * Base against an alternative: what the finance department asks first ("what does B change, for
 * whom"). Both runs must cover the same units; years are those both runs have (a run to 2030 is
 * compared with a 2020 baseline over 2016–2020), optionally filtered. Pure: no file access.
 */
import type {RunResult} from '../engine/types.js';
import {didYouMean} from '../errors/did-you-mean.js';
import {RequestError} from '../errors/scenario-error.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {change, pctChange} from './change.js';
import {changedParameters} from './changed-parameters.js';
import type {Comparison, EvaluationDelta, ProgramDelta, ProvinceDeltas, SeriesDeltas, TargetDelta, UnitChange} from './types.js';

export interface CompareOptions {
	/** Only these years (default: every year both runs have). */
	readonly years?: readonly number[];
	/** Only these series (default: all). */
	readonly series?: readonly string[];
}

/** The two runs cannot be set side by side (different unit tables, no common year, unknown series). */
export class IncomparableError extends RequestError {}

export interface ScenarioRun {
	readonly scenario: CompiledScenario;
	readonly result: RunResult;
	readonly file: string;
}

export function compareRuns(base: ScenarioRun, alt: ScenarioRun, options: CompareOptions = {}): Comparison {
	const units = base.result.units;
	const altIds = alt.result.units.map((u) => u.id).join(',');
	if (units.map((u) => u.id).join(',') !== altIds) {
		throw new IncomparableError(`${alt.file} has other units than ${base.file}`, 'compare scenarios that read the same unit table (an overlay that extends the base)');
	}
	const common = base.result.years.filter((y) => alt.result.years.includes(y));
	const years = options.years ? common.filter((y) => options.years!.includes(y)) : common;
	const missingYear = options.years?.find((y) => !common.includes(y));
	if (missingYear !== undefined) throw new IncomparableError(`--year ${missingYear} is not a year of both runs`, `pick years in ${common[0]}–${common.at(-1)}`);
	if (years.length === 0) throw new IncomparableError('the two runs have no year in common');
	const altNames = new Set(alt.scenario.seriesInfo.map((s) => s.name));
	const infos = base.scenario.seriesInfo.filter((s) => altNames.has(s.name));
	const unknown = options.series?.find((s) => !infos.some((i) => i.name === s));
	if (unknown !== undefined) throw new IncomparableError(`unknown series "${unknown}"`, didYouMean(unknown, infos.map((i) => i.name)) ?? `one of: ${infos.map((i) => i.name).join(', ')}`);
	const selected = options.series ? infos.filter((i) => options.series!.includes(i.name)) : infos;
	const tb = years.map((y) => base.result.years.indexOf(y));
	const ta = years.map((y) => alt.result.years.indexOf(y));
	const n = units.length;

	const series: Record<string, SeriesDeltas> = {};
	const province: Record<string, ProvinceDeltas> = {};
	for (const info of selected) {
		const b = base.result.series[info.name]!;
		const a = alt.result.series[info.name]!;
		const grid = (f: (bv: number, av: number) => number) => units.map((_, u) => years.map((_, k) => f(b[tb[k]! * n + u]!, a[ta[k]! * n + u]!)));
		series[info.name] = {
			unit: info.measure,
			label_zh: info.label_zh,
			label_en: info.label_en,
			base: grid((bv) => bv),
			alt: grid((_, av) => av),
			abs: grid((bv, av) => av - bv),
			pct: units.map((_, u) => years.map((_, k) => pctChange(b[tb[k]! * n + u]!, a[ta[k]! * n + u]!))),
		};
		const pb = base.result.province[info.name];
		const pa = alt.result.province[info.name];
		if (pb && pa) {
			const bv = tb.map((t) => pb[t]!);
			const av = ta.map((t) => pa[t]!);
			province[info.name] = {unit: info.measure, label_zh: info.label_zh, label_en: info.label_en, base: bv, alt: av, abs: av.map((v, k) => v - bv[k]!), pct: av.map((v, k) => pctChange(bv[k]!, v))};
		}
	}
	return {
		base: {file: base.file, name_zh: base.scenario.name.zh, name_en: base.scenario.name.en},
		alt: {file: alt.file, name_zh: alt.scenario.name.zh, name_en: alt.scenario.name.en},
		years,
		units,
		changedParameters: changedParameters(base.scenario, alt.scenario),
		deltas: {series, province},
		programs: comparePrograms(base, alt, years, tb, ta),
		targets: compareTargets(base, alt, years),
		evaluations: compareEvaluations(base, alt, years),
	};
}

function comparePrograms(base: ScenarioRun, alt: ScenarioRun, years: readonly number[], tb: readonly number[], ta: readonly number[]): ProgramDelta[] {
	const {units} = base.result;
	const n = units.length;
	const row = (u: number, b: number, a: number): UnitChange => ({unit: units[u]!.id, name_zh: units[u]!.name_zh, name_en: units[u]!.name_en, ...change(b, a)});
	const ids = [...new Set([...base.result.programs.map((p) => p.id), ...alt.result.programs.map((p) => p.id)])];
	return ids.map((id) => {
		const pb = base.result.programs.find((p) => p.id === id);
		const pa = alt.result.programs.find((p) => p.id === id);
		const meta = (pa ?? pb)!;
		// A program only one run has counts as 0 in the other (it was added or switched off).
		const value = (run: ScenarioRun, ti: number, u: number) => run.result.series[id]?.[ti * n + u] ?? 0;
		const byYear = years.map((year, k) => ({year, units: units.map((_, u) => row(u, pb ? value(base, tb[k]!, u) : 0, pa ? value(alt, ta[k]!, u) : 0))}));
		const total = units.map((_, u) => row(u, byYear.reduce((s, y) => s + y.units[u]!.base, 0), byYear.reduce((s, y) => s + y.units[u]!.alt, 0)));
		const sorted = [...total].sort((x, y) => y.abs - x.abs || x.unit.localeCompare(y.unit));
		return {
			id,
			kind: meta.kind,
			name_zh: meta.name_zh,
			name_en: meta.name_en,
			pool: {base: tb.map((t) => pb?.pool[t] ?? 0), alt: ta.map((t) => pa?.pool[t] ?? 0)},
			total: sorted,
			gainers: sorted.filter((r) => r.abs > 0),
			losers: sorted.filter((r) => r.abs < 0).reverse(),
			byYear,
		};
	});
}

function compareTargets(base: ScenarioRun, alt: ScenarioRun, years: readonly number[]): TargetDelta[] {
	const out: TargetDelta[] = [];
	const specs = {...base.scenario.targets, ...alt.scenario.targets};
	for (const [id, spec] of Object.entries(specs)) {
		for (const year of years) {
			const b = base.result.targets.find((r) => r.id === id && r.year === year);
			const a = alt.result.targets.find((r) => r.id === id && r.year === year);
			if (!b && !a) continue;
			out.push({
				id,
				metric: spec.metric,
				year,
				label_zh: spec.label.zh,
				label_en: spec.label.en,
				op: spec.op,
				target: (a ?? b)!.target,
				base: b ? {value: b.value, met: b.met} : null,
				alt: a ? {value: a.value, met: a.met} : null,
				differs: (b?.met ?? null) !== (a?.met ?? null),
			});
		}
	}
	return out;
}

function compareEvaluations(base: ScenarioRun, alt: ScenarioRun, years: readonly number[]): EvaluationDelta[] {
	return base.result.evaluations.filter((e) => years.includes(e.year)).flatMap((eb) => {
		const ea = alt.result.evaluations.find((e) => e.year === eb.year && e.kind === eb.kind);
		if (!ea) return [];
		const changed = eb.rows.flatMap((r) => {
			const other = ea.rows.find((x) => x.unit === r.unit);
			return other && other.met !== r.met ? [{unit: r.unit, metBase: r.met, metAlt: other.met}] : [];
		});
		return [{year: eb.year, kind: eb.kind, passedBase: eb.rows.filter((r) => r.met).length, passedAlt: ea.rows.filter((r) => r.met).length, changed}];
	});
}
