/**
 * In-process figures of `npm run bench`: the engine per run beside the hand-written yardstick of
 * the full baseline model (cli/bench-yardstick.ts), timed as a sweep runs it (overrides of the
 * uncertainties, only the series and years the outcomes read, buffers reused) and as a full run
 * (every series, province figures, targets, evaluations); and one run of 3,000 units × 15 years.
 * Warm (after JIT warm-up), median of many timed batches.
 */
import path from 'node:path';
import {openScenario, simulate, type CompiledScenario, type ParameterOverride} from '../src/index.js';
import {monteCarloRows} from '../src/sensitivity/index.js';
import {checkYardstick, yardstick} from './bench-yardstick.js';
import {syntheticScenario} from './bench-synthetic.js';
import {median, milliseconds, type Figure} from './bench-table.js';
import {PACKAGE_ROOT} from './paths.js';
import {createModel, sweepRunOptions, type ScenarioModelOptions} from './sweep/scenario-model.js';
import {studyOfScenario, withoutLevers} from './sweep/study.js';

/** Median milliseconds per call of fn: batches of calls lasting ≥ 2 ms each, for at least minSeconds after a warm-up. */
export function timePerCall(fn: (k: number) => unknown, minSeconds: number): number {
	let calls = 0;
	const warm = performance.now();
	while (performance.now() - warm < Math.min(0.3, minSeconds / 2) * 1000 || calls < 20) fn(calls++);
	const per = (performance.now() - warm) / calls;
	const batch = Math.max(1, Math.ceil(2 / Math.max(per, 1e-6)));
	const samples: number[] = [];
	const start = performance.now();
	while (performance.now() - start < minSeconds * 1000 || samples.length < 5) {
		const t0 = performance.now();
		for (let j = 0; j < batch; j++) fn(calls++);
		samples.push((performance.now() - t0) / batch);
	}
	return median(samples);
}

/** The overrides of `count` runs of the scenario's sweep (--no-levers), drawn as `--sampler mc` draws them. */
function sweepRuns(file: string, compiled: CompiledScenario, count: number) {
	const study = withoutLevers(studyOfScenario(file, compiled));
	const {bindings} = study.model.options as ScenarioModelOptions;
	const k = study.problem.names.length;
	const rows = monteCarloRows(study.problem, 42, 0, count);
	const overrides: ParameterOverride[][] = [];
	for (let r = 0; r < count; r++) {
		overrides.push(bindings.map((b) => ({parameter: b.parameter, mode: b.mode, value: b.columns.length === 1 ? rows[r * k + b.columns[0]!]! : Float64Array.from(b.columns, (c) => rows[r * k + c]!)})));
	}
	return {bindings, rows, k, overrides, options: {...sweepRunOptions(compiled, bindings), reuseBuffers: true}};
}

export function engineFigures(quick: boolean): Figure[] {
	const window = quick ? 0.4 : 2;
	const file = path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017-to-2030.yaml');
	const s = openScenario(file);
	const units = `${s.unitInfo.length} units × ${s.years.length} years`;
	const runs = sweepRuns(file, s, 256);
	const yard = timePerCall(() => yardstick(s), window);
	const sweepRun = timePerCall((k) => simulate(s, runs.overrides[k & 255]!, runs.options), window);
	const fullRun = timePerCall(() => simulate(s), window);
	const model = createModel({file, bindings: runs.bindings} satisfies ScenarioModelOptions);
	const withOutcomes = timePerCall((k) => model.evaluate(runs.rows.subarray((k & 255) * runs.k, ((k & 255) + 1) * runs.k)), window);
	// Same numbers: the base run, and one sweep run (its overrides applied to the table as a run does).
	const base = checkYardstick(s, simulate(s).series);
	const swept = checkYardstick(s, simulate(s, runs.overrides[7]!).series, s.parameters.withOverrides(runs.overrides[7]!));
	const maxRel = Math.max(base.maxRelative, swept.maxRelative);
	const ratio = (x: number) => `${(x / yard).toFixed(2)}× of it`;
	const figures: Figure[] = [
		{name: `yardstick: the full model by hand, ${units}`, ours: milliseconds(yard), versus: 'the floor', note: 'hand-written fused loops (cli/bench-yardstick.ts), parameters read from arrays, buffers reused'},
		{
			name: '  reproduces the engine?',
			ours: `max rel. diff ${maxRel.toExponential(1)}`,
			versus: '≤ 1e-12',
			ratio: `${base.compared} series${base.missing.length ? `, missing ${base.missing.join(' ')}` : ''}`,
			met: maxRel <= 1e-12 && base.missing.length === 0,
			note: 'every output series, every unit and year; base parameters and one sweep run',
		},
		{name: '  engine as a sweep runs it', ours: milliseconds(sweepRun), versus: '≤ 1.5× yardstick', ratio: ratio(sweepRun), met: sweepRun <= 1.5 * yard, note: 'simulate(s, overrides, {reuseBuffers, needs, varies}): the series and years the outcomes read'},
		{name: '  engine, one sweep run with its outcomes', ours: milliseconds(withOutcomes), versus: 'yardstick', ratio: ratio(withOutcomes), note: 'the worker model of a sweep: overrides from a row, simulate, the 9 outcomes'},
		{name: '  engine, full run', ours: milliseconds(fullRun), versus: 'yardstick', ratio: ratio(fullRun), note: 'simulate(s): every series, province figures, targets and evaluations (new buffers)'},
	];
	const big = syntheticScenario(3000, 2030);
	const bigRun = timePerCall(() => simulate(big), quick ? 0.5 : 3);
	figures.push({name: `one run, ${big.unitInfo.length.toLocaleString('en')} units × ${big.years.length} years`, ours: milliseconds(bigRun), versus: '≤ 25 ms', ratio: `${(bigRun / 25).toFixed(2)}× of target`, met: bigRun <= 25, note: 'synthetic units (cli/bench-synthetic.ts), the baseline\'s parameters; full run'});
	return figures;
}
