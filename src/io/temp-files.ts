/**
 * Temporary files that must not outlive the process. Node's default action on SIGINT/SIGTERM ends
 * the process at once, leaving a half-written temporary sibling behind; while one exists, a handler
 * removes it and then ends the process the default way (same signal, so the shell sees 130/143).
 * The handler stays installed once set up: a signal that arrives while a synchronous write is
 * under way is delivered after it, and must still end the process.
 */
import fs from 'node:fs';

const temps = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function onSignal(signal: NodeJS.Signals): void {
	removeAll();
	// Other listeners (the TUI restores the screen) decide how to end; alone, end as the default would.
	if (process.listenerCount(signal) > 1) return;
	for (const s of SIGNALS) process.removeListener(s, onSignal);
	process.kill(process.pid, signal);
}

function removeAll(): void {
	for (const file of temps) fs.rmSync(file, {force: true});
	temps.clear();
}

/** Track a temporary file until `release`: a signal or an exit removes it. */
export function trackTemp(file: string): void {
	temps.add(file);
	if (installed) return;
	installed = true;
	for (const s of SIGNALS) process.on(s, onSignal);
	process.on('exit', removeAll);
}

/** The file was renamed into place or removed: no longer ours to clean up. */
export function releaseTemp(file: string): void {
	temps.delete(file);
}
