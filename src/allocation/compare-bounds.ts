/**
 * A comparison that changes a floor or a cap should say whether it binds: "cap 20% per city"
 * advertised in an alternative moves no money if no city reaches 20%. A bound counts as changed
 * when its rule's text differs between the runs or it reads a parameter the comparison changed.
 */
import {isMetadataChange} from '../compare/changed-parameters.js';
import type {Comparison, ScenarioRun} from '../compare/index.js';
import {programDetail, programInfo, type ProgramInfo} from './program-detail.js';
import {boundOf} from './table.js';
import {worded, type BoundWarning} from './warning.js';

/** A changed parameter's value (not only its metadata, which changes no number: the comparison's own rule). */
const valueChange = (p: Comparison['changedParameters'][number]): p is typeof p & {parameter: string} => p.parameter !== undefined && !isMetadataChange(p);

/** A floor or cap the alternative changes, and the units it binds for in each compared year. */
export interface BoundChange {
	readonly program: string;
	readonly name_zh: string;
	readonly name_en: string;
	readonly bound: 'floor' | 'cap';
	/** The rule in the base (absent: none) and in the alternative. */
	readonly base?: string;
	readonly alt: string;
	/** The parameters the rule reads that the comparison changed, as written in the two scenarios. */
	readonly parameters: ReadonlyArray<{readonly parameter: string; readonly base: unknown; readonly alt: unknown}>;
	/** Per compared year (after the base year): the units whose amount the bound decides. */
	readonly binds: ReadonlyArray<{readonly year: number; readonly units: readonly string[]}>;
}

export function boundChanges(base: ScenarioRun, alt: ScenarioRun, comparison: Comparison): BoundChange[] {
	const valueChanges = comparison.changedParameters.filter(valueChange);
	const changedParams = new Set(valueChanges.map((p) => p.parameter));
	const years = comparison.years.filter((y) => y !== alt.result.years[0]);
	const out: BoundChange[] = [];
	for (const program of alt.result.programs) {
		if (program.kind === 'perCapita' || !base.result.programs.some((p) => p.id === program.id)) continue;
		const a = programInfo(alt.scenario, program.id);
		const b = programInfo(base.scenario, program.id);
		for (const bound of ['floor', 'cap'] as const) {
			const rule = a[bound];
			if (!rule || !changed(rule, b[bound], changedParams)) continue;
			const binds = years.map((year) => {
				const t = alt.result.years.indexOf(year);
				const detail = programDetail(alt.scenario, alt.result, program.id, t);
				return {year, units: alt.result.units.filter((_, u) => boundOf(detail, u) === bound).map((u) => u.id)};
			});
			const parameters = valueChanges.filter((p) => rule.reads.includes(p.parameter)).map((p) => ({parameter: p.parameter, base: p.base, alt: p.alt}));
			out.push({program: program.id, name_zh: a.name_zh, name_en: a.name_en, bound, base: b[bound]?.text, alt: rule.text, parameters, binds});
		}
	}
	return out;
}

/** The changed bounds that bind for no unit in any compared year. */
export function comparisonWarnings(changes: readonly BoundChange[]): BoundWarning[] {
	return changes
		.filter((c) => c.binds.every((y) => y.units.length === 0))
		.map((c) => worded({kind: 'neverBinds', program: c.program, name_zh: c.name_zh, name_en: c.name_en, when: 'comparison', years: c.binds.map((y) => y.year), amounts: [], ratios: [], units: [], bound: c.bound}));
}

function changed(rule: NonNullable<ProgramInfo['cap']>, before: ProgramInfo['cap'], changedParams: ReadonlySet<string>): boolean {
	if (!before || before.text !== rule.text) return true;
	return rule.reads.some((name) => changedParams.has(name));
}
