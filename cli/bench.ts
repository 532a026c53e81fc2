/**
 * `npm run bench`: speed and memory, measured, never asserted in tests. Single-run engine time of
 * the Henan baseline (2016–2020) and of the 2030 variant, and of a synthetic 3,000-unit scenario
 * over 15 years (county level, all of China); then the sweep figures (cli/bench-sweep.ts).
 * `--quick` runs fewer repetitions and skips the million-run sweep.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {compileScenario, loadScenario, openScenario, simulate, type CompiledScenario} from '../src/index.js';
import {formatSweepBench, runSweepBench} from './bench-sweep.js';
import {yardstick} from './bench-yardstick.js';
import {PACKAGE_ROOT} from './paths.js';

const quick = process.argv.includes('--quick');

/** Median milliseconds of fn over at least minSeconds (after a warm-up). */
function timeFn(fn: () => unknown, minSeconds: number): number {
	for (let i = 0; i < 50; i++) fn();
	const samples: number[] = [];
	const start = performance.now();
	while (performance.now() - start < minSeconds * 1000 || samples.length < 5) {
		const t0 = performance.now();
		fn();
		samples.push(performance.now() - t0);
	}
	samples.sort((a, b) => a - b);
	return samples[Math.floor(samples.length / 2)]!;
}

function timeRuns(scenario: CompiledScenario, minSeconds: number): {perRunMs: number; runs: number} {
	for (let i = 0; i < 20; i++) simulate(scenario); // warm up the JIT
	const samples: number[] = [];
	const start = performance.now();
	while (performance.now() - start < minSeconds * 1000 || samples.length < 5) {
		const t0 = performance.now();
		simulate(scenario);
		samples.push(performance.now() - t0);
	}
	samples.sort((a, b) => a - b);
	return {perRunMs: samples[Math.floor(samples.length / 2)]!, runs: samples.length};
}

/** 3,000 units with a seeded spread of sizes; the baseline's parameters and programs. */
export function syntheticScenario(units: number, endYear: number): CompiledScenario {
	const classes = ['small', 'medium', 'II-large', 'I-large'];
	let seed = 12345;
	const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const rows = ['id,name_zh,name_en,residentPop_10k,urbanResidentPop_10k,hukouPop_10k,urbanHukouPop_10k,centralCityShare,sizeClass,urbanLand_km2'];
	for (let i = 0; i < units; i++) {
		const pop = 10 + rand() * 150;
		const urban = pop * (0.3 + rand() * 0.5);
		const hukou = pop * (0.9 + rand() * 0.3);
		rows.push(`${i === 0 ? 'zhengzhou' : `county-${i}`},县${i},County ${i},${pop.toFixed(2)},${urban.toFixed(2)},${hukou.toFixed(2)},${(urban * 0.6).toFixed(2)},${(0.2 + rand() * 0.6).toFixed(2)},${classes[Math.floor(rand() * 4)]},${(urban * 0.012 * (0.6 + rand())).toFixed(2)}`);
	}
	const baseline = path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017.yaml');
	const yaml = readFileSync(baseline, 'utf8')
		.replace('file: data/henan-2016-units.csv', 'file: synthetic-units.csv')
		.replace(/ {2}totals:\n( {4}.*\n)+/, '')
		.replace('years: {base: 2016, end: 2020}', `years: {base: 2016, end: ${endYear}}`);
	const files: Record<string, string> = {'/virtual/synthetic.yaml': yaml, '/virtual/synthetic-units.csv': `${rows.join('\n')}\n`};
	return compileScenario(loadScenario('/virtual/synthetic.yaml', (p) => files[p] ?? readFileSync(p, 'utf8')));
}

function main(): void {
	const rows: Array<[string, string, string, string]> = [];
	const report = (name: string, scenario: CompiledScenario, target: string) => {
		const {perRunMs, runs} = timeRuns(scenario, quick ? 0.5 : 2);
		rows.push([name, `${scenario.unitInfo.length} × ${scenario.years.length - 1}`, `${perRunMs < 1 ? perRunMs.toFixed(3) : perRunMs.toFixed(1)} ms (median of ${runs})`, target]);
	};
	const t0 = performance.now();
	const baseline = openScenario(path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017.yaml'));
	const loadMs = performance.now() - t0;
	report('Henan baseline 2016–2020', baseline, 'well under 1 ms');
	report('Henan to 2030', openScenario(path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017-to-2030.yaml')), '—');
	report('synthetic 3,000 units, 2016–2030', syntheticScenario(3000, 2030), 'under 50 ms');
	const to2030 = openScenario(path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017-to-2030.yaml'));
	const yard = timeFn(() => yardstick(to2030), quick ? 0.5 : 2);
	const engine = timeFn(() => simulate(to2030), quick ? 0.5 : 2);
	const check = yardstick(to2030);
	const run = simulate(to2030);
	const diff = (a: Float64Array, b: Float64Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!) / Math.max(1, Math.abs(b[i]!))), 0);
	rows.push(['hand-written loop (yardstick), 2030', '18 × 14', `${(yard * 1000).toFixed(1)} µs`, `engine ${(engine / yard).toFixed(1)}× of it (target ≤ 3×)`]);
	rows.push(['  same numbers as the engine?', '', `max rel. diff ${Math.max(diff(check.settled, run.series['settled']!), diff(check.transfers, run.series['transfers']!), diff(check.landNeed, run.series['landQuotaNeed']!)).toExponential(1)}`, 'settled, transfers, land need']);
	process.stdout.write(`Engine, one warm run (node ${process.version}, load+compile of the baseline ${loadMs.toFixed(0)} ms)\n`);
	for (const [name, size, time, target] of rows) process.stdout.write(`  ${name.padEnd(34)} ${size.padEnd(12)} ${time.padEnd(26)} target: ${target}\n`);
	process.stdout.write('\n');
	process.stdout.write(`Sweeps (whole processes)\n${formatSweepBench(runSweepBench({quick}))}\n`);
}

// Run only as a program (node dist/cli/bench.js), not when imported for syntheticScenario.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
