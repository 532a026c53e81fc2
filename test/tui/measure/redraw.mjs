#!/usr/bin/env node
/**
 * How fast the UI answers, measured as a user runs it: tmux opens a terminal of the given size and
 * runs the command (default `npm start`, which builds first), then this script reads the screen back.
 * It reports the time to the loading line and to the baseline (from tmux new-session; with
 * `npm start` this includes the build), and lever → redraw: `→` or `←` on the willingness lever until
 * the province's hukou rate on screen changes, 20 times. Each screen read is one `tmux capture-pane`
 * (its cost, printed, is the resolution). Not a test: speed is never asserted (NOTES, standards).
 *
 *   node test/tui/measure/redraw.mjs 80 24 ['npm start']
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const S = `hukou-measure-${process.pid}`;
const [cols = 80, rows = 24] = process.argv.slice(2, 4).map(Number);
const command = process.argv[4] ?? 'npm start';
const cap = () => execFileSync('tmux', ['capture-pane', '-p', '-t', S], {encoding: 'utf8'});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rate = (screen) => /户籍城镇化率[^\d\n]*(\d[\d.]*%)/.exec(screen)?.[1];

const t0 = performance.now();
execFileSync('tmux', ['new-session', '-d', '-s', S, '-x', String(cols), '-y', String(rows), `cd ${JSON.stringify(ROOT)} && env -u CI ${command}; sleep 30`]);
try {
	let tLoad;
	let tBase;
	while (tBase === undefined) {
		const s = cap();
		const t = performance.now() - t0;
		if (tLoad === undefined && s.includes('正在加载')) tLoad = t;
		if (s.includes('规划目标')) tBase = t;
		if (t > 120_000) throw new Error(`no baseline after 2 minutes:\n${s}`);
	}
	execFileSync('tmux', ['send-keys', '-t', S, '4', 'j', 'j']);
	await sleep(1500);
	const times = [];
	for (let i = 0; i < 20; i++) {
		const before = rate(cap());
		const t1 = performance.now();
		execFileSync('tmux', ['send-keys', '-t', S, i % 2 ? 'Left' : 'Right']);
		while (rate(cap()) === before) if (performance.now() - t1 > 10_000) throw new Error('the screen did not change');
		times.push(performance.now() - t1);
		await sleep(300);
	}
	times.sort((a, b) => a - b);
	const q = (p) => times[Math.floor(p * (times.length - 1))].toFixed(0);
	const c0 = performance.now();
	for (let i = 0; i < 10; i++) cap();
	const load = execFileSync('cat', ['/proc/loadavg'], {encoding: 'utf8'}).split(' ')[0];
	console.log(`${cols}×${rows} \`${command}\`: loading line ${tLoad?.toFixed(0) ?? '(not seen)'} ms, baseline ${tBase.toFixed(0)} ms`);
	console.log(`lever → redraw: median ${q(0.5)} ms, p90 ${q(0.9)} ms, min ${q(0)}, max ${q(1)} (n=20); one capture-pane ${((performance.now() - c0) / 10).toFixed(1)} ms; load average ${load}`);
} finally {
	spawnSync('tmux', ['kill-session', '-t', S]);
}
