/**
 * A province figure explained by the rule that computes it (engine/aggregate.ts `aggregationRule`):
 * its value is the Aggregator's on the run's unit values, its formula the rule's, and each term of
 * the rule is a child: each unit's contribution (expanded `depth` levels), a sum over units, or a
 * province figure explained in turn.
 */
import {Aggregator, aggregationRule, type AggregationRule, type AggregationTerm} from '../engine/aggregate.js';
import type {Explainer} from './context.js';
import type {ExplainNode} from './types.js';
import {ExplainError} from './types.js';

/** One Aggregator per explainer, over the run's buffer (the run's own is reused by the next run of a sweep). */
const aggregators = new WeakMap<Explainer, Aggregator>();

function aggregatorOf(ex: Explainer): Aggregator {
	let agg = aggregators.get(ex);
	if (!agg) {
		const g = ex.scenario.graph;
		agg = new Aggregator(g.series, g.seriesIndex, ex.n, ex.years.length);
		agg.reset(ex.frame.B, ex.years.length - 1);
		aggregators.set(ex, agg);
	}
	return agg;
}

export function explainProvince(ex: Explainer, name: string, t: number, depth: number): ExplainNode {
	const node = ex.node(name)!;
	const rule = node.hidden ? undefined : aggregationRule(name, node.aggregation);
	if (!rule) throw new ExplainError(`${name} has no province figure (${node.en} is not added up over units)`, 'ask for one unit with --unit');
	return figure(ex, name, rule, aggregatorOf(ex).valueOf(node.index)![t]!, t, depth);
}

function figure(ex: Explainer, name: string, rule: AggregationRule, value: number, t: number, depth: number): ExplainNode {
	const node = ex.node(name)!;
	const head = {kind: 'province' as const, name, label_zh: node.zh, label_en: node.en, measure: node.measure, unit: 'province', year: ex.years[t]!};
	return {...head, value, formula: rule.formula, children: rule.terms.flatMap((term) => termNodes(ex, term, t, depth))};
}

function termNodes(ex: Explainer, term: AggregationTerm, t: number, depth: number): ExplainNode[] {
	const agg = aggregatorOf(ex);
	const s = ex.node(term.series);
	// The scenario loader does not check the names of a user series' aggregation yet: say so rather than fail.
	if (!s) throw new ExplainError(`the province figure reads "${term.series}", which is not a series of the scenario`, 'check the aggregation: of the series in the scenario file');
	const k = s.index;
	agg.sumsOf(k);
	const total = agg.sums[k * ex.years.length + t]!;
	if (term.read === 'province') return [explainProvince(ex, term.series, t, depth)];
	// A sum over units is the sum rule of that series (its own province figure when it aggregates by sum).
	if (term.read === 'sum') return [figure(ex, term.series, aggregationRule(term.series, {kind: 'sum'})!, total, t, depth)];
	return Array.from({length: ex.n}, (_, u) => {
		const unit = ex.series(term.series, t, u, depth);
		const pct = ((unit.value / total) * 100).toFixed(1);
		return {...unit, note: [total !== 0 ? `占全省 ${pct}% · ${pct}% of the province` : undefined, unit.note].filter(Boolean).join('; ') || undefined};
	}).sort((x, y) => y.value - x.value);
}
