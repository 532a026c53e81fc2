/**
 * The levers the TUI edits, and how a set of edited values becomes (a) engine overrides and a
 * patched land table for `simulate`, and (b) a YAML overlay that `hukou-sim run` reads to the same
 * result. Only levers whose loaded value is a plain number are offered, so that "set the default
 * value" means the same in both: units with their own value (byUnit, byClass) keep it, exactly as
 * `extends:` merging keeps them (src/scenario/merge.ts).
 */
import type {CompiledScenario, ParameterOverride} from '../../../src/index.js';

// The catalogue is derived from the model declarations (src/model/levers.ts): one source of truth.
export {LEVER_CATALOGUE, type Lever, type LeverTarget} from '../../../src/model/levers.js';
import {LEVER_CATALOGUE, type Lever} from '../../../src/model/levers.js';

export type LeverValues = ReadonlyMap<string, number>;

/** The lever's value in the scenario as loaded, or undefined when it is not a plain number. */
export function loadedValue(scenario: CompiledScenario, lever: Lever): number | undefined {
	const t = lever.target;
	if (t.kind === 'tier') return scenario.land.tiers[t.index]?.standard;
	const spec = scenario.parameterInfo.get(t.parameter)?.spec;
	if (!spec) return undefined;
	const raw = t.kind === 'paramUnit' ? (spec.byUnit?.[t.unit] ?? spec.values) : spec.values;
	if (raw === 'none' && lever.allowNone) return Infinity;
	if (t.kind === 'paramUnit' && !scenario.unitInfo.some((u) => u.id === t.unit)) return undefined;
	return typeof raw === 'number' ? raw : undefined;
}

/** The levers that apply to this scenario (those with a plain loaded value). */
export function leversFor(scenario: CompiledScenario): Lever[] {
	return LEVER_CATALOGUE.filter((l) => loadedValue(scenario, l) !== undefined);
}

/** ←/→: one step, clamped; a `none` cap steps down to a number and up past max back to none. */
export function stepLever(lever: Lever, value: number, direction: 1 | -1): number {
	if (!Number.isFinite(value)) return direction < 0 && lever.fromNone !== undefined ? lever.fromNone : value;
	const next = Math.round((value + direction * lever.step) / lever.step) * lever.step;
	if (lever.allowNone && next > lever.max) return Infinity;
	return Math.min(lever.max, Math.max(lever.min, Number(next.toPrecision(12))));
}

/** Units whose value of `parameter` comes from byUnit or byClass (a default edit leaves them). */
function ownValueUnits(scenario: CompiledScenario, parameter: string): Set<string> {
	const spec = scenario.parameterInfo.get(parameter)?.spec;
	const own = new Set<string>(Object.keys(spec?.byUnit ?? {}));
	for (const [column, classes] of Object.entries(spec?.byClass ?? {})) {
		const values = scenario.units.columns[column] ?? [];
		scenario.units.ids.forEach((id, u) => {
			if ((values[u] ?? '') in classes) own.add(id);
		});
	}
	return own;
}

/** Engine overrides for the edited parameter levers (values equal to the loaded ones are left out). */
export function leverOverrides(scenario: CompiledScenario, values: LeverValues): ParameterOverride[] {
	const out: ParameterOverride[] = [];
	for (const lever of leversFor(scenario)) {
		const v = values.get(lever.id);
		if (v === undefined || Object.is(v, loadedValue(scenario, lever))) continue;
		const t = lever.target;
		if (t.kind === 'tier') continue;
		if (t.kind === 'paramUnit') {
			out.push({parameter: t.parameter, value: v, unit: t.unit});
			continue;
		}
		const own = ownValueUnits(scenario, t.parameter);
		if (own.size === 0) out.push({parameter: t.parameter, value: v});
		else for (const id of scenario.units.ids) if (!own.has(id)) out.push({parameter: t.parameter, value: v, unit: id});
	}
	return out;
}

/** The scenario with the edited land tiers (the tiers are not parameters: 123号 table). */
export function withLeverTiers(scenario: CompiledScenario, values: LeverValues): CompiledScenario {
	const tiers = scenario.land.tiers.map((tier, i) => {
		const v = values.get(`landTier${i}`);
		return v === undefined ? tier : {...tier, standard: v};
	});
	if (tiers.every((t, i) => t === scenario.land.tiers[i])) return scenario;
	return {...scenario, land: {...scenario.land, tiers}};
}

/** Levers whose value differs from the loaded one. */
export function changedLevers(scenario: CompiledScenario, values: LeverValues): Lever[] {
	return leversFor(scenario).filter((l) => values.has(l.id) && !Object.is(values.get(l.id), loadedValue(scenario, l)));
}
