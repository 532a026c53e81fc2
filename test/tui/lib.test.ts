import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {bar, histogram, intervalBar, sparkline, tornado} from '../../cli/tui/lib/charts.js';
import {fit, truncate} from '../../cli/tui/lib/text.js';
import {yearWindow} from '../../cli/tui/lib/screen-props.js';
import {mark, showDelta} from '../../cli/tui/lib/format.js';
import {LEVER_CATALOGUE, leversFor, stepLever} from '../../cli/tui/lib/levers.js';
import {parseLeverInput} from '../../cli/tui/lib/parse-lever.js';
import {checkLever, leverRange} from '../../cli/tui/lib/lever-range.js';
import {baseline} from './helpers.js';

const lever = (id: string) => LEVER_CATALOGUE.find((l) => l.id === id)!;

describe('text fitting with wide characters', () => {
	it('truncates by display columns and pads to exactly the width', () => {
		expect(truncate('平顶山 Pingdingshan', 8)).toBe('平顶山 …');
		expect(stringWidth(truncate('平顶山 Pingdingshan', 8))).toBeLessThanOrEqual(8);
		expect(truncate('平顶山', 5)).toBe('平顶…');
		for (const w of [1, 2, 3, 7, 12, 30]) {
			expect(stringWidth(fit('驻马店 Zhumadian', w))).toBe(w);
			expect(stringWidth(fit('驻马店 Zhumadian', w, 'right'))).toBe(w);
		}
		expect(fit('12', 5, 'right')).toBe('   12');
	});
});

describe('text charts', () => {
	it('sparkline maps zero to ▁ and the largest to █ (a shared or zero-based scale, never the series’ own range)', () => {
		expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
		// 7.33 → 7.33 is flat at the top, and a 12% fall is a small step, not the full height
		expect(sparkline([7.33, 7.33, 7.33])).toBe('███');
		expect(sparkline([100, 88])).toBe('█▇');
		// a shared scale: the smaller series draws lower
		expect(sparkline([1, 2], 0, {lo: 0, hi: 4})).toBe('▃▅');
		expect(sparkline([-2, 2])).toBe('▁█');
		// flat to rounding is flat
		expect(sparkline([2e9, 2e9 - 1e-6, 2e9, 2e9 + 1e-6])).toBe('████');
		expect(sparkline([0, 0])).toBe('▁▁');
		expect(sparkline([0, 5, 10], 1)).toBe('▅█');
	});
	it('bars are always their width, in eighths', () => {
		expect(bar(1, 1, 4)).toBe('████');
		expect(bar(0.5, 1, 4)).toBe('██  ');
		expect(bar(1 / 16, 1, 4)).toBe('▎   '); // 2 of 32 eighths
		expect(bar(5, 0, 3)).toBe('   ');
	});
	it('tornado bars grow left for a fall and right for a rise', () => {
		expect(tornado(-2, 1, 2, 4)).toBe('████│██  ');
		expect(tornado(0, 0, 1, 2)).toBe('  │  ');
	});
	it('interval bars: sure part, estimate, interval', () => {
		expect(intervalBar(0.5, 0.2, 1, 10)).toBe('███▓▓──   ');
	});
	it('histogram counts every finite value once', () => {
		const h = histogram([0, 1, 2, 3, 4, NaN], 2);
		expect(h.counts).toEqual([2, 3]);
		expect([h.min, h.max]).toEqual([0, 4]);
	});
});

describe('year window and deltas', () => {
	it('keeps the selected year, as late as possible', () => {
		expect(yearWindow(5, 4, 3)).toEqual([2, 3, 4]);
		expect(yearWindow(5, 0, 3)).toEqual([0, 1, 2]);
		expect(yearWindow(5, 2, 9)).toEqual([0, 1, 2, 3, 4]);
		expect(yearWindow(15, 7, 4)).toEqual([7, 8, 9, 10]);
	});
	it('shows signed changes, percentage points for shares, 0 below the digits shown', () => {
		expect(showDelta(0.0031, 'share')).toBe('+0.31pt');
		expect(showDelta(-2e8, 'yuan')).toBe('−2.00');
		expect(showDelta(1e-7, 'yuan')).toBe('0');
		expect(mark(2, 1)).toBe('▲');
		expect(mark(1, 2)).toBe('▼');
		expect(mark(1, 1 + 1e-12)).toBe(' ');
	});
});

