/**
 * Keys sent faster than frames are drawn: several keys in one `stdin.write` (one chunk, as a fast
 * typist, a paste or tmux send-keys delivers them) must all count, in order (issue 13).
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {showLever} from '../../cli/tui/lib/format.js';
import {LEVER_CATALOGUE, leversFor} from '../../cli/tui/lib/levers.js';
import {baseline, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

const leverIndex = (id: string) => leversFor(baseline()).findIndex((l) => l.id === id);

/** One write of all the keys, then wait until the frame settles. */
async function burst(app: ReturnType<typeof openApp>, keys: string) {
	app.stdin.write(keys);
}

describe('bursts of keys', () => {
	it('ten ↓ in one chunk move ten rows in the cities table; ten j as well', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await burst(app, KEY.down.repeat(10));
		const u10 = baseline().unitInfo[10]!;
		await app.see(`› ${u10.name_zh} ${u10.name_en}`);
		await burst(app, 'kkkkk');
		const u5 = baseline().unitInfo[5]!;
		await app.see(`› ${u5.name_zh} ${u5.name_en}`);
		await burst(app, 'G');
		const last = baseline().unitInfo.at(-1)!;
		await app.see(`› ${last.name_zh} ${last.name_en}`);
		await app.see('rows 5–18 of 18 ↑');
		await burst(app, 'g');
		await app.see('rows 1–14 of 18 ↓');
	});

	it('five → on a lever in one chunk step it five times', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		await burst(app, `${KEY.down.repeat(leverIndex('willingness'))}${KEY.right.repeat(5)}`);
		await app.see(/落户意愿\s+40\.00%\s+35\.00%/);
		// u undoes one step at a time
		await burst(app, 'uu');
		await app.see(/落户意愿\s+38\.00%\s+35\.00%/);
	});

	it('a value typed and submitted in one chunk arrives whole (12000, not 1200)', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		const k = leverIndex('landProvincialCap');
		await burst(app, `${KEY.down.repeat(k)}e12000\r`);
		await app.see(`landProvincialCap = ${showLever(1.2e8, 'm2')}`);
		expect(app.frame()).toMatch(/› 全省挂钩.*\s12,000\.0 公顷\s+none/);
	});

	it('a search typed in one chunk filters by all of it', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await burst(app, '/Luo\r');
		await app.see('filter "Luo"');
		expect(app.frame()).toContain('2/18 shown');
		await burst(app, `${KEY.esc}`);
		await app.see('18/18 shown');
	});

	it('keys right after the one that opens a prompt go into the prompt, q included', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await burst(app, '/qx');
		await app.see('filter "qx"');
		expect(app.frame()).toContain('no unit matches');
	});

	it('every lever prompt shows what is typed at 80×24', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		const n = leversFor(baseline()).length;
		expect(n).toBe(LEVER_CATALOGUE.length);
		for (let i = 0; i < n; i++) {
			await burst(app, `e123456789`);
			await app.see(/: 123456789\s*$/m);
			// Esc and j in one chunk: Esc closes the prompt, j moves on (not Alt+j typed into it)
			await burst(app, `${KEY.esc}j`);
			await vi.waitFor(() => expect(app.frame()).not.toContain('123456789'));
		}
	});
});
