/**
 * A scenario's own series (`series:` in the YAML): a model a user adds without touching the code,
 * e.g. a 住房公积金 rent-withdrawal module (plan §三(六)). Each has labels, a unit, an equation in the
 * formula language of the built-in models (it may read any series, parameter or unit column, and
 * prev() and sum()), an optional base-year value, and how the province adds it up.
 */
import type {Diagnostic} from '../errors/diagnostic.js';
import type {Aggregation, Measure} from '../engine/types.js';
import type {UserSeriesInput} from '../model/graph.js';
import type {ScenarioFile} from './schema.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
type Report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra?: Partial<Diagnostic>) => void;

export function userSeriesOf(data: ScenarioFile, report: Report): UserSeriesInput[] {
	const out: UserSeriesInput[] = [];
	for (const [name, spec] of Object.entries(data.series ?? {})) {
		if (!IDENTIFIER.test(name)) {
			report('error', ['series', name], `"${name}" is not a usable series name`, {value: name, expected: 'letters, digits and _, starting with a letter'});
			continue;
		}
		const agg = spec.aggregation ?? 'sum';
		const aggregation: Aggregation =
			agg === 'sum' ? {kind: 'sum'} : agg === 'none' ? {kind: 'none'} : 'ratio' in agg ? {kind: 'ratio', numerator: agg.ratio[0], denominator: agg.ratio[1]} : {kind: 'weighted', weight: agg.weighted};
		out.push({
			name,
			label: spec.label,
			measure: (spec.measure ?? 'number') as Measure,
			equation: String(spec.equation),
			initial: spec.initial === undefined ? undefined : String(spec.initial),
			aggregation,
			flow: spec.flow ?? spec.initial === undefined,
			clause: spec.clause,
		});
	}
	return out;
}