describe('levers', () => {
	it('offers the main levers of the baseline with their loaded values', () => {
		const ids = leversFor(baseline()).map((l) => l.id);
		for (const id of ['socialInsuranceYears', 'socialInsuranceYears@zhengzhou', 'willingness', 'takeUp', 'townTilt', 'rewardWeightSettlers', 'infraSubsidyMinSettlers', 'landTier0', 'landProvincialCap']) expect(ids).toContain(id);
	});
	it('steps within the range; a cap goes from none to a number and back past its maximum', () => {
		expect(stepLever(lever('willingness'), 0.35, 1)).toBeCloseTo(0.36, 12);
		expect(stepLever(lever('willingness'), 1, 1)).toBe(1);
		expect(stepLever(lever('willingness'), 0, -1)).toBe(0);
		const cap = lever('landProvincialCap');
		expect(stepLever(cap, Infinity, -1)).toBe(1e8);
		expect(stepLever(cap, 1e10, 1)).toBe(Infinity);
	});
	it('reads typed values in the unit shown', () => {
		expect(parseLeverInput(lever('willingness'), '40%')).toEqual({ok: true, value: 0.4});
		expect(parseLeverInput(lever('willingness'), '0.4')).toEqual({ok: true, value: 0.4});
		expect(parseLeverInput(lever('provincialRewardPool'), '6')).toEqual({ok: true, value: 6e8}); // 亿元
		expect(parseLeverInput(lever('infraSubsidyMinSettlers'), '3')).toEqual({ok: true, value: 30000}); // 万人
		expect(parseLeverInput(lever('landProvincialCap'), 'none')).toEqual({ok: true, value: Infinity});
		expect(parseLeverInput(lever('townTilt'), 'none').ok).toBe(false);
		expect(parseLeverInput(lever('townTilt'), 'abc').ok).toBe(false);
		expect(parseLeverInput(lever('willingness'), '2')).toEqual({ok: true, value: 2}); // the range is checked next
	});
	it('checks a value against the parameter’s allowed range (refused) and plausible range (warned), as validate does', () => {
		const s = baseline();
		const def = s.parameterInfo.get('willingness')!.def!;
		expect(checkLever(s, lever('willingness'), 2)).toEqual({ok: false, message: `willingness must be between ${def.min} and ${def.max} (got 2)`});
		expect(checkLever(s, lever('willingness'), 0.4)).toEqual({ok: true});
		const warned = checkLever(s, lever('willingness'), def.plausible![1] + 0.05);
		expect(warned.ok && warned.warning).toMatch(/outside the plausible range 20\.00%–60\.00% \(settlement\.willingness\)/);
		// the land cap takes none; a tier is no parameter and keeps its lever's declared range
		expect(checkLever(s, lever('landProvincialCap'), Infinity)).toEqual({ok: true});
		expect(checkLever(s, lever('landTier0'), 400).ok).toBe(false);
		expect(leverRange(s, lever('landTier0')).source).toBe('land tier lever');
	});
});

describe('colours', () => {
	it('writes escape codes only in a terminal, and no colour under NO_COLOR (inverse and bold stay)', async () => {
		const {enableAnsi, styled} = await import('../../cli/tui/lib/theme.js');
		expect(styled('✗', {role: 'bad', bold: true})).toBe('✗');
		enableAnsi(true);
		const saved = process.env['NO_COLOR'];
		try {
			delete process.env['NO_COLOR'];
			expect(styled('✗', {role: 'bad', bold: true})).toBe('\x1b[1;31m✗\x1b[0m');
			process.env['NO_COLOR'] = '1';
			expect(styled('✗', {role: 'bad', bold: true})).toBe('\x1b[1m✗\x1b[0m');
			expect(styled('郑州', {inverse: true, role: 'accent'})).toBe('\x1b[7m郑州\x1b[0m');
			expect(styled('plain', {role: 'good'})).toBe('plain');
		} finally {
			enableAnsi(false);
			if (saved === undefined) delete process.env['NO_COLOR'];
			else process.env['NO_COLOR'] = saved;
		}
	});
});

describe('text from a scenario', () => {
	it('never reaches the terminal raw: control characters are shown as escapes', async () => {
		const {safe} = await import('../../cli/tui/lib/safe-text.js');
		expect(safe('郑州\u001b[2J\u0007x')).toBe('郑州\\u001b[2J\\u0007x');
		expect(safe('a\tb\nc')).toBe('a\\u0009b\\u000ac');
		expect(safe('郑州\u202e州郑\u2066')).toBe('郑州\\u202e州郑\\u2066');
		const s = baseline();
		const evil = {...s, name: {zh: '基线\u001b]0;pwned\u0007', en: 'x\u001b[2J'}};
		const {render} = await import('ink-testing-library');
		const React = await import('react');
		const {App} = await import('../../cli/tui/app.js');
		const r = render(React.createElement(App, {scenario: evil, size: {columns: 100, rows: 30}}));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(r.lastFrame()).toContain('基线\\u001b]0;pwned\\u0007');
		expect(r.lastFrame()).not.toContain('\u001b]0;');
		r.unmount();
	});
});
