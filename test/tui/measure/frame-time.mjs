#!/usr/bin/env node
/**
 * The UI's own share of a redraw, without a terminal: the built App (dist/) rendered by Ink into a stream of
 * the given size, keys written to its stdin, and the time from a lever key to Ink's last write of the frame.
 * redraw.mjs measures what a user sees through tmux (its parsing and capture-pane included); this one tells
 * how much of that is ours. Not a test: speed is never asserted (NOTES, standards).
 *
 *   npm run -s build && node test/tui/measure/frame-time.mjs 200 50
 */
import {EventEmitter} from 'node:events';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

process.env.NODE_ENV = 'production';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = (p) => pathToFileURL(path.join(ROOT, 'dist', p)).href;
const [cols = 200, rows = 50] = process.argv.slice(2, 4).map(Number);
const {render} = await import('ink');
const {createElement} = await import('react');
const {openScenario} = await import(dist('src/index.js'));
const {App} = await import(dist('cli/tui/app.js'));
const {enableAnsi} = await import(dist('cli/tui/lib/theme.js'));

class Screen extends EventEmitter {
	isTTY = true;
	columns = cols;
	rows = rows;
	writes = 0;
	last = 0;
	write = () => {
		this.writes++;
		this.last = performance.now();
		return true;
	};
}
class Keys extends EventEmitter {
	isTTY = true;
	pending = null;
	write = (data) => {
		this.pending = data;
		this.emit('readable');
		this.emit('data', data);
	};
	read = () => {
		const data = this.pending;
		this.pending = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

const stdout = new Screen();
const stdin = new Keys();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
enableAnsi(true);
const scenario = openScenario(path.join(ROOT, 'scenarios', 'henan-2017.yaml'));
const app = render(createElement(App, {scenario, onQuit() {}}), {stdout, stderr: stdout, stdin, exitOnCtrlC: false, patchConsole: false, maxFps: 1000});
await sleep(1500);
for (const key of ['4', 'j', 'j']) {
	stdin.write(key);
	await sleep(200);
}
const times = [];
for (let i = 0; i < 60; i++) {
	const before = stdout.writes;
	const t0 = performance.now();
	stdin.write(i % 2 ? '\u001B[D' : '\u001B[C');
	while (stdout.writes === before) await sleep(0);
	await sleep(80);
	times.push(stdout.last - t0);
}
app.unmount();
times.sort((a, b) => a - b);
const q = (p) => times[Math.floor(p * (times.length - 1))].toFixed(1);
console.log(`${cols}×${rows}: lever key → frame written: median ${q(0.5)} ms, p90 ${q(0.9)} ms, min ${q(0)} ms (n=${times.length})`);
process.exit(0);
