import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {expectFits, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

describe('app: screens, help and quit', () => {
	it('1–6 and Tab switch screens; the footer shows the keys of each', async () => {
		const app = openApp();
		await app.see('↑↓ scroll');
		await app.press('4');
		await app.see('s save');
		await app.press(KEY.tab);
		await app.see('o open file');
		await app.press(KEY.tab);
		await app.see('d discover');
		await app.press(KEY.tab);
		await app.see('规划目标');
	});

	it('? shows the help over any screen; Esc closes it', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await app.press('?');
		await app.see('帮助 Help');
		expect(app.frame()).toContain('NO_COLOR');
		expectFits(app.frame());
		await app.press(KEY.esc);
		await app.see('郑州');
	});

	it('q quits from any screen', async () => {
		for (const screen of ['overview', 'detail', 'levers', 'sweep'] as const) {
			let quit = 0;
			const app = openApp({initialScreen: screen, onQuit: () => quit++});
			await app.see('1-6');
			await app.press('q');
			await expect.poll(() => quit).toBe(1);
			// after exit the app no longer reacts to keys
			await app.press('?');
			expect(app.frame()).not.toContain('帮助 Help');
			cleanup();
		}
	});

	it('says when the terminal is smaller than 80×24', async () => {
		const app = openApp({}, {columns: 70, rows: 20});
		await app.see('the layout needs at least 80×24');
	});
});
