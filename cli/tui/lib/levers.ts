/**
 * The levers the TUI edits, and how a set of edited values becomes (a) engine overrides and a
 * patched land table for `simulate`, and (b) a YAML overlay that `hukou-sim run` reads to the same
 * result. Only levers whose loaded value is a plain number are offered, so that "set the default
 * value" means the same in both: units with their own value (byUnit, byClass) keep it, exactly as
 * `extends:` merging keeps them (src/scenario/merge.ts).
 */
import type {CompiledScenario, Measure, ParameterOverride} from '../../../src/index.js';

export type LeverTarget =
	| {readonly kind: 'param'; readonly parameter: string}
	| {readonly kind: 'paramUnit'; readonly parameter: string; readonly unit: string}
	| {readonly kind: 'tier'; readonly index: number};

export interface Lever {
	readonly id: string;
	readonly zh: string;
	readonly en: string;
	readonly measure: Measure;
	readonly target: LeverTarget;
	/** Added or subtracted by ←/→ (for `none`-able caps, the first step from none is `fromNone`). */
	readonly step: number;
	readonly min: number;
	readonly max: number;
	readonly allowNone?: boolean;
	readonly fromNone?: number;
	/** Plan clause or rule the lever stands for. */
	readonly clause: string;
}

const p = (parameter: string, zh: string, en: string, measure: Measure, step: number, min: number, max: number, clause: string, extra: Partial<Lever> = {}): Lever => ({
	id: parameter,
	zh,
	en,
	measure,
	target: {kind: 'param', parameter},
	step,
	min,
	max,
	clause,
	...extra,
});

/** The main levers of the plan, in the order a planner thinks of them. */
export const LEVER_CATALOGUE: readonly Lever[] = [
	p('socialInsuranceYears', '社保年限门槛(其他市)', 'Insurance years required (other cities)', 'years', 0.5, 0, 10, '§二(二)'),
	{...p('socialInsuranceYears', '社保年限门槛(郑州)', 'Insurance years required (Zhengzhou)', 'years', 0.5, 0, 10, '§二(二)'), id: 'socialInsuranceYears@zhengzhou', target: {kind: 'paramUnit', parameter: 'socialInsuranceYears', unit: 'zhengzhou'}},
	p('willingness', '落户意愿', 'Willingness to settle', 'share', 0.01, 0, 1, '§一(二)'),
	p('takeUp', '办理率', 'Take-up of eligible', 'share', 0.01, 0, 1, 'calibrated'),
	p('rewardWeightSettlers', '奖励权重:落户', 'Reward weight: settlers', 'ratio', 0.05, 0, 5, '§三(一)'),
	p('rewardWeightPermits', '奖励权重:居住证', 'Reward weight: permits', 'ratio', 0.05, 0, 5, '§三(一)'),
	p('rewardWeightDifficulty', '奖励权重:困难', 'Reward weight: difficulty', 'ratio', 0.05, 0, 5, '§三(一)'),
	p('townTilt', '县城小城镇倾斜系数', 'Town tilt of rewards', 'ratio', 0.1, 0, 5, '§三(一)'),
	p('provincialRewardPool', '省级奖励资金', 'Provincial reward pool', 'yuan', 1e8, 0, 1e11, '§三(一)'),
	p('infraSubsidyMinSettlers', '设施补助落户门槛', 'Subsidy: min settlers', 'persons', 10000, 0, 1e7, '§三(二)'),
	p('infraSubsidyCentralPool', '中央预算内投资', 'Central infra subsidy pool', 'yuan', 1e8, 0, 1e11, '§三(二)'),
	{id: 'landTier0', zh: '用地标准:≤100㎡/人', en: 'Land standard, ≤100 m²/p', measure: 'm2_per_person', target: {kind: 'tier', index: 0}, step: 5, min: 0, max: 300, clause: '123号'},
	{id: 'landTier1', zh: '用地标准:100–150', en: 'Land standard, 100–150', measure: 'm2_per_person', target: {kind: 'tier', index: 1}, step: 5, min: 0, max: 300, clause: '123号'},
	{id: 'landTier2', zh: '用地标准:>150', en: 'Land standard, >150', measure: 'm2_per_person', target: {kind: 'tier', index: 2}, step: 5, min: 0, max: 300, clause: '123号'},
	p('landProvincialCap', '全省挂钩用地上限', 'Provincial land cap', 'm2', 1e7, 0, 1e10, '§三(三)', {allowNone: true, fromNone: 1e8}),
	p('homesteadExitRate', '宅基地退出比例', 'Homestead exit rate', 'share', 0.01, 0, 1, '§三(五)'),
];

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
