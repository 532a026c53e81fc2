import {describe, expect, it} from 'vitest';
import {Progress} from '../../src/runner/index.js';

function fakeStream(isTTY: boolean) {
	const writes: string[] = [];
	return {writes, stream: {isTTY, columns: 100, write: (s: string) => writes.push(s)}};
}

describe('progress', () => {
	it('redraws a TTY bar at most 10 times a second, with rate and ETA', () => {
		let t = 0;
		const {writes, stream} = fakeStream(true);
		const p = new Progress(1000, {stream, now: () => t});
		for (let done = 1; done <= 1000; done++) {
			t = done; // 1 ms per run: 1000 runs in 1 s
			p.update(done);
		}
		expect(writes.length).toBeLessThanOrEqual(11);
		expect(writes.at(-1)).toMatch(/\r\x1b\[2K\[#+\] 1000\/1000 runs 100\.0% 1000\/s ETA 0s/);
	});
	it('prints plain lines every few seconds when stderr is not a TTY', () => {
		let t = 0;
		const {writes, stream} = fakeStream(false);
		const p = new Progress(100, {stream, now: () => t, plainInterval: 5000});
		for (let done = 0; done < 100; done++) {
			t = done * 200;
			p.update(done);
		}
		p.finish(100);
		expect(writes.every((w) => w.endsWith('\n') && !w.includes('\x1b'))).toBe(true);
		expect(writes.length).toBeLessThanOrEqual(6);
		expect(writes.at(-1)).toMatch(/^100\/100 runs 100\.0%/);
	});
});
