/**
 * Floors and caps that cannot all hold (Σ floor ≥ pool, Σ cap < pool, floor > cap) and money left
 * unallocated. Where a program's pool, floor, cap and eligibility read no series of the run, the
 * check is made before the run and points at the setting in the scenario; otherwise it is made on
 * the run's own values. Eligible units only: an ineligible unit has neither floor nor cap.
 */
import type {RunResult} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';
import {locateInChain} from '../scenario/zod-diagnostics.js';
import {constantBounds, programDetail, programInfo} from './program-detail.js';
import {programYearIndices} from './table.js';
import {worded, type BoundWarning, type BoundWarningKind} from './warning.js';

interface Bounds {
	readonly pool: number;
	readonly floor: Float64Array;
	readonly cap: Float64Array;
}

interface Found {
	readonly kind: BoundWarningKind;
	readonly year: number;
	readonly amount?: number;
	readonly ratio?: number;
	readonly units?: readonly string[];
}

/** Σ floor ≥ pool, Σ cap < pool and floor > cap in one year. */
function check(b: Bounds, year: number, unitIds: readonly string[]): Found[] {
	if (!(b.pool > 0)) return [];
	let floorSum = 0;
	let capSum = 0;
	const above: string[] = [];
	for (let u = 0; u < b.floor.length; u++) {
		// A floor above the cap yields to it (models/allocation.ts: floor ≤ allocation ≤ cap).
		floorSum += Math.min(Math.max(0, b.floor[u]!), Math.max(0, b.cap[u]!));
		capSum += Math.max(0, b.cap[u]!);
		if (b.floor[u]! > b.cap[u]! && b.floor[u]! > 0) above.push(unitIds[u]!);
	}
	const found: Found[] = [];
	// A relative tolerance: "floor 1/18 of the pool each" adds up to the pool, not above it.
	const tolerance = 1e-9 * b.pool;
	if (floorSum > 0 && floorSum >= b.pool - tolerance) found.push({kind: 'floorsExceedPool', year, amount: floorSum - b.pool, ratio: floorSum / b.pool});
	if (capSum < b.pool - tolerance) found.push({kind: 'capsBelowPool', year, amount: b.pool - capSum, ratio: capSum / b.pool});
	if (above.length > 0) found.push({kind: 'floorAboveCap', year, units: above});
	return found;
}

/** One warning per program and kind, the years gathered. */
function gather(scenario: CompiledScenario, program: string, when: BoundWarning['when'], found: readonly Found[]): BoundWarning[] {
	const info = programInfo(scenario, program);
	const kinds = [...new Set(found.map((f) => f.kind))];
	return kinds.map((kind) => {
		const of = found.filter((f) => f.kind === kind);
		const units = [...new Set(of.flatMap((f) => f.units ?? []))];
		return worded({
			kind,
			program,
			name_zh: info.name_zh,
			name_en: info.name_en,
			when,
			years: of.map((f) => f.year),
			amounts: of.flatMap((f) => (f.amount === undefined ? [] : [f.amount])),
			ratios: of.flatMap((f) => (f.ratio === undefined ? [] : [f.ratio])),
			units,
			at: when === 'before-run' ? settingAt(scenario, program, kind) : undefined,
		});
	});
}

/** The place to fix: the one parameter the rule reads (as the user set it), else the rule itself. */
function settingAt(scenario: CompiledScenario, program: string, kind: BoundWarningKind): BoundWarning['at'] {
	const info = programInfo(scenario, program);
	const rule = kind === 'floorsExceedPool' ? info.floor : kind === 'capsBelowPool' ? info.cap : (info.floor ?? info.cap);
	const params = (rule?.reads ?? []).filter((name) => scenario.parameterInfo.has(name));
	const path = params.length === 1 ? ['parameters', scenario.parameterInfo.get(params[0]!)!.section, params[0]!] : ['programs', program, kind === 'floorsExceedPool' ? 'floor' : 'cap'];
	const at = locateInChain(scenario.loaded.sources, path);
	return {file: at.source?.file ?? scenario.file, line: at.line, column: at.column, path: path.join('.')};
}

/** Bounds known before the run that cannot all hold. */
export function boundsBeforeRun(scenario: CompiledScenario): BoundWarning[] {
	const out: BoundWarning[] = [];
	for (const p of scenario.programs) {
		const found = programYearIndices(scenario.years).flatMap((t) => {
			const b = constantBounds(scenario, p.id, t);
			return b ? check(b, scenario.years[t]!, scenario.units.ids) : [];
		});
		out.push(...gather(scenario, p.id, 'before-run', found));
	}
	return out;
}

/**
 * Everything about bounds a run should say: the checks that could not be made before it (bounds
 * that read series), and money left unallocated. Pass `before` when boundsBeforeRun was shown already.
 */
export function boundsAfterRun(scenario: CompiledScenario, result: RunResult): BoundWarning[] {
	const out: BoundWarning[] = [];
	for (const program of result.programs) {
		if (program.kind === 'perCapita') continue;
		const years = programYearIndices(result.years);
		const known = years.every((t) => constantBounds(scenario, program.id, t) !== undefined);
		const ids = result.units.map((u) => u.id);
		const found: Found[] = known ? [] : years.flatMap((t) => check(programDetail(scenario, result, program.id, t), result.years[t]!, ids));
		// Caps that add up to less than the pool already say how much is left over: not said twice.
		const short = new Set((known ? years.flatMap((t) => check(constantBounds(scenario, program.id, t)!, result.years[t]!, ids)) : found).filter((f) => f.kind === 'capsBelowPool').map((f) => f.year));
		for (const t of years) if (!short.has(result.years[t]!) && program.unallocated[t]! > 1e-9 * Math.max(1, program.pool[t]!)) found.push({kind: 'unallocated', year: result.years[t]!, amount: program.unallocated[t]!});
		out.push(...gather(scenario, program.id, 'run', found));
	}
	return out;
}

/** Every bound warning of a run (before-run checks first): what the TUI and the report show. */
export const runWarnings = (scenario: CompiledScenario, result: RunResult): BoundWarning[] => [...boundsBeforeRun(scenario), ...boundsAfterRun(scenario, result)];
