/**
 * Sweep figures of `npm run bench`, whole processes side by side with the peers of
 * ../shared/peers (PEERS_DIR overrides; absent peers are reported and skipped):
 * - the Sobol' sweep of henan-2017-to-2030.yaml (N=1024, --no-levers: 15 runs per base sample,
 *   bootstrap of 100) with the default workers and with --workers 0, beside peer_aligned.py (the
 *   same equations in numpy + scipy.stats.sobol_indices) and peer_scipy.py (a simpler model);
 * - 10^6 Monte Carlo runs of the baseline streamed to runs.csv, and 10^5, to see memory flat in n.
 * The peers run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (set on some machines for old
 * OpenBLAS builds, they slow a current numpy); our processes keep the environment as it is.
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {interleaved, timeHukouSim, timeProcess, type ProcessTime, type Repeated} from './bench-process.js';
import {seconds, type Figure} from './bench-table.js';
import {PACKAGE_ROOT} from './paths.js';

const TO_2030 = path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017-to-2030.yaml');
const BASELINE = path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017.yaml');
const OPENBLAS_VARS = ['OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE'] as const;

export function peersDir(): string {
	return process.env['PEERS_DIR'] ?? path.resolve(PACKAGE_ROOT, '..', 'shared', 'peers');
}

/** A sweep into a fresh temporary directory (removed afterwards); stdout discarded. */
function sweep(args: readonly string[]) {
	const out = mkdtempSync(path.join(os.tmpdir(), 'hukou-bench-'));
	try {
		return timeHukouSim(['sweep', ...args, '--out', out, '--format', 'json']);
	} finally {
		rmSync(out, {recursive: true, force: true});
	}
}

function peerEnv(): NodeJS.ProcessEnv {
	const env = {...process.env};
	for (const v of OPENBLAS_VARS) delete env[v];
	return env;
}

const faster = (peer: Repeated, ours: Repeated) => (ours.ok && peer.ok ? peer.wall / ours.wall : Number.NaN);
const times = (x: number, cpu: number) => (Number.isFinite(x) ? `${x.toFixed(2)}× faster (cpu ${cpu.toFixed(2)}×)` : '—');
const shown = (r: Repeated) => (r.ok ? `${seconds(r.wall)} (cpu ${r.cpu.toFixed(2)} s)` : `failed: ${r.error}`);

