import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {simulate} from '../../src/index.js';
import {show} from '../../cli/format/quantity.js';
import {baseline, expectFits, KEY, openApp} from './helpers.js';

afterEach(() => cleanup());

describe('city detail', () => {
	it('opens from the table with Enter and shows series, money and land sections', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await app.press(KEY.down, KEY.enter);
		await app.see('开封 Kaifeng  2020');
		const r = simulate(baseline());
		const settled = r.series['settled']![(r.nYears - 1) * r.nUnits + 1]!;
		expect(app.frame()).toContain(`${show(settled, 'persons')} 万人`);
		expectFits(app.frame());
		await app.press(']');
		await app.see('各项目份额 Share of each program');
		// the city's share of the provincial reward pool, in %
		const k = r.programs.findIndex((p) => p.id === 'provincialReward');
		const share = r.series['provincialReward']![(r.nYears - 1) * r.nUnits + 1]! / r.programs[k]!.pool[r.nYears - 1]!;
		expect(app.frame()).toContain(show(share, 'share'));
		await app.press(']');
		await app.see('宅基地退出与指标交易');
		expect(app.frame()).toContain('下达用地:保障房');
		await app.press('n');
		await app.see('洛阳 Luoyang');
		await app.press(KEY.esc);
		await app.see('各市 Units');
	});

	it('w explains the selected number with the calculation tree (src/explain)', async () => {
		const app = openApp({initialScreen: 'detail'});
		await app.see('郑州 Zhengzhou');
		await app.press('w');
		await app.see('为什么 Why');
		expect(app.frame()).toMatch(/当年落户人数.*郑州 Zhengzhou · 2020/);
		expect(app.frame()).toContain('运行结果 the run reports');
		expect(app.frame()).toContain('✓'); // the tree recomputes the run's value
		expectFits(app.frame());
		await app.press(KEY.esc);
		await app.see('时间序列 Time series');
	});

	it('w on a cell of the cities table explains that column for that city', async () => {
		const app = openApp({initialScreen: 'cities'});
		await app.see('郑州');
		await app.press(']', 'w');
		await app.see('为什么 Why');
		expect(app.frame()).toMatch(/转移支付合计.*郑州 Zhengzhou · 2020/);
	});

	it('c shows the city’s scaling curve with the current levers, the own settlement starred', async () => {
		const app = openApp({initialScreen: 'detail'});
		await app.see('郑州 Zhengzhou');
		await app.press('c');
		await app.see('规模曲线 Scaling curve · 郑州 Zhengzhou · 2020');
		const r = simulate(baseline());
		const own = r.series['settled']![(r.nYears - 1) * r.nUnits]!;
		expect(app.frame()).toContain(`${show(own, 'persons')} ★`);
		// the marginal (slope of the next interval) and the average (value ÷ settled) are told apart
		expect(app.frame()).toContain('Marginal, per additional settler (1× → 1.25× own)');
		expect(app.frame()).toContain('Average per settler at 1× (value ÷ settled)');
		expect(app.frame()).toMatch(/用地 80\.0 ㎡/); // Zhengzhou's 123号 tier
		expectFits(app.frame());
		await app.press(KEY.esc);
		await app.see('时间序列 Time series');
	});
});
