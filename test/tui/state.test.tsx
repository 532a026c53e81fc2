/** One application state: switching screens and closing overlays leaves everything where it was (issue 13). */
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {App} from '../../cli/tui/app.js';
import {baseline, KEY, openApp, ROOT} from './helpers.js';

afterEach(() => cleanup());

const TILT = path.join(ROOT, 'scenarios/henan-2017-town-tilt.yaml');

describe('state kept across screens and overlays', () => {
	it('the cities sort, filter, column and row survive a trip to other screens', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await app.press(']', 's');
		await app.see('转移支付 Transfers ↓');
		await app.press('/', 'a', 'n', KEY.enter);
		await app.see('filter "an"');
		await app.press('j');
		const before = app.lines().find((l) => l.startsWith('rows '))!;
		await app.press('4', '1', '6', '2');
		await app.see('filter "an"');
		expect(app.frame()).toContain('转移支付 Transfers ↓');
		expect(app.lines().find((l) => l.startsWith('rows '))).toBe(before);
	});

	it('Esc after w returns to the same detail section and row, and the why explains that row', async () => {
		const app = openApp({initialScreen: 'detail'});
		await app.see('郑州 Zhengzhou');
		await app.press(']', KEY.down, KEY.down);
		const row = app.lines().find((l) => l.startsWith('rows '))!;
		expect(row).toMatch(/› /);
		await app.press('w');
		await app.see('为什么 Why');
		await app.press(KEY.esc);
		await app.see('资金 Money');
		expect(app.lines().find((l) => l.startsWith('rows '))).toBe(row);
		// closing and opening again explains the same number
		await app.press('w');
		await app.see('为什么 Why');
		const title = app.lines()[2];
		await app.press(KEY.esc, 'w');
		await app.see('为什么 Why');
		expect(app.lines()[2]).toBe(title);
	});

	it('the compare file opened with o is still open after switching screens', async () => {
		const app = openApp({initialScreen: 'compare'});
		await app.see('No alternative yet');
		await app.press('o', KEY.ctrlU, ...TILT, KEY.enter);
		await app.see('谁得谁失');
		await app.press('1', '4', KEY.tab);
		await app.see('谁得谁失');
	});

	it('the lever cursor and the year stay where they were', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		await app.press('j', 'j', 'j');
		const selected = app.lines().find((l) => l.includes('› '))!;
		await app.press('2', KEY.left, '4');
		await app.see('效果 Effect 2019');
		expect(app.lines().find((l) => l.includes('› '))).toBe(selected);
	});

	it('a resize keeps everything where it was', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await app.press('j', 'j', 'd');
		await app.see('Δ against loaded');
		const selected = (f: string) => /› \S+ [A-Za-z]+/.exec(f)?.[0];
		const before = selected(app.frame());
		app.rerender(<App scenario={baseline()} size={{columns: 200, rows: 50}} initialScreen="cities" />);
		await app.see('Δ against loaded');
		expect(selected(app.frame())).toBe(before);
		expect(app.frame()).toContain('各市 Cities'); // the wide tab bar
	});

	it('help and warnings stack over a screen; Esc closes the top one only', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await app.press('?', '!');
		await app.see('Warnings at load');
		await app.press(KEY.esc);
		await app.see('帮助 Help');
		await app.press(KEY.esc);
		await app.see('各市 Units');
		expect(baseline().unitInfo.length).toBe(18);
	});
});
