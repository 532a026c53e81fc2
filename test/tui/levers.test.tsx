import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {simulate} from '../../src/index.js';
import {show} from '../../cli/format/quantity.js';
import {baseline, expectFits, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

describe('levers panel', () => {
	it('steps a lever, re-runs at once and shows the change against the loaded scenario', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		await app.press(KEY.down, KEY.down, KEY.right); // willingness 0.35 → 0.36
		await app.see('● 1 lever');
		expect(app.frame()).toMatch(/落户意愿\s+36\.00%\s+35\.00%/);
		const edited = simulate(baseline(), [{parameter: 'willingness', value: 0.36}]);
		const rate = edited.province['hukouUrbanizationRate']![edited.nYears - 1]!;
		expect(app.frame()).toContain(`${show(rate, 'share')}▲`);
		expectFits(app.frame());
		await app.press('r');
		await app.see(/落户意愿\s+35\.00%/);
		expect(app.frame()).not.toMatch(/落户意愿\s+35\.00%\s+35\.00%/);
		expect(app.frame()).not.toContain('● 1 lever');
	});

	it('takes a typed value in the unit shown, refuses one out of range', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		await app.press(KEY.down, KEY.down, 'e');
		await app.see('落户意愿 Willingness to settle =');
		await app.press('4', '0', '%', KEY.enter);
		await app.see('willingness = 40.00%');
		await app.press('e');
		await app.see('Willingness to settle =');
		await app.press('1', '5', '0', '%', KEY.enter);
		await app.see('not changed: willingness must be between 0 and 1');
		expect(app.frame()).toMatch(/落户意愿\s+40\.00%/);
	});

	it('s saves the levers as a YAML overlay (atomically) that names the loaded file', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'tui-save-'));
		const out = path.join(dir, 'edited.yaml');
		const app = openApp({initialScreen: 'levers', initialLevers: new Map([['townTilt', 1.5]])});
		await app.see('政策杠杆 Levers');
		await app.press('s');
		await app.see('save overlay to');
		await app.press(KEY.ctrlU, ...out);
		await app.press(KEY.enter);
		await app.see('saved');
		expect(existsSync(out)).toBe(true);
		const text = readFileSync(out, 'utf8');
		expect(text).toContain('extends: ');
		expect(text).toContain('henan-2017.yaml');
		expect(text).toMatch(/townTilt:\n\s+status: user\n\s+note: edited in hukou-sim tui\n\s+values: 1\.5/);
	});
});
