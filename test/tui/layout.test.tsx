/** Every screen and overlay fits 80×24, 120×40 and 200×50, and wider terminals get more (issue 13). */
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {openAlternative} from '../../cli/tui/lib/alternative.js';
import {expectFits, FIXTURES, openApp, ROOT} from './helpers.js';

afterEach(() => cleanup());

const alt = openAlternative(path.join(ROOT, 'scenarios/henan-2017-town-tilt.yaml'));
const SIZES = [
	{columns: 80, rows: 24},
	{columns: 120, rows: 40},
	{columns: 200, rows: 50},
] as const;

describe('layout at three sizes', () => {
	for (const size of SIZES) {
		it(`${size.columns}×${size.rows}: every screen and overlay fits, lists say which rows they show`, async () => {
			if (typeof alt === 'string') throw new Error(alt);
			const app = openApp({alternative: alt, sweepDir: path.join(FIXTURES, 'sweep-oat'), initialLevers: new Map([['townTilt', 1.5]])}, size);
			await app.see('规划目标');
			expectFits(app.frame(), size);
			const checks: Array<[string[], RegExp | string]> = [
				[['2'], /rows 1–\d+ of 18/],
				[['3'], /rows 1–\d+ of \d+/],
				[['w'], /lines 1–\d+ of \d+/],
				[['\u001B', 'c'], '规模曲线 Scaling curve'],
				[['\u001B', '4'], /levers 1–\d+ of 17/],
				[['5'], /rows 1–\d+ of 18/],
				[['6'], 'tornado'],
				[['?'], /帮助 Help\s+lines 1–\d+ of \d+/],
				[['!'], 'Warnings at load: 0'],
			];
			for (const [keys, text] of checks) {
				await app.press(...keys);
				await app.see(text);
				expectFits(app.frame(), size);
				expect(app.lines().length).toBe(size.rows - 1);
			}
		});
	}

	it('wider terminals show more: bilingual labels, more city columns, whole lever names', async () => {
		const narrow = openApp({initialScreen: 'cities'}, SIZES[0]);
		await narrow.see('郑州');
		const cols = (frame: string) => Number(/cols \d+–(\d+)\/\d+/.exec(frame)?.[1] ?? 99);
		const n80 = cols(narrow.frame());
		cleanup();
		const wide = openApp({initialScreen: 'cities'}, SIZES[2]);
		await wide.see('郑州');
		expect(cols(wide.frame())).toBeGreaterThan(n80);
		cleanup();
		const levers = openApp({initialScreen: 'levers'}, SIZES[2]);
		await levers.see('政策杠杆 Levers');
		expect(levers.frame()).toContain('社保年限门槛(其他市) Insurance years required (other cities)');
		expect(levers.frame()).toContain('├');
		const longest = Math.max(...levers.lines().map((l) => stringWidth(l)));
		expect(longest).toBeGreaterThan(150);
	});
});
