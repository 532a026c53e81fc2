import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {bar, histogram, intervalBar, sparkline, tornado} from '../../cli/tui/lib/charts.js';
import {fit, truncate} from '../../cli/tui/lib/text.js';
import {yearWindow} from '../../cli/tui/lib/screen-props.js';
import {mark, showDelta} from '../../cli/tui/lib/format.js';
import {LEVER_CATALOGUE, leversFor, stepLever} from '../../cli/tui/lib/levers.js';
import {parseLeverInput} from '../../cli/tui/lib/parse-lever.js';
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
	it('sparkline maps min to ▁ and max to █', () => {
		expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
		// flat to rounding is flat
		expect(sparkline([2e9, 2e9 - 1e-6, 2e9, 2e9 + 1e-6])).toBe('▄▄▄▄');
		expect(sparkline([2, 2])).toBe('▄▄');
		expect(sparkline([0, 5, 10], 1)).toBe('▁█');
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
		expect(parseLeverInput(lever('willingness'), '2').ok).toBe(false);
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
