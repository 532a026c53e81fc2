import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {simulate} from '../../src/index.js';
import {baseline, expectFits, openApp, KEY} from './helpers.js';
import {dataQuality} from '../../cli/views/data-quality.js';

afterEach(() => cleanup());

describe('overview screen', () => {
	it('shows each target of the plan with pass/fail marks, the evaluations and the data-quality line', async () => {
		const app = openApp();
		await app.see('规划目标 Targets');
		const frame = app.frame();
		const result = simulate(baseline());
		// §一(三): the baseline misses the 37% target in 2020 (36.29%), shown with ✗.
		const r2020 = result.targets.find((t) => t.id === 'hukouRate2020')!;
		expect(frame).toContain(`${(r2020.value * 100).toFixed(2)}%✗`);
		expect(frame).toMatch(/✗ 户籍城镇化率≥37\.00%/);
		for (const e of result.evaluations) expect(frame).toContain(`${e.rows.filter((r) => r.met).length}/${e.rows.length} units on track`);
		const q = dataQuality(baseline());
		expect(frame).toContain(`${q.estimates}/${q.total} inputs are estimates`);
		expect(frame).toContain('29.61%'); // hukou urbanisation 2016 (base year data × the calibrated urbanHukouScale)
		expectFits(frame);
	});

	it('scrolls with ↓ at 80×24 without growing', async () => {
		const app = openApp();
		await app.see('数据质量');
		await app.press(KEY.down, KEY.down, KEY.down);
		expectFits(app.frame());
		// 21 lines in 20 rows: one step down shows the last province row and hides the name.
		expect(app.frame()).not.toContain('Henan settlement plan');
		expect(app.frame()).toContain('用地下达 Granted');
	});

	it('lays out at 160×48 with both languages', async () => {
		const app = openApp({}, {columns: 160, rows: 48});
		await app.see('Overview');
		expect(app.frame()).toContain('总览 Overview');
		expectFits(app.frame(), {columns: 160, rows: 48});
	});
});
