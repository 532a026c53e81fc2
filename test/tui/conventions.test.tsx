/** The same keys in every list: j/k, g/G, Home/End, PgUp/PgDn; / finds and n goes to the next match. */
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {openAlternative} from '../../cli/tui/lib/alternative.js';
import {leversFor} from '../../cli/tui/lib/levers.js';
import {baseline, KEY, openApp, ROOT} from './helpers.js';

afterEach(() => cleanup());

const HOME = '\u001B[H';
const END = '\u001B[F';
const PGDN = '\u001B[6~';
const PGUP = '\u001B[5~';
const selectedLever = (frame: string) => frame.split('\n').find((l) => l.startsWith('› '));

describe('list keys', () => {
	it('levers: End/G last, Home/g first, PgDn a page, j/k one', async () => {
		const levers = leversFor(baseline());
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		for (const [keys, i] of [[END, levers.length - 1], [HOME, 0], ['G', levers.length - 1], ['g', 0], ['jj', 2], ['k', 1]] as const) {
			app.stdin.write(keys);
			await app.see(new RegExp(`^› ${[...levers[i]!.zh].slice(0, 5).join('').replace(/[()]/g, '.')}`, 'm'));
		}
		app.stdin.write(PGDN + PGDN);
		await app.see(/levers \d+–17 of 17 ↑/);
		app.stdin.write(PGUP + PGUP);
		await app.see(/levers 1–\d+ of 17/);
	});

	it('levers: / finds by name in either language, n the next match', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		await app.press('/');
		await app.see('find 查找');
		app.stdin.write('weight\r');
		await app.see(/^› 奖励权重:落户/m);
		await app.press('n');
		await app.see(/^› 奖励权重:居住证/m);
		await app.press('/');
		app.stdin.write(`${KEY.ctrlU}用地标准\r`);
		await app.see(/^› 用地标准:≤100/m);
		expect(selectedLever(app.frame())).toContain('100.0 ㎡');
	});

	it('compare: / finds a unit, n the next; End the last row', async () => {
		const alt = openAlternative(path.join(ROOT, 'scenarios/henan-2017-town-tilt.yaml'));
		if (typeof alt === 'string') throw new Error(alt);
		const app = openApp({initialScreen: 'compare', alternative: alt}, {columns: 120, rows: 40});
		await app.see('谁得谁失');
		await app.press('/');
		app.stdin.write('zh\r');
		await app.see('find "zh"');
		const marked = () => app.frame().split('\n').filter((l) => /Zh|郑州|驻马店/.test(l));
		expect(marked().length).toBeGreaterThan(0);
		await app.press(END);
		await app.see('rows 1–18 of 18');
	});

	it('why: PgDn and End scroll the tree, Home goes back to its top', async () => {
		const app = openApp({initialScreen: 'detail'});
		await app.see('郑州 Zhengzhou');
		await app.press('w');
		await app.see(/lines 1–\d+ of \d+ ↓/);
		await app.press(PGDN);
		await app.see(/lines (?!1–)\d+–\d+ of \d+ ↑ ↓/);
		await app.press('G');
		await app.see(/lines \d+–(\d+) of \1 ↑/);
		await app.press(HOME);
		await app.see(/lines 1–\d+ of \d+ ↓/);
		await app.press('/');
		app.stdin.write('takeUp\r');
		await app.see(/find "takeUp", n next/);
		expect(app.frame()).toContain('takeUp');
	});
});
