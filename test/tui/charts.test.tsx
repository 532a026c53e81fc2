/** Honest charts and levers like SyntheSim: signed tornado, display units in the sweep, sliders, gainers and losers. */
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {simulate} from '../../src/index.js';
import {showDelta} from '../../cli/tui/lib/format.js';
import {unitShifts} from '../../cli/tui/lib/gainers.js';
import {leverOverrides, leversFor} from '../../cli/tui/lib/levers.js';
import {slider} from '../../cli/tui/lib/slider.js';
import {signedTornado} from '../../cli/tui/lib/sweep-lines.js';
import {indexRows, readSweepFolder} from '../../cli/tui/lib/sweep-folder.js';
import {baseline, FIXTURES, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

describe('signed tornado', () => {
	it('draws each end on the side its effect goes', () => {
		// raising the input raises the outcome: low end (▓) left, high end (█) right
		expect(signedTornado(-2, 4, 4, 4)).toBe('  ▓▓│████');
		// raising it lowers the outcome: the high end is on the left now, and reads differently
		expect(signedTornado(4, -2, 4, 4)).toBe('  ██│▓▓▓▓');
		// both ends on one side: the smaller stays visible inside the larger
		expect(signedTornado(-4, -2, 4, 4)).toBe('▓▓██│    ');
		expect(signedTornado(0, 0, 0, 3)).toBe('   │   ');
	});
});

describe('slider', () => {
	it('marks the value now (●) and as loaded (○) on the range, ◉ when they coincide', () => {
		expect(slider(0.35, 0.35, 0.2, 0.6, 10)).toBe('├───◉────┤');
		expect(slider(0.6, 0.35, 0.2, 0.6, 10)).toBe('├───○───●┤');
		expect(slider(Infinity, 1e8, 0, 1e9, 7)).toBe('├○───●┤');
	});
});

describe('sweep screen in display units, with labels', () => {
	it('OAT: outcome named in both languages, changes in percentage points, inputs with their parameter’s name', async () => {
		const dir = path.join(FIXTURES, 'sweep-oat');
		const app = openApp({initialScreen: 'sweep', sweepDir: dir}, {columns: 120, rows: 40});
		await app.see('tornado');
		expect(app.frame()).toContain('hukouRate2020 2020年户籍人口城镇化率 Hukou urbanisation 2020');
		const f = await readSweepFolder(dir);
		const top = indexRows(f, f.policies[0]!, 'hukouRate2020').sort((a, b) => b['swing']! - a['swing']!)[0]!;
		expect(app.frame()).toContain(`${top.input} 年度落户实现率`);
		expect(app.frame()).toContain(showDelta(top['low']! - top['base']!, 'share'));
		expect(app.frame()).toMatch(/−\d+\.\d\dpt/);
	});
});

describe('levers: sliders, loaded against edited, gainers and losers', () => {
	it('a redistributing lever (town tilt) shows who gains and who loses in transfers, city by city', async () => {
		const levers = new Map([['townTilt', 1.5]]);
		const app = openApp({initialScreen: 'levers', initialLevers: levers}, {columns: 120, rows: 40});
		await app.see('谁得谁失 transfers Δ');
		const s = baseline();
		const edited = simulate(s, leverOverrides(s, levers));
		const base = simulate(s);
		const t = base.nYears - 1;
		const {gainers, losers} = unitShifts(edited, base, 'transfers', t);
		const province = (r: typeof base) => r.province['transfers']![t]!;
		// the province total does not move, the cities do
		expect(Math.abs(province(edited) - province(base))).toBeLessThan(1e-6 * province(base));
		const first = base.units[gainers[0]!.u]!;
		const worst = base.units[losers[0]!.u]!;
		expect(app.frame()).toMatch(new RegExp(`${first.name_zh} ${first.name_en}\\s+\\${showDelta(gainers[0]!.delta, 'yuan')}▲`));
		expect(app.frame()).toMatch(new RegExp(`${worst.name_zh} ${worst.name_en}\\s+${showDelta(losers[0]!.delta, 'yuan')}▼`));
		// loaded (○) and edited (●) over the years, on one scale that is printed
		expect(app.frame()).toMatch(/户籍率( Hukou rate)? ○ loaded\s+\S+ 0…/);
		expect(app.frame()).toMatch(/● edited\s+\S+ 0…/);
		// the selected lever's slider with the loaded value marked
		await app.press('g', ...'j'.repeat(leversFor(baseline()).findIndex((l) => l.id === 'townTilt')).split(''));
		await app.see(/县城小城镇倾斜系数 1 ├─*○─*●─*┤ 2\s+● 1\.5\s+○ 1\.2/); // the plausible range 1–2 of the parameter
		await app.press(KEY.esc);
	});
});
