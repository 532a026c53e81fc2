/** The alternative's run, computed once per opened file. */
import {simulate, type RunResult} from '../../../src/index.js';
import type {Alternative} from './alternative.js';

const runs = new WeakMap<Alternative, RunResult>();

export function simulateAlternative(alt: Alternative): RunResult {
	let r = runs.get(alt);
	if (!r) runs.set(alt, (r = simulate(alt.scenario)));
	return r;
}
