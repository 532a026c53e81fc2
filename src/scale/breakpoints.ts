/**
 * Where a curve bends and why. Two passes:
 * 1. State changes: between neighbouring points, every state of states.ts that differs (an
 *    eligibility threshold crossed, a floor or cap binding, next year's land tier, the provincial
 *    land cap, the pool) is located by bisection on the forced settlement, to 0.001 person, and
 *    reported on the series it acts on.
 * 2. Slope changes: for every amount series, neighbouring intervals whose slopes differ by more than
 *    the relative tolerance. A bend next to a state change that acts on the series (a program's
 *    eligibility bends the subsidy total) is attributed to it. Without one, smooth curvature (a
 *    share x / (x + others) of a fixed pool flattens as x grows) is not a breakpoint; a change of
 *    slope three times those at the neighbouring points is reported as a kink of kind 'slope'.
 */
import type {CompiledScenario} from '../index.js';
import {runAt, type Probe} from './probe.js';
import {reasonOf} from './reasons.js';
import {STANDARD_SERIES} from './series.js';
import {changedKeys, statesOf, type States} from './states.js';
import type {Breakpoint} from './types.js';

/** At most this many state changes are located by bisection (each costs about 25 runs). */
const MAX_REFINED = 40;
const WIDTH = 1e-3;

interface Located extends Breakpoint {
	readonly key: string;
}

export function stateBreakpoints(probe: Probe, xs: readonly number[], states: readonly States[], refine: boolean): Located[] {
	const cache = new Map<number, States>();
	const at = (x: number) => {
		let s = cache.get(x);
		if (!s) cache.set(x, (s = statesOf(probe, runAt(probe, x))));
		return s;
	};
	const found: Located[] = [];
	let refined = 0;
	for (let i = 0; i + 1 < xs.length; i++) {
		const a = states[i]!;
		const b = states[i + 1]!;
		for (const key of changedKeys(a, b)) {
			const entry = b.get(key) ?? a.get(key)!;
			let lo = xs[i]!;
			let hi = xs[i + 1]!;
			const from = a.get(key)?.value;
			if (refine && refined < MAX_REFINED && lo < hi) {
				refined++;
				while (hi - lo > WIDTH * Math.max(1, Math.abs(hi) * 1e-9)) {
					const mid = lo + (hi - lo) / 2;
					if (mid <= lo || mid >= hi) break;
					if (at(mid).get(key)?.value === from) lo = mid;
					else hi = mid;
				}
			}
			const to = at(hi).get(key)?.value ?? b.get(key)?.value;
			found.push(located(probe.scenario, probe, key, entry, hi, from, to));
		}
	}
	return found.sort((p, q) => p.settled - q.settled);
}

function located(scenario: CompiledScenario, probe: Probe, key: string, entry: NonNullable<ReturnType<States['get']>>, x: number, from: unknown, to: unknown): Located {
	const reason = reasonOf(scenario, scenario.years[probe.t]!, entry, from as never, to as never);
	return {
		key,
		settled: x,
		series: entry.series,
		kind: entry.kind,
		reason: reason.en,
		reason_zh: reason.zh,
		...(entry.unit >= 0 ? {unit: scenario.units.ids[entry.unit]!} : {}),
		...(entry.program ? {program: entry.program} : {}),
		...(from !== undefined ? {from: from as never} : {}),
		...(to !== undefined ? {to: to as never} : {}),
	};
}

/** Which series a state change of a program also bends (the totals it enters). */
function follows(scenario: CompiledScenario, series: string): string[] {
	const program = scenario.programs.find((p) => p.id === series);
	if (!program) return [];
	return program.kind === 'subsidy' ? ['infraSubsidy'] : ['transfers', 'fiscalGap'];
}

export function slopeBreakpoints(
	scenario: CompiledScenario,
	xs: readonly number[],
	marginal: Readonly<Record<string, number[]>>,
	located: readonly Located[],
	tolerance: number,
): Breakpoint[] {
	const out: Breakpoint[] = [];
	const seen = new Set<string>();
	for (const [series, m] of Object.entries(marginal)) {
		if (STANDARD_SERIES.has(series) || series === 'settled') continue;
		// Change of slope at interior point i (between intervals i − 1 and i).
		const bend = (i: number) => (i >= 1 && i < m.length ? m[i]! - m[i - 1]! : Number.NaN);
		for (let i = 1; i < m.length; i++) {
			const m1 = m[i - 1]!;
			const m2 = m[i]!;
			const scale = Math.max(Math.abs(m1), Math.abs(m2));
			if (!(scale > 1e-9) || !(Math.abs(m2 - m1) > tolerance * scale)) continue;
			// A state change inside either neighbouring interval that acts on this series explains the bend.
			const near = located.filter((b) => b.settled > xs[i - 1]! && b.settled <= xs[i + 1]!);
			if (near.some((b) => b.series === series)) continue;
			const cause = near.find((b) => follows(scenario, b.series).includes(series));
			if (cause) {
				const id = `${series}|${cause.key}`;
				if (seen.has(id)) continue;
				seen.add(id);
				const {key: _key, ...rest} = cause;
				out.push({...rest, series, reason: `${rest.reason} (through ${cause.series})`, reason_zh: `${rest.reason_zh}(经由${cause.series})`});
				continue;
			}
			// Smooth curvature (a share x / (x + others) of a fixed pool flattens as x grows) changes the
			// slope a little at every point; a kink changes it far more than at the neighbouring points.
			const around = [bend(i - 1), bend(i + 1)].filter(Number.isFinite).map(Math.abs);
			if (around.length > 0 && Math.abs(m2 - m1) <= 3 * Math.min(...around)) continue;
			if (seen.has(`${series}|slope|${i - 1}`)) continue;
			seen.add(`${series}|slope|${i}`);
			const change = `${Math.round(((m2 - m1) / scale) * 100)}%`;
			out.push({
				settled: xs[i]!,
				series,
				kind: 'slope',
				reason: `slope changes by ${change} near this point with no threshold, cap or tier change: a kink in the series' own inputs`,
				reason_zh: `斜率在此附近变化${change},无门槛、封顶或用地档次变化:来自该序列自身输入的拐折`,
			});
		}
	}
	return out;
}

export const withoutKey = (b: Located): Breakpoint => {
	const {key: _key, ...rest} = b;
	return rest;
};
