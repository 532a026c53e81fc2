import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {changeUnit, displayUnit, moneyUnit, M2_PER_MU} from '../../src/format/display-unit.js';
import {showTarget} from '../../src/format/target-unit.js';

describe('display units', () => {
	it('shows land in 公顷 by default, in 亩 or 万亩 on request (1 公顷 = 15 亩)', () => {
		expect(displayUnit('m2').zh).toBe('公顷');
		expect(10_000 / displayUnit('m2', {land: 'mu'}).divisor).toBeCloseTo(15, 12);
		expect(displayUnit('m2', {land: 'mu'}).zh).toBe('亩');
		// 1 万亩 = 10,000 亩 = 666.67 公顷.
		expect(displayUnit('m2', {land: '10k-mu'}).divisor / 1e4).toBeCloseTo(666.6667, 3);
		expect(displayUnit('m2', {land: '10k-mu'}).zh).toBe('万亩');
		// A quantity counted in 亩 (homestead land) converts too: 15 亩 = 1 公顷.
		expect(15 / displayUnit('mu', {land: 'ha'}).divisor).toBeCloseTo(1, 12);
		expect(M2_PER_MU * 15).toBeCloseTo(10_000, 9);
	});

	it('shows a change of a rate in 百分点, money in 亿元 or 万元', () => {
		expect(changeUnit('share').zh).toBe('百分点');
		expect(changeUnit('share').en).toBe('points');
		expect(changeUnit('yuan')).toEqual(displayUnit('yuan'));
		expect(showTarget(0.018, 'hukouRateAnnualGain', 'zh')).toBe('1.80 百分点');
		expect(showTarget(0.018, 'hukouRateAnnualGain', 'en')).toBe('1.80 points');
		expect(showTarget(0.3629, 'hukouUrbanizationRate')).toBe('36.29%');
		expect(showTarget(1_972_000, 'settledPerYear', 'zh')).toBe('197.20 万人');
		expect(moneyUnit(1.4e8).zh).toBe('亿元');
		expect(moneyUnit(3_000).zh).toBe('万元');
	});

	it('reaches the run table: --land-unit mu, targets in 百分点, 人均 says what it divides by', () => {
		const root = new URL('../../', import.meta.url).pathname;
		const r = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'run', '--land-unit', 'mu'], {cwd: root, encoding: 'utf8'});
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('挂钩用地需求 Land quota need (亩)');
		expect(r.stdout).toContain('[>= 2.00 百分点]');
		expect(r.stdout).toContain('人均(累计落户)');
		expect(r.stdout).toContain('Per settled since base');
		const bad = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'run', '--land-unit', 'acre'], {cwd: root, encoding: 'utf8'});
		expect(bad.status).toBe(2);
	});
});
