import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {compareRuns} from '../../src/compare/index.js';
import {buildReport} from '../../src/report/index.js';
import {openRun} from '../fixtures/compare/scenarios.js';
import {chineseFonts, dumpDom, findChromium, screenshot} from './chromium.js';

const browser = findChromium();
// Under CI the browser and the fonts are part of the toolchain (.ci/run installs chromium and fonts-noto-cjk):
// a missing one is a failure there, not a silent skip.
const inCi = process.env['CI'] === 'true';

describe('the report in headless Chromium', () => {
	if (inCi) {
		it('has chromium and a Chinese font installed (apt-get install -y chromium fonts-noto-cjk)', () => {
			expect(browser, 'chromium is not installed').toBeDefined();
			expect(chineseFonts().length, 'no font covers Chinese').toBeGreaterThan(0);
		});
	}
	const maybe = browser ? it : it.skip;
	let dir: string;
	let html: string;
	beforeAll(() => {
		if (!browser) return;
		dir = mkdtempSync(path.join(os.tmpdir(), 'hukou-report-'));
		html = path.join(dir, 'report.html');
		const base = openRun('henan-2017.yaml');
		const tilt = openRun('henan-2017-town-tilt.yaml');
		writeFileSync(html, buildReport({scenario: base.scenario, result: base.result, file: base.file, comparison: compareRuns(base, tilt)}));
	});
	afterAll(() => {
		if (dir) rmSync(dir, {recursive: true, force: true});
	});

	maybe(
		'opens offline and renders every chart and table',
		() => {
			const dom = dumpDom(browser!, html);
			expect(dom).toContain('<h2 id="province">');
			expect((dom.match(/<svg /g) ?? []).length).toBe(7);
			expect(dom).toContain('2020年总结评估 Final evaluation 2020');
		},
		60_000,
	);

	maybe(
		'gives a screenshot with drawn content',
		() => {
			const png = path.join(dir, 'report.png');
			screenshot(browser!, html, png, 1280, 2400);
			const bytes = readFileSync(png);
			expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
			expect(bytes.readUInt32BE(16)).toBe(1280);
			expect(bytes.readUInt32BE(20)).toBe(2400);
			// A blank page compresses to about 10 kB; charts, tables and CJK text make it far larger.
			expect(bytes.length).toBeGreaterThan(150_000);
		},
		60_000,
	);
});
