/**
 * Whole processes for `npm run bench`, timed from spawn to exit: wall seconds, the CPU seconds of
 * the child (user + system, from the kernel's account of reaped children: /proc/self/stat
 * cutime + cstime; less noisy than wall time on a shared machine) and, for our own processes, the
 * peak resident memory (maxRSS, worker threads included) reported by the child on exit.
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {median} from './bench-table.js';

export const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

// Reports the process's peak RSS (KB) on exit; worker threads share the process.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))`;

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times (100 on every Linux architecture Node supports). */
const CLOCK_TICKS = 100;

/** CPU seconds of the reaped children of this process so far; NaN where /proc is not there. */
function childrenCpuSeconds(): number {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// Fields 16 and 17 of proc(5) (cutime, cstime); the slice starts at field 3.
		return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
	} catch {
		return Number.NaN;
	}
}

export interface ProcessTime {
	readonly ok: boolean;
	readonly wall: number;
	readonly cpu: number;
	/** Peak RSS in MB (our node processes only). */
	readonly rssMB: number;
	readonly stderr: string;
	readonly status: number | null;
}

/** Run a command to completion; stdout is discarded. */
export function timeProcess(command: string, args: readonly string[], options: SpawnSyncOptions = {}): ProcessTime {
	const cpu0 = childrenCpuSeconds();
	const t0 = performance.now();
	const r = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'pipe'], ...options});
	const wall = (performance.now() - t0) / 1000;
	const cpu = childrenCpuSeconds() - cpu0;
	const stderr = String(r.stderr ?? '');
	const rss = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
	return {ok: r.status === 0, wall, cpu, rssMB: rss, stderr, status: r.status};
}

/** The Node flags of the program's shebang (`#!/usr/bin/env -S node …`), which `hukou-sim` and `npx hukou-sim` run with. */
export function binFlags(file = MAIN): string[] {
	const first = readFileSync(file, 'utf8').split('\n', 1)[0]!;
	const m = /^#!\/usr\/bin\/env(?: -S)? node((?: --?[\w-]+(?:=\S+)?)*)\s*$/.exec(first);
	if (!m) throw new Error(`${file}: the first line is not a node shebang: ${first}`);
	return m[1]!.split(' ').filter(Boolean);
}

let binFlagsRead: readonly string[] | undefined;
/** The flags `hukou-sim` runs with (of the built program), read once. */
export const builtFlags = (): readonly string[] => (binFlagsRead ??= binFlags());

/** A `hukou-sim` command of this build (dist/cli/main.js) as the bin runs it, with the peak-RSS hook. */
export function timeHukouSim(args: readonly string[], options: SpawnSyncOptions = {}): ProcessTime {
	return timeProcess(process.execPath, [...builtFlags(), '--import', RSS_HOOK, MAIN, ...args], options);
}

export interface Repeated {
	readonly ok: boolean;
	readonly wall: number;
	readonly cpu: number;
	readonly rssMB: number;
	readonly error?: string;
}

/** Medians over repetitions of several commands, run interleaved so that a change of load hits all alike. */
export function interleaved<K extends string>(times: number, commands: Readonly<Record<K, () => ProcessTime>>): Record<K, Repeated> {
	const keys = Object.keys(commands) as K[];
	const got = new Map<K, ProcessTime[]>(keys.map((k) => [k, []]));
	for (let r = 0; r < times; r++) for (const k of keys) got.get(k)!.push(commands[k]());
	const out = {} as Record<K, Repeated>;
	for (const k of keys) {
		const list = got.get(k)!;
		const failed = list.find((p) => !p.ok);
		const error = failed && `exit ${failed.status}: ${failed.stderr.trim().split('\n').slice(-3).join(' / ')}`;
		out[k] = error
			? {ok: false, wall: Number.NaN, cpu: Number.NaN, rssMB: Number.NaN, error}
			: {ok: true, wall: median(list.map((p) => p.wall)), cpu: median(list.map((p) => p.cpu)), rssMB: Math.max(...list.map((p) => p.rssMB))};
	}
	return out;
}