export function sweepFigures(quick: boolean): {figures: Figure[]; notes: string[]} {
	const n = quick ? 256 : 1024;
	const reps = quick ? 1 : 3;
	const dir = peersDir();
	const aligned = path.join(dir, 'peer_aligned.py');
	const scipy = path.join(dir, 'peer_scipy.py');
	const havePeers = existsSync(aligned) && existsSync(scipy);
	const notes: string[] = [];
	const set = OPENBLAS_VARS.filter((v) => process.env[v] !== undefined);
	const here = set.length ? set.map((v) => `${v}=${process.env[v]}`).join(', ') : 'neither was set';
	if (havePeers) notes.push(`peers from ${dir}, run with ${OPENBLAS_VARS.join(' and ')} unset (here: ${here}); ours with the environment as is`);
	else notes.push(`peers not found in ${dir} (set PEERS_DIR): peer figures skipped`);
	const args = [TO_2030, '-n', String(n), '--no-levers'];
	const env = peerEnv();
	const commands: Partial<Record<'ours' | 'serial' | 'aligned' | 'scipy', () => ProcessTime>> = {
		ours: () => sweep(args),
		serial: () => sweep([...args, '--workers', '0']),
	};
	if (havePeers) {
		commands.aligned = () => timeProcess('python3', [aligned, String(n)], {env, cwd: dir});
		commands.scipy = () => timeProcess('python3', [scipy, String(n)], {env, cwd: dir});
	}
	process.stderr.write(`bench: Sobol' sweeps N=${n} ×${reps} (ours, --workers 0${havePeers ? ', peer_aligned, peer_scipy' : ''})…\n`);
	type Results = Record<'ours' | 'serial', Repeated> & Partial<Record<'aligned' | 'scipy', Repeated>>;
	const r = interleaved(reps, commands as Record<keyof typeof commands, () => ProcessTime>) as Results;
	const label = `Sobol' sweep 2030 N=${n} --no-levers`;
	const figures: Figure[] = [];
	for (const [key, what] of [['ours', `default workers (${os.availableParallelism()} cores)`], ['serial', '--workers 0']] as const) {
		const ours = r[key];
		const name = `${label}, ${what}`;
		const vs = (peer: Repeated, title: string, meets: (x: number) => boolean): Figure => {
			const x = faster(peer, ours);
			const ratio = times(x, peer.cpu / ours.cpu);
			return {name, ours: shown(ours), versus: `${title} ${shown(peer)}`, ratio, ...(Number.isFinite(x) ? {met: meets(x)} : {})};
		};
		// Targets: at least 2× faster than peer_aligned, faster than peer_scipy, and 0.7 s at N=1024.
		if (r.aligned) figures.push(vs(r.aligned, 'peer_aligned', (x) => x >= 2));
		if (r.scipy) figures.push(vs(r.scipy, 'peer_scipy', (x) => x > 1));
		const absolute = quick || !ours.ok ? {} : {met: ours.wall <= 0.7};
		const ofTarget = ours.ok ? `${(ours.wall / 0.7).toFixed(2)}× of target` : '';
		figures.push({name, ours: shown(ours), versus: quick ? '≤ 0.7 s at N=1024' : '≤ 0.7 s', ratio: ofTarget, ...absolute});
	}
	figures.push(...monteCarloFigures(quick));
	return {figures, notes};
}

/** Monte Carlo runs of the baseline streamed to runs.csv: time and peak RSS at n and n/10 (memory flat in n). */
function monteCarloFigures(quick: boolean): Figure[] {
	const big = quick ? 100_000 : 1_000_000;
	const small = big / 10;
	const mc = (runs: number) => sweep([BASELINE, '--sampler', 'mc', '-n', String(runs), '--no-levers']);
	process.stderr.write(`bench: Monte Carlo ${small.toExponential(0)} and ${big.toExponential(0)} runs…\n`);
	const r = interleaved(1, {small: () => mc(small), big: () => mc(big)});
	const name = (runs: number) => `Monte Carlo ${runs.toLocaleString('en')} runs of the baseline → runs.csv`;
	const flat = r.big.rssMB / r.small.rssMB;
	const figures: Figure[] = [
		{name: name(small), ours: `${shown(r.small)}, ${r.small.rssMB.toFixed(0)} MB`, versus: 'peak RSS, for comparison'},
		{
			name: name(big),
			ours: shown(r.big),
			versus: quick ? '≤ 60 s at 10^6' : '≤ 60 s',
			ratio: r.big.ok ? `${Math.round(big / r.big.wall).toLocaleString('en')} runs/s` : '',
			...(quick || !r.big.ok ? {} : {met: r.big.wall <= 60}),
		},
		{
			name: `${name(big)}: peak RSS`,
			ours: `${r.big.rssMB.toFixed(0)} MB`,
			versus: '≤ 400 MB',
			ratio: `${(r.big.rssMB / 400).toFixed(2)}× of target`,
			...(r.big.ok ? {met: r.big.rssMB <= 400} : {}),
		},
		{
			name: '  memory flat in n?',
			ours: `${r.big.rssMB.toFixed(0)} MB vs ${r.small.rssMB.toFixed(0)} MB`,
			versus: `≤ 1.2× at 10× the runs`,
			ratio: `${flat.toFixed(2)}×`,
			...(r.big.ok && r.small.ok ? {met: flat <= 1.2} : {}),
		},
	];
	return figures;
}
