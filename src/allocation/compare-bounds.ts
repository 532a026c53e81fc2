/**
 * A comparison that changes a floor or a cap should say whether it ever binds: "cap 20% per city"
 * advertised in an alternative moves no money if no city reaches 20%. A bound counts as changed
 * when its rule's text differs between the runs or it reads a parameter the comparison changed.
 */
import type {Comparison, ScenarioRun} from '../compare/index.js';
import {programDetail, programInfo, type ProgramInfo} from './program-detail.js';
import {boundOf} from './table.js';
import {worded, type BoundWarning} from './warning.js';

/** Edits of a parameter's metadata only, which change no number. */
const META = /\.(status|source|note|reference|unit|description)$/;

export function comparisonWarnings(base: ScenarioRun, alt: ScenarioRun, comparison: Comparison): BoundWarning[] {
	const changedParams = new Set(comparison.changedParameters.flatMap((p) => (p.parameter && !META.test(p.path) ? [p.parameter] : [])));
	const years = comparison.years.filter((y) => y !== alt.result.years[0]);
	const out: BoundWarning[] = [];
	for (const program of alt.result.programs) {
		if (program.kind === 'perCapita' || !base.result.programs.some((p) => p.id === program.id)) continue;
		const a = programInfo(alt.scenario, program.id);
		const b = programInfo(base.scenario, program.id);
		for (const bound of ['floor', 'cap'] as const) {
			const rule = a[bound];
			if (!rule || !changed(rule, b[bound], changedParams)) continue;
			const binds = years.some((year) => {
				const t = alt.result.years.indexOf(year);
				const detail = programDetail(alt.scenario, alt.result, program.id, t);
				return alt.result.units.some((_, u) => boundOf(detail, u) === bound);
			});
			if (binds) continue;
			out.push(worded({kind: 'neverBinds', program: program.id, name_zh: a.name_zh, name_en: a.name_en, when: 'comparison', years, amounts: [], ratios: [], units: [], bound}));
		}
	}
	return out;
}

function changed(rule: NonNullable<ProgramInfo['cap']>, before: ProgramInfo['cap'], changedParams: ReadonlySet<string>): boolean {
	if (!before || before.text !== rule.text) return true;
	return rule.reads.some((name) => changedParams.has(name));
}
