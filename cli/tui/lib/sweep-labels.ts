/**
 * Names and units for a sweep's outcomes and inputs, from the scenario the UI has open: an outcome's
 * label is the scenario's (outcomes: label), its unit the measure of the series its expression reads
 * (met() gives 1/0); an input's label is its parameter's. Values are then shown in the units
 * officials use (万人, 亿元, 公顷, %), as everywhere else in the UI.
 */
import type {CompiledScenario, Measure} from '../../../src/index.js';
import {show, unitOf} from './format.js';
import {safe} from './safe-text.js';

export interface Label {
	readonly text: string;
	readonly measure?: Measure;
}

export function outcomeLabel(scenario: CompiledScenario, id: string): Label {
	const o = scenario.outcomes.find((x) => x.id === id);
	if (!o) return {text: ''};
	const series = /"([A-Za-z_][A-Za-z0-9_]*)"/.exec(o.expr)?.[1];
	const measure = /^\s*(met|allMet)\(/.test(o.expr) ? undefined : scenario.seriesInfo.find((x) => x.name === series)?.measure;
	const unit = measure && measure !== 'share' ? ` (${unitOf(measure)})` : '';
	return {text: safe(`${o.label_zh} ${o.label_en}${unit}`), measure};
}

export function inputLabel(scenario: CompiledScenario, id: string): string {
	const def = scenario.parameterInfo.get(id)?.def;
	return def ? safe(`${id} ${def.zh}`) : safe(id);
}

/** An outcome value in the unit shown (raw when the outcome has no known unit). */
export function showOutcome(v: number, label: Label, raw: (v: number) => string): string {
	return label.measure && Number.isFinite(v) ? show(v, label.measure) : raw(v);
}
