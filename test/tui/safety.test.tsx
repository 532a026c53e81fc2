/** Safety: warnings at load are visible, typed values are checked, files and edits are not lost without a yes. */
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {openScenario} from '../../src/index.js';
import {leversFor} from '../../cli/tui/lib/levers.js';
import {BASELINE, baseline, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'tui-safety-'));
const leverIndex = (id: string) => leversFor(baseline()).findIndex((l) => l.id === id);

describe('safety', () => {
	it('warnings found at load show as a banner and are listed under !', async () => {
		const dir = tmp();
		const file = path.join(dir, 'implausible.yaml');
		writeFileSync(file, `extends: ${JSON.stringify(BASELINE)}\nparameters:\n  settlement:\n    willingness: {values: 0.65, status: user}\n`);
		const scenario = openScenario(file);
		expect(scenario.warnings.some((w) => w.severity === 'warning')).toBe(true);
		const app = openApp({scenario});
		await app.see('⚠ 1 warning at load');
		expect(app.frame()).toContain('⚠1 !');
		await app.press('!');
		await app.see('Warnings at load: 1');
		expect(app.frame()).toMatch(/willingness = 0\.65 is outside the\s+plausible range/);
		expect(app.frame()).toContain('implausible.yaml:');
		await app.press(KEY.esc);
		await app.see('规划目标');
	});

	it('a typed value outside the allowed range is refused; outside the plausible range it asks first', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		await app.press(...'j'.repeat(leverIndex('willingness')).split(''), 'e', ...'150%', KEY.enter);
		await app.see('not changed: willingness must be between 0 and 1 (got 1.5)');
		await app.press('e', ...'70%', KEY.enter);
		await app.see('Apply anyway 仍要使用? y yes · n no — ⚠ willingness = 70.00% is outside');
		await app.press('n');
		await app.see('not changed');
		expect(app.frame()).not.toContain('● 1 lever');
		await app.press('e', ...'70%', KEY.enter, 'y');
		await app.see('● 1 lever');
		expect(app.frame()).toMatch(/落户意愿\s+70\.00%\s+35\.00%/);
	});

	it('stepping past the plausible range warns in the status line; past the allowed range it stops', async () => {
		const app = openApp({initialScreen: 'levers', initialLevers: new Map([['homesteadExitRate', 0.3]])});
		await app.see('政策杠杆 Levers');
		await app.press(...'j'.repeat(leverIndex('homesteadExitRate')).split(''), KEY.right);
		await app.see('⚠ homesteadExitRate = 31.00% is outside the plausible range 0.00%–30.00%');
		const app2 = openApp({initialScreen: 'levers', initialLevers: new Map([['willingness', 1]])});
		await app2.see('政策杠杆 Levers');
		await app2.press(...'j'.repeat(leverIndex('willingness')).split(''), KEY.right);
		expect(app2.frame()).toMatch(/落户意愿\s+100\.00%/);
	});

	it('s asks before overwriting a file, refuses a folder and the scenario’s own inputs', async () => {
		const dir = tmp();
		const out = path.join(dir, 'edited.yaml');
		writeFileSync(out, 'keep me\n');
		const app = openApp({initialScreen: 'levers', initialLevers: new Map([['townTilt', 1.5]])});
		await app.see('政策杠杆 Levers');
		await app.press('s', KEY.ctrlU, ...out, KEY.enter);
		await app.see('Overwrite 覆盖? y yes · n no');
		await app.press('n');
		await app.see('not saved');
		expect(readFileSync(out, 'utf8')).toBe('keep me\n');
		await app.press('s', KEY.ctrlU, ...dir, KEY.enter);
		await app.see('is a folder');
		await app.press('s', KEY.ctrlU, ...BASELINE, KEY.enter);
		await app.see('is an input of this scenario');
		await app.press('s', KEY.ctrlU, ...out, KEY.enter, 'y');
		await app.see('saved');
		expect(readFileSync(out, 'utf8')).toContain('townTilt');
	});

	it('q with unsaved edits asks; n stays, y quits; after saving q quits at once', async () => {
		let code: number | undefined;
		const app = openApp({initialScreen: 'levers', onQuit: (c) => (code = c)});
		await app.see('政策杠杆 Levers');
		await app.press(KEY.right, 'q');
		await app.see('Quit anyway 仍要退出? y quit · n stay · s save');
		await app.press('n');
		expect(code).toBeUndefined();
		const out = path.join(tmp(), 'saved.yaml');
		await app.press('q', 's');
		await app.see('save overlay to');
		await app.press(KEY.ctrlU, ...out, KEY.enter);
		await app.see('saved');
		expect(existsSync(out)).toBe(true);
		await app.press('q');
		expect(code).toBe(0);
	});

	it('Ctrl+C quits at once with status 130, even with unsaved edits or in a prompt', async () => {
		let code: number | undefined;
		const app = openApp({initialScreen: 'cities', initialLevers: new Map([['townTilt', 1.5]]), onQuit: (c) => (code = c)});
		await app.see('郑州');
		await app.press('/', '\u0003');
		expect(code).toBe(130);
	});

	it('u undoes lever changes one at a time, R included', async () => {
		const app = openApp({initialScreen: 'levers'});
		await app.see('政策杠杆 Levers');
		await app.press(...'j'.repeat(leverIndex('willingness')).split(''), KEY.right, KEY.right, 'R');
		await app.see(/落户意愿\s+35\.00% {11,}/);
		await app.press('u');
		await app.see(/落户意愿\s+37\.00%\s+35\.00%/);
		await app.press('u', 'u');
		await app.see(/落户意愿\s+35\.00% {11,}/);
		await app.press('u');
		await app.see('nothing to undo');
	});
});
