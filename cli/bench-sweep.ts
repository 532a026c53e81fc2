/**
 * Sweep figures for `npm run bench` (the lead's cli/bench.ts calls runSweepBench; it also runs on its
 * own: node dist/cli/bench-sweep.js [--quick]). Each figure is a whole `hukou-sim sweep` process,
 * timed from spawn to exit, with its peak resident memory (maxRSS, worker threads included).
 * Targets from issue 4: Sobol sweep of the baseline with N=1024 under 0.7 s; 1,000,000 Monte Carlo
 * runs streamed to runs.csv within 20 s and under 400 MB.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export interface SweepBenchFigure {
	name: string;
	runs: number;
	seconds: number;
	maxRssMB: number;
	runsPerSecond: number;
	target?: string;
	ok?: boolean;
}

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
const ROOT = path.resolve(path.dirname(MAIN), '..', '..');
const BASELINE = path.join(ROOT, 'scenarios', 'henan-2017.yaml');
// Reports the process's peak RSS (KB) on exit; worker threads share the process.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))`;

function timeSweep(name: string, args: string[], target?: {seconds?: number; mb?: number}): SweepBenchFigure {
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hukou-bench-'));
	const t0 = performance.now();
	const r = spawnSync(process.execPath, ['--import', RSS_HOOK, MAIN, 'sweep', ...args, '--out', out, '--format', 'json'], {encoding: 'utf8', maxBuffer: 1 << 28});
	const seconds = (performance.now() - t0) / 1000;
	if (r.status !== 0) throw new Error(`bench ${name} failed (exit ${r.status}):\n${r.stderr}`);
	const meta = JSON.parse(fs.readFileSync(path.join(out, 'metadata.json'), 'utf8')) as {runs: number};
	fs.rmSync(out, {recursive: true, force: true});
	const maxRssMB = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) / 1024;
	const fig: SweepBenchFigure = {name, runs: meta.runs, seconds, maxRssMB, runsPerSecond: meta.runs / seconds};
	if (target) {
		fig.target = [target.seconds ? `< ${target.seconds} s` : '', target.mb ? `< ${target.mb} MB` : ''].filter(Boolean).join(', ');
		fig.ok = (target.seconds === undefined || seconds < target.seconds) && (target.mb === undefined || maxRssMB < target.mb);
	}
	return fig;
}

export function runSweepBench(options: {quick?: boolean} = {}): SweepBenchFigure[] {
	const figs: SweepBenchFigure[] = [];
	const mcRuns = options.quick ? 100_000 : 1_000_000;
	figs.push(timeSweep('sobol ishigami N=1024 (process)', ['--model', 'ishigami', '-n', '1024']));
	figs.push(timeSweep(`mc linear model ${mcRuns} runs streamed (process)`, ['--model', 'linear', '--sampler', 'mc', '-n', String(mcRuns)], options.quick ? undefined : {seconds: 20, mb: 400}));
	const baselineN = options.quick ? 64 : 1024;
	figs.push(timeSweep(`sobol baseline N=${baselineN}, k uncertainties, levers at base (process)`, [BASELINE, '-n', String(baselineN), '--no-levers'], options.quick ? undefined : {seconds: 0.7}));
	const baselineMc = options.quick ? 1000 : 20_000;
	figs.push(timeSweep(`mc baseline ${baselineMc} runs (process)`, [BASELINE, '--sampler', 'mc', '-n', String(baselineMc), '--no-levers']));
	return figs;
}

export function formatSweepBench(figs: readonly SweepBenchFigure[]): string {
	const rows = figs.map((f) => `${f.name.padEnd(62)} ${String(f.runs).padStart(8)} runs ${f.seconds.toFixed(2).padStart(7)} s ${Math.round(f.runsPerSecond).toString().padStart(8)} runs/s ${f.maxRssMB.toFixed(0).padStart(5)} MB${f.target ? `  target ${f.target}: ${f.ok ? 'met' : 'NOT met'}` : ''}`);
	return `sweep (${os.availableParallelism()} cores)\n${rows.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	process.stdout.write(formatSweepBench(runSweepBench({quick: process.argv.includes('--quick')})));
}
