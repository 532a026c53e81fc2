/**
 * Start-up figures of `npm run bench`: `hukou-sim --version` and `hukou-sim run` of the baseline
 * (stdout to /dev/null) beside a bare `node -e 0`, whole processes, median of several spawns run
 * interleaved. Issue 10 asks for at most 3× and 8× bare node.
 */
import {closeSync, openSync} from 'node:fs';
import path from 'node:path';
import {builtFlags, interleaved, MAIN, timeProcess} from './bench-process.js';
import {seconds, type Figure} from './bench-table.js';
import {PACKAGE_ROOT} from './paths.js';

export function startupFigures(quick: boolean): Figure[] {
	const reps = quick ? 3 : 9;
	const devNull = openSync('/dev/null', 'w');
	const node = (args: readonly string[]) => () => timeProcess(process.execPath, args, {stdio: ['ignore', devNull, 'pipe']});
	process.stderr.write(`bench: start-up, ${reps} spawns each…\n`);
	let r;
	try {
		r = interleaved(reps, {
			bare: node(['-e', '0']),
			// As the bin runs (its shebang's flags).
			version: node([...builtFlags(), MAIN, '--version']),
			run: node([...builtFlags(), MAIN, 'run', path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017.yaml')]),
		});
	} finally {
		closeSync(devNull);
	}
	const shown = (x: typeof r.bare) => (x.ok ? `${seconds(x.wall)} (cpu ${x.cpu.toFixed(2)} s)` : `failed: ${x.error}`);
	const of = (x: typeof r.bare) => x.wall / r.bare.wall;
	const figure = (name: string, x: typeof r.bare, limit: number): Figure => ({
		name,
		ours: shown(x),
		versus: `bare node ${shown(r.bare)}, ≤ ${limit}×`,
		ratio: `${of(x).toFixed(2)}× bare node`,
		...(x.ok && r.bare.ok ? {met: of(x) <= limit} : {}),
	});
	return [figure('hukou-sim --version', r.version, 3), figure('hukou-sim run (baseline, stdout to /dev/null)', r.run, 8)];
}
