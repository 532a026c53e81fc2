/**
 * The discrete state of the model at one curve point, i.e. what can make a curve bend:
 * - eligibility of a program (e.g. the infrastructure subsidies of plan §三(二): `settled >= infraSubsidyMinSettlers`);
 * - a floor (保底) or cap (封顶) binding in the factor method, for any unit (another unit hitting its
 *   floor or cap changes how the rest of the pool is shared), or part of a pool left unallocated;
 * - the land tier the unit gets next year (国土资发〔2016〕123号: by land per person at the start of a year);
 * - the provincial land plan cap reached (Σ need > cap, §三(三)), and under the priority rule
 *   whether each unit is granted its need in full, in part or not at all;
 * - a forced settlement beyond the pool (a what-if the plan's model would not produce).
 * Each state has the series whose slope it changes.
 */
import type {RunResult} from '../index.js';
import {nextStandard, type Probe} from './probe.js';
import {LAND_STANDARD_NEXT} from './series.js';
import type {BreakpointKind} from './types.js';

export interface StateEntry {
	readonly kind: Exclude<BreakpointKind, 'slope'>;
	readonly value: string | number | boolean;
	readonly series: string;
	/** Unit index the state belongs to (−1: the province). */
	readonly unit: number;
	readonly program?: string;
}

export type States = Map<string, StateEntry>;

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function statesOf(probe: Probe, result: RunResult): States {
	const {scenario, t} = probe;
	const n = result.nUnits;
	const off = t * n;
	const states: States = new Map();
	scenario.programs.forEach((program, k) => {
		const pool = result.programs[k]!.pool[t]!;
		const alloc = result.series[program.id]!;
		for (let v = 0; v < n; v++) {
			const input = (name: string | undefined) => (name === undefined ? undefined : result.series[name]![off + v]!);
			const eligible = program.inputs.eligible ? input(program.inputs.eligible) !== 0 : true;
			if (program.inputs.eligible) states.set(`eligible:${program.id}:${v}`, {kind: 'eligibility', value: eligible, series: program.id, unit: v, program: program.id});
			if (program.kind === 'perCapita') continue;
			// Ineligible units and empty pools bind nothing; the key stays so that points compare.
			const live = eligible && pool > 0;
			const a = alloc[off + v]!;
			if (program.inputs.cap) {
				const cap = live ? input(program.inputs.cap)! : 0;
				states.set(`cap:${program.id}:${v}`, {kind: 'cap', value: live && cap > 0 && near(a, cap), series: program.id, unit: v, program: program.id});
			}
			if (program.inputs.floor) {
				const floor = live ? input(program.inputs.floor)! : 0;
				states.set(`floor:${program.id}:${v}`, {kind: 'floor', value: live && floor > 0 && near(a, floor), series: program.id, unit: v, program: program.id});
			}
		}
		if (program.kind !== 'perCapita') {
			const left = result.programs[k]!.unallocated[t]!;
			states.set(`unallocated:${program.id}`, {kind: 'unallocated', value: left > 1e-9 * Math.max(1, pool), series: program.id, unit: -1, program: program.id});
		}
	});
	for (let v = 0; v < n; v++) {
		states.set(`landTier:${v}`, {kind: 'landTier', value: nextStandard(probe, result, v), series: LAND_STANDARD_NEXT, unit: v});
		if (probe.u < 0 || v === probe.u) {
			const over = result.series['settled']![off + v]! > result.series['settlementPool']![off + v]! * (1 + 1e-12);
			states.set(`pool:${v}`, {kind: 'pool', value: over, series: 'settled', unit: v});
		}
	}
	const cap = probe.params.get('landProvincialCap')[off]!;
	if (Number.isFinite(cap)) {
		states.set('landCap', {kind: 'landCap', value: result.province['landQuotaNeed']![t]! > cap, series: 'landQuotaGranted', unit: -1});
		// Priority rule (least land per person first): who is served in full, in part or not at all
		// moves along the queue as one unit's need grows. (Proportional: every unit is cut at once,
		// which the province key above already says.)
		if (scenario.land.capRule === 'priority') {
			for (let v = 0; v < n; v++) {
				const need = result.series['landQuotaNeed']![off + v]!;
				const granted = result.series['landQuotaGranted']![off + v]!;
				const value = !(need > 0) || granted >= need * (1 - 1e-12) ? 'full' : granted > 0 ? 'partial' : 'none';
				states.set(`landGrant:${v}`, {kind: 'landCap', value, series: 'landQuotaGranted', unit: v});
			}
		}
	}
	return states;
}

/** Keys whose value differs between two points. */
export function changedKeys(a: States, b: States): string[] {
	const keys: string[] = [];
	for (const [key, entry] of a) if (b.get(key)?.value !== entry.value) keys.push(key);
	for (const key of b.keys()) if (!a.has(key)) keys.push(key);
	return keys;
}
