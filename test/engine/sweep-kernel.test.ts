/**
 * A sweep runs a pruned kernel (only the series and years its outcomes read, overrides in kernel
 * slots, buffers reused): its outcomes must equal those of a full run with the same overrides, for
 * every shipped scenario with outcomes and for draws across the uncertainties' ranges.
 */
import fc from 'fast-check';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {TARGET_SERIES} from '../../models/monitoring.js';
import {evaluateOutcomes, readsOfAll} from '../../src/engine/outcomes.js';
import {openScenario, simulate, type ParameterOverride} from '../../src/index.js';

describe.each(['henan-2017.yaml', 'henan-2017-to-2030.yaml', 'henan-2017-land-cap.yaml', 'examples/housing-fund-rent.yaml'])('the sweep kernel of %s', (name) => {
	const s = openScenario(path.resolve('scenarios', name));
	const reads = readsOfAll(s.outcomes);
	const needs = {series: [...reads.series, ...(reads.targets ? TARGET_SERIES : [])], lastYear: reads.lastYear};
	const us = s.data.uncertainties ?? [];
	const varies = us.map((u) => u.parameter);
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
				const swept = evaluateOutcomes(s, simulate(s, overrides, {reuseBuffers: true, needs, varies, skipMonitoring: !reads.targets}));
				for (const id of Object.keys(full)) expect(swept[id]).toBe(full[id]);
			}),
			{numRuns: 30},
		);
	});
});
