import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {simulate} from '../../src/index.js';
import {baseline, expectFits, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

const rowsOf = (frame: string) => frame.split('\n').filter((l) => /^\S+\s+[A-Z][a-z]+\s+[\d—]/.test(l) && !l.startsWith('各市'));

describe('cities table', () => {
	it('aligns Chinese and English names and the numbers (display width, not string length)', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		const rows = rowsOf(app.frame());
		expect(rows.length).toBeGreaterThan(10);
		// The English name starts at the same display column on every row, and so does the first number's end.
		const enStart = rows.map((l) => stringWidth(l.slice(0, l.search(/[A-Z]/))));
		expect(new Set(enStart).size).toBe(1);
		const firstNumberEnd = rows.map((l) => {
			const m = /\s(\d[\d,.]*)/.exec(l)!;
			return stringWidth(l.slice(0, m.index + m[0].length));
		});
		expect(new Set(firstNumberEnd).size).toBe(1);
		expectFits(app.frame());
	});

	it('sorts by the selected column, steps the year and filters by name', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		const result = simulate(baseline());
		const n = result.nUnits;
		const t = result.nYears - 1;
		const transfers = result.units.map((u, i) => ({u, v: result.series['transfers']![t * n + i]!}));
		const least = [...transfers].sort((a, b) => a.v - b.v)[0]!.u;
		await app.press(']', 's', 's'); // column 2 (transfers); s: largest first; s again: smallest first
		await app.see('转移支付 Transfers ↑');
		expect(rowsOf(app.frame())[0]).toContain(least.name_en);
		await app.press(KEY.left);
		await app.see('各市 Units 2019');
		await app.press('/');
		await app.see('search 搜索');
		await app.press('L', 'u', 'o', KEY.enter);
		await app.see('filter "Luo"');
		const names = rowsOf(app.frame()).map((l) => l.split(/\s+/)[1]);
		expect(names.sort()).toEqual(['Luohe', 'Luoyang']);
	});

	it('typing q in the search filters instead of quitting', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await app.press('/');
		await app.see('search 搜索');
		await app.press('q', 'x');
		await app.see('filter "qx"');
		expect(app.frame()).toContain('no unit matches');
		await app.press(KEY.esc);
		await app.see('18/18 shown');
	});

	it('marks every changed figure against the loaded scenario and shows the change in Δ mode', async () => {
		const app = openApp({initialScreen: 'cities', initialLevers: new Map([['willingness', 0.4]])});
		await app.see('郑州');
		expect(app.frame()).toMatch(/Zhengzhou\s+[\d.]+▲/);
		await app.press('d');
		await app.see('Δ against loaded');
		expect(app.frame()).toMatch(/Zhengzhou\s+\+[\d.]+/);
	});
});
