/**
 * Progress on stderr (TOOLCHAIN §8: data on stdout, progress on stderr): a bar with rate and ETA
 * redrawn at most 10 times a second when stderr is a terminal, otherwise a plain line every few
 * seconds (CI logs, redirected output).
 */

export interface ProgressStream {
	write(s: string): unknown;
	isTTY?: boolean;
	columns?: number;
}

export interface ProgressOptions {
	stream?: ProgressStream;
	label?: string;
	/** Milliseconds between plain lines when the stream is not a TTY. */
	plainInterval?: number;
	now?: () => number;
}

function duration(s: number): string {
	if (!Number.isFinite(s)) return '?';
	if (s < 60) return `${s.toFixed(0)}s`;
	if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
	return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
	private readonly stream: ProgressStream;
	private readonly tty: boolean;
	private readonly t0: number;
	private last = -Infinity;
	private lastDone = -1;
	private readonly now: () => number;

	constructor(
		private readonly total: number,
		private readonly options: ProgressOptions = {},
	) {
		this.stream = options.stream ?? process.stderr;
		this.tty = this.stream.isTTY === true;
		this.now = options.now ?? (() => performance.now());
		this.t0 = this.now();
	}

	/** Report `done` of `total` runs (call as often as you like; output is throttled). */
	update(done: number, failed = 0): void {
		const t = this.now();
		const interval = this.tty ? 100 : (this.options.plainInterval ?? 5000);
		if (done === this.lastDone || (t - this.last < interval && done < this.total)) return;
		this.last = t;
		this.lastDone = done;
		this.stream.write(this.line(done, failed, t));
	}

	line(done: number, failed: number, t = this.now()): string {
		const secs = (t - this.t0) / 1000;
		const rate = secs > 0 ? done / secs : 0;
		const eta = rate > 0 ? (this.total - done) / rate : Number.NaN;
		const pct = this.total > 0 ? (100 * done) / this.total : 100;
		const label = this.options.label ? `${this.options.label} ` : '';
		const stats = `${done}/${this.total} runs ${pct.toFixed(1)}% ${Math.round(rate)}/s ETA ${duration(eta)}${failed ? ` failed ${failed}` : ''}`;
		if (!this.tty) return `${label}${stats}\n`;
		const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - stats.length - label.length - 4));
		const fill = Math.round((width * pct) / 100);
		return `\r\x1b[2K${label}[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${stats}`;
	}

	finish(done: number, failed = 0): void {
		if (done !== this.lastDone) {
			this.last = -Infinity;
			this.update(done, failed);
		}
		if (this.tty) this.stream.write('\n');
	}
}
