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
import {checkYardstick, yardstick, YARDSTICK_SERIES} from './bench-yardstick.js';
import {syntheticScenario} from './bench-synthetic.js';
import {median, milliseconds, type Figure} from './bench-table.js';
import {PACKAGE_ROOT} from './paths.js';
import {createModel, sweepRunOptions, type ScenarioModelOptions} from './sweep/scenario-model.js';
import {studyOfScenario} from './sweep/study.js';

export interface PerCall {
	/** Median wall milliseconds per call over batches lasting ≥ 2 ms each. */
	readonly ms: number;
	/** CPU milliseconds per call (this process, GC threads included) over the timed window: steadier on a busy machine. */
	readonly cpuMs: number;
}

/**
 * Time fn per call: a warm-up, then batches of calls for at least minSeconds. The warm-up lasts
 * half the window and at least 5,000 calls (up to the window, 1–3 s): a large hand-written function such as the
 * yardstick reaches its optimised code only after a few thousand calls.
 */
export function timePerCall(fn: (k: number) => unknown, minSeconds: number): PerCall {
	let calls = 0;
	const warm = performance.now();
	const warmed = () => {
		const elapsed = performance.now() - warm;
		return elapsed >= (minSeconds / 2) * 1000 && (calls >= 5000 || elapsed >= Math.min(3, Math.max(1, minSeconds)) * 1000);
	};
	while (!warmed() || calls < 20) fn(calls++);
	const per = (performance.now() - warm) / calls;
	const batch = Math.max(1, Math.ceil(2 / Math.max(per, 1e-6)));
	const samples: number[] = [];
	const cpu0 = process.cpuUsage();
	const start = performance.now();
	while (performance.now() - start < minSeconds * 1000 || samples.length < 5) {
		const t0 = performance.now();
		for (let j = 0; j < batch; j++) fn(calls++);
		samples.push((performance.now() - t0) / batch);
	}
	const cpu = process.cpuUsage(cpu0);
	return {ms: median(samples), cpuMs: (cpu.user + cpu.system) / 1000 / (samples.length * batch)};
}

const shown = (t: PerCall) => `${milliseconds(t.ms)} (cpu ${milliseconds(t.cpuMs)})`;

/** The overrides of `count` runs of the scenario's sweep (--no-levers), drawn as `--sampler mc` draws them. */
function sweepRuns(file: string, compiled: CompiledScenario, count: number) {
	const study = studyOfScenario(file, compiled, {levers: false});
	const {bindings} = study.model.options as ScenarioModelOptions;
	const k = study.problem.names.length;
	const rows = monteCarloRows(study.problem, 42, 0, count);
	const overrides: ParameterOverride[][] = [];
	for (let r = 0; r < count; r++) {
		const at = (c: number) => rows[r * k + c]!;
		const value = (b: (typeof bindings)[number]) => (b.columns.length === 1 ? at(b.columns[0]!) : Float64Array.from(b.columns, at));
		overrides.push(bindings.map((b) => ({parameter: b.parameter, mode: b.mode, value: value(b)})));
	}
	return {bindings, rows, k, overrides, options: {...sweepRunOptions(compiled, bindings), reuseBuffers: true}};
}

