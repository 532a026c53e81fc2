import {beforeAll, describe, expect, it} from 'vitest';
import {compareRuns} from '../../src/compare/index.js';
import {buildReport} from '../../src/report/index.js';
import {openRun, type Opened} from '../fixtures/compare/scenarios.js';

let base: Opened;
let html: string;
beforeAll(() => {
	base = openRun('henan-2017.yaml');
	const tilt = openRun('henan-2017-town-tilt.yaml');
	html = buildReport({scenario: base.scenario, result: base.result, file: base.file, comparison: compareRuns(base, tilt), lang: 'both'});
});

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('the HTML report', () => {
	it('is one HTML document with its charts inline as SVG', () => {
		expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
		expect(html.trimEnd().endsWith('</html>')).toBe(true);
		// 2 province charts, 4 city charts, 1 comparison chart.
		expect(count(html, /<svg /g)).toBe(7);
		expect(count(html, /<\/svg>/g)).toBe(7);
		// ECharts drew bars and lines into them (paths), with the Chinese titles as text.
		expect(count(html, /<path /g)).toBeGreaterThan(100);
		expect(html).toContain('各市每年落户人数 Settlers per city and year');
		expect(html).toContain('户籍人口与常住人口城镇化率 Hukou and resident urbanisation');
	});

	it('needs nothing from the network: no script, no stylesheet link, no external URL', () => {
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<link/i);
		expect(html).not.toMatch(/@import/i);
		// url() only points inside the document (clip paths of the charts).
		expect(html.match(/url\([^)]*\)/g)?.every((u) => u.startsWith('url(#')) ?? true).toBe(true);
		expect(html).not.toMatch(/\bzr\d+-/);
		expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
		// The only URLs are the SVG namespace names, which are never fetched.
		const urls = (html.match(/https?:\/\/[^\s"'<>)]+/g) ?? []).filter((u) => !/^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink)$/.test(u));
		expect(urls).toEqual([]);
		expect(html).toContain("font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC'");
		expect(html).toContain('<meta charset="utf-8">');
	});

	it('has the targets, both evaluations, the city table, the inputs with their status, and the comparison', () => {
		for (const id of ['province', 'cities', 'evaluations', 'inputs', 'comparison']) expect(html).toContain(`<h2 id="${id}">`);
		expect(html).toContain('2020年户籍人口城镇化率37%以上 Hukou urbanisation at least 37% in 2020');
		expect(html).toContain('2018年中期评估 Mid-term evaluation 2018');
		expect(html).toContain('2020年总结评估 Final evaluation 2020');
		const passed2018 = base.result.evaluations.find((e) => e.year === 2018)!.rows.filter((r) => r.met).length;
		expect(html).toContain(`Mid-term evaluation 2018: ${passed2018}/18`);
		expect(html).toContain('<td class="id">willingness</td>');
		expect(html).toMatch(/<td class="estimate">estimate<\/td>/);
		expect(html).toMatch(/<td class="estimate">calibration<\/td>/);
		expect(html).toContain('townTilt');
		expect(count(html, /<table>/g)).toBeGreaterThanOrEqual(10);
	});

	it('has the allocation tables of every program, naming 中央财政农业转移人口市民化奖励资金, whose published figures add up to the pool', () => {
		expect(html).toContain('<h2 id="allocation">资金分配测算 Allocation tables</h2>');
		expect(html).toContain('中央财政农业转移人口市民化奖励资金');
		for (const p of base.result.programs) expect(html).toContain(`<h3 id="allocation-${p.id}">`);
		// The 2020 central reward pool is 30.92亿元 = 309,159 万元 (Henan's share of the national 350亿 by formula): the total row of its table.
		const block = html.slice(html.indexOf('<h3 id="allocation-centralReward">'), html.indexOf('<h3 id="allocation-provincialReward">'));
		expect(block).toContain('2020年因素法测算表 Factor-method table 2020');
		expect(block).toMatch(/<b>309,159<\/b>/);
	});

	it('is in Chinese only with --lang zh', () => {
		const zh = buildReport({scenario: base.scenario, result: base.result, file: base.file, lang: 'zh'});
		expect(zh).toContain('<html lang="zh-CN">');
		expect(zh).toContain('<h2 id="province">全省与规划目标</h2>');
		expect(zh).not.toContain('Settlers per city');
		expect(zh).not.toContain('<h2 id="comparison">');
		expect(count(zh, /<svg /g)).toBe(6);
	});

	it('gives the inputs in the unit of its language: 100M yuan with --lang en, 亿元 with --lang zh', () => {
		const en = buildReport({scenario: base.scenario, result: base.result, file: base.file, lang: 'en'});
		const inputs = (h: string) => h.slice(h.indexOf('<h2 id="inputs">'));
		expect(inputs(en)).toMatch(/500,000,000 \(5\.00 100M yuan\)/);
		expect(inputs(en)).not.toMatch(/\d \((?:[\d,.]+) (?:亿元|万人|公顷)\)/);
		const zh = buildReport({scenario: base.scenario, result: base.result, file: base.file, lang: 'zh'});
		expect(inputs(zh)).toMatch(/500,000,000 \(5\.00 亿元\)/);
	});

	it('is the same text for the same scenario (no clock, no random ids)', () => {
		const again = buildReport({scenario: base.scenario, result: base.result, file: base.file, lang: 'en'});
		expect(buildReport({scenario: base.scenario, result: base.result, file: base.file, lang: 'en'})).toBe(again);
	});
});
