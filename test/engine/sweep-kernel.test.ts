/**
 * A sweep runs a pruned kernel (only the series and years its outcomes read, overrides in kernel
 * slots, buffers reused): its outcomes must equal those of a full run with the same overrides, for
 * every shipped scenario with outcomes and for draws across the uncertainties' ranges.
 */
import fc from 'fast-check';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {sweepRunOptions} from '../../cli/sweep/scenario-model.js';
import {evaluateOutcomes} from '../../src/engine/outcomes.js';
import {openScenario, simulate, type ParameterOverride} from '../../src/index.js';

describe.each(['henan-2017.yaml', 'henan-2017-to-2030.yaml', 'henan-2017-land-cap.yaml', 'examples/housing-fund-rent.yaml'])('the sweep kernel of %s', (name) => {
	const s = openScenario(path.resolve('scenarios', name));
	const us = s.data.uncertainties ?? [];
	// The options the sweep's worker model uses (one function for the sweep, the bench and this test).
	const {needs, varies, skipMonitoring} = sweepRunOptions(s, us.map((u, k) => ({parameter: u.parameter, mode: u.mode ?? 'set', columns: [k]})));
	it('gives the outcomes of a full run', () => {
		fc.assert(
			fc.property(fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: us.length, maxLength: us.length}), (q) => {
				const overrides: ParameterOverride[] = us.map((u, k) => {
					const d = u.dist as {min?: number; max?: number; mean?: number};
					const lo = d.min ?? d.mean ?? 0;
					const hi = d.max ?? d.mean ?? 1;
					return {parameter: u.parameter, mode: u.mode ?? 'set', value: lo + (hi - lo) * q[k]!};
				});
				const full = evaluateOutcomes(s, simulate(s, overrides));
				const swept = evaluateOutcomes(s, simulate(s, overrides, {reuseBuffers: true, needs, varies, skipMonitoring}));
				for (const id of Object.keys(full)) expect(swept[id]).toBe(full[id]);
			}),
			{numRuns: 30},
		);
	});
});

describe('the base year of a sweep with reused buffers', () => {
	const s = openScenario(path.resolve('scenarios', 'henan-2017.yaml'));
	const settlementPool = (r: ReturnType<typeof simulate>) => Array.from(r.series['settlementPool']!.subarray(0, r.nUnits));
	it('is computed again when the family varies a parameter it reads (urbanHukouScale)', () => {
		const options = {reuseBuffers: true, varies: ['urbanHukouScale']};
		for (const value of [0.9, 1.1, 0.95]) {
			const overrides: ParameterOverride[] = [{parameter: 'urbanHukouScale', value}];
			expect(settlementPool(simulate(s, overrides, options))).toEqual(settlementPool(simulate(s, overrides)));
		}
	});
	it('is kept when the family varies nothing it reads, and equals a fresh run', () => {
		const options = {reuseBuffers: true, varies: ['willingness']};
		for (const value of [0.3, 0.5]) {
			const overrides: ParameterOverride[] = [{parameter: 'willingness', value}];
			const swept = simulate(s, overrides, options);
			const fresh = simulate(s, overrides);
			expect(settlementPool(swept)).toEqual(settlementPool(fresh));
			expect(Array.from(swept.series['settled']!)).toEqual(Array.from(fresh.series['settled']!));
		}
		// Kept, not recomputed: a mark left in the reused buffers' base year is still there after the next run.
		const first = simulate(s, [{parameter: 'willingness', value: 0.4}], options);
		first.series['settlementPool']![0] = -1;
		const next = simulate(s, [{parameter: 'willingness', value: 0.45}], options);
		expect(next.series['settlementPool']![0]).toBe(-1);
	});
});