export async function engineFigures(quick: boolean): Promise<Figure[]> {
	const window = quick ? 0.4 : 2;
	const file = path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017-to-2030.yaml');
	const s = openScenario(file);
	const units = `${s.unitInfo.length} units × ${s.years.length} years`;
	const runs = sweepRuns(file, s, 256);
	const yard = timePerCall(() => yardstick(s), window);
	const sweepRun = timePerCall((k) => simulate(s, runs.overrides[k & 255]!, runs.options), window);
	const allSeries = timePerCall(() => simulate(s, [], {reuseBuffers: true, skipMonitoring: true}), window);
	const fullRun = timePerCall(() => simulate(s), window);
	const model = await createModel({file, bindings: runs.bindings} satisfies ScenarioModelOptions);
	const withOutcomes = timePerCall((k) => model.evaluate(runs.rows.subarray((k & 255) * runs.k, ((k & 255) + 1) * runs.k)), window);
	// Same numbers: the base run, and one sweep run (its overrides applied to the table as a run does).
	const base = checkYardstick(s, simulate(s).series);
	const swept = checkYardstick(s, simulate(s, runs.overrides[7]!).series, s.parameters.withOverrides(runs.overrides[7]!));
	const maxRel = Math.max(base.maxRelative, swept.maxRelative);
	const ratio = (x: PerCall) => `${(x.ms / yard.ms).toFixed(2)}× of it`;
	const figures: Figure[] = [
		{
			name: `yardstick: the full model by hand, ${units}`,
			ours: shown(yard),
			versus: 'the floor',
			note: 'hand-written fused loops (cli/bench-yardstick.ts): every output series, all years, parameters read from arrays, buffers reused',
		},
		{
			name: '  reproduces the engine?',
			ours: `max rel. diff ${maxRel.toExponential(1)}`,
			versus: '≤ 1e-12',
			ratio: `${base.compared} series${base.missing.length ? `, missing ${base.missing.join(' ')}` : ''}`,
			met: maxRel <= 1e-12 && base.missing.length === 0,
			note: 'every output series, every unit and year; base parameters and one sweep run',
		},
		{
			name: '  engine as a sweep runs it',
			ours: shown(sweepRun),
			versus: '≤ 1.5× yardstick',
			ratio: ratio(sweepRun),
			met: sweepRun.ms <= 1.5 * yard.ms,
			note: `simulate(s, overrides, {reuseBuffers, needs, varies}): the series the outcomes read, up to ${runs.options.needs.lastYear ?? 'the last year'}`,
		},
		{
			name: '  engine, one sweep run with its outcomes',
			ours: shown(withOutcomes),
			versus: 'yardstick',
			ratio: ratio(withOutcomes),
			note: 'the worker model of a sweep: overrides from a row, simulate, the outcomes',
		},
		{
			name: '  engine, every series, buffers reused',
			ours: shown(allSeries),
			versus: '≤ 1.5× yardstick',
			ratio: ratio(allSeries),
			met: allSeries.ms <= 1.5 * yard.ms,
			note: "the yardstick's work plus the province figures and the finite guard",
		},
		{
			name: '  engine, full run',
			ours: shown(fullRun),
			versus: 'yardstick',
			ratio: ratio(fullRun),
			note: 'simulate(s): new buffers, every series, province figures, targets, evaluations',
		},
	];
	const big = syntheticScenario(3000, 2030);
	const size = `${big.unitInfo.length.toLocaleString('en')} units × ${big.years.length} years`;
	const bigWindow = quick ? 0.5 : 3;
	const hiddenSteps = big.graph.series.filter((x) => x.hidden).length;
	const bigRun = timePerCall(() => simulate(big), bigWindow);
	const bigReused = timePerCall(() => simulate(big, [], {reuseBuffers: true}), bigWindow);
	// The floor of the same run: the hand-written model, with new arrays per call and with its arrays kept.
	const bigFloor = timePerCall(() => yardstick(big, big.parameters, true), bigWindow);
	const bigFloorReused = timePerCall(() => yardstick(big), bigWindow);
	// Issue 10's target for one run of 3,000 units × 15 years.
	const target = 25;
	const ofTarget = (x: PerCall) => `${(x.ms / target).toFixed(2)}× of target`;
	const ofFloor = (x: PerCall, floor: PerCall) => `${ofTarget(x)}, ${(x.ms / floor.ms).toFixed(2)}× the yardstick`;
	figures.push(
		{
			name: `one run, ${size}`,
			ours: shown(bigRun),
			versus: `≤ ${target} ms`,
			ratio: ofFloor(bigRun, bigFloor),
			met: bigRun.ms <= target,
			note: `synthetic units (cli/bench-synthetic.ts), the baseline's parameters; simulate(s), new arrays for its ${big.graph.series.length} series (${hiddenSteps} of them hidden steps)`,
		},
		{
			name: '  yardstick, the same, new arrays',
			ours: shown(bigFloor),
			versus: 'the floor',
			ratio: ofTarget(bigFloor),
			note: `the hand-written model with new arrays for its ${YARDSTICK_SERIES.length} output series per call`,
		},
		{
			name: '  the same, buffers reused',
			ours: shown(bigReused),
			versus: `≤ ${target} ms`,
			ratio: ofFloor(bigReused, bigFloorReused),
			note: 'simulate(s, [], {reuseBuffers: true}), as calibrate and a sweep run it',
		},
		{
			name: '  yardstick, buffers reused',
			ours: shown(bigFloorReused),
			versus: 'the floor',
			ratio: ofTarget(bigFloorReused),
			note: 'the hand-written model, its arrays kept between calls',
		},
	);
	return figures;
}
