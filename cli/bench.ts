/**
 * `npm run bench` (node dist/cli/bench.js [--quick]): the speed figures of issue 10, measured in one
 * run and side by side, never asserted in tests. Printed as one table: figure, ours, the peer or
 * the target, the ratio, met / NOT met.
 * - Sweeps, whole processes, beside the numpy peers of ../shared/peers (cli/bench-sweep.ts);
 * - the engine per run beside the hand-written yardstick of the full model, and 3,000 units
 *   (cli/bench-engine.ts, in this process);
 * - start-up of `--version` and `run` beside bare node (cli/bench-startup.ts).
 * `--quick` (under a minute on an idle machine) uses N=256, 10^4/10^5 Monte Carlo runs, fewer
 * repetitions; it judges the ratios and memory but not the absolute times of the full sizes.
 * The TUI's redraw after a lever change is measured elsewhere (its own bench).
 */
import os from 'node:os';
import {engineFigures} from './bench-engine.js';
import {sweepFigures} from './bench-sweep.js';
import {startupFigures} from './bench-startup.js';
import {formatTable} from './bench-table.js';

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const t0 = performance.now();
	const load = os.loadavg()[0]!;
	const cores = os.availableParallelism();
	const busy = load > cores ? ' (busy machine: timings are noisy)' : '';
	process.stderr.write(`bench${quick ? ' --quick' : ''}: load average ${load.toFixed(1)} on ${cores} cores${busy}\n`);
	process.stderr.write('bench: engine per run and the yardstick…\n');
	const engine = await engineFigures(quick);
	const startup = startupFigures(quick);
	const sweeps = sweepFigures(quick);
	const out = [
		`hukou-sim bench${quick ? ' --quick' : ''} — node ${process.version}, ${cores} cores, load ${load.toFixed(1)} at start, ${new Date().toISOString()}`,
		'',
		formatTable('Sweeps and Monte Carlo (whole processes, median wall time; cpu = user + system of the process)', sweeps.figures),
		...sweeps.notes.map((n) => `  · ${n}`),
		'',
		formatTable('Engine per run (warm, in process, median)', engine),
		formatTable('Start-up (whole processes, median wall time)', startup),
		`bench took ${((performance.now() - t0) / 1000).toFixed(0)} s.`,
		"The aligned peer is the port of the first release's equations: when the project's equations change, say so next to the ratio.",
		'',
	];
	process.stdout.write(out.join('\n'));
}

await main();
