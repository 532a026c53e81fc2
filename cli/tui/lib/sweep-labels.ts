/**
 * Names and units for a sweep's outcomes and inputs, from the scenario the UI has open: an outcome's
 * label is the scenario's (outcomes: label), its unit the measure of the series its expression reads
 * (met() gives 1/0); an input's label is its parameter's. Values are then shown in the units
 * officials use (万人, 亿元, 公顷, %), as everywhere else in the UI.
 */
import type {CompiledScenario, Measure} from '../../../src/index.js';
import {displayUnit} from '../../format/quantity.js';
import {show, showDelta, unitOf} from './format.js';
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

/**
 * How a value of a sweep input is shown: in its parameter's unit when the scenario sets the parameter to
 * it (uncertainties and levers `mode: set`, the default), as a change for `mode: add`, as a factor (×0.85)
 * for `mode: scale`; raw (4 digits) when the unit has no scale of its own or the input is not the open
 * scenario's. Names as the sweep gives them (cli/sweep/study.ts): `name ?? parameter`, `[unit]` per unit.
 */
export function inputValue(scenario: CompiledScenario, name: string, raw: (v: number) => string): (v: number) => string {
	const base = name.replace(/\[[^\]]*\]$/, '');
	const specs = [...(scenario.data.levers ?? []), ...(scenario.data.uncertainties ?? [])];
	const spec = specs.find((u) => (u.name ?? u.parameter) === base);
	const measure = spec ? scenario.parameterInfo.get(spec.parameter)?.def?.measure : undefined;
	const mode = spec?.mode ?? 'set';
	if (spec && mode === 'scale') return (v) => (Number.isFinite(v) ? `×${v.toFixed(3)}` : raw(v));
	if (!measure || displayUnit(measure).zh === '') return raw;
	return (v) => (Number.isFinite(v) ? (mode === 'add' ? showDelta(v, measure) : show(v, measure)) : raw(v));
}
