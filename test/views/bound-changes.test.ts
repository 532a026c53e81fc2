import {describe, expect, it} from 'vitest';
import type {BoundChange} from '../../src/allocation/compare-bounds.js';
import {boundChangesText} from '../../cli/views/bound-changes.js';

// The floors and caps a comparison changes print their parameters as every changed parameter is printed
// (src/format/parameter-value.ts): as written, then in the unit people read. A land floor in m² must not read
// as a bare 10,000.0 with no unit, as it did when this line converted without naming the unit.
const change = (base: unknown, alt: unknown): BoundChange => ({program: 'landFund', name_zh: '用地奖励', name_en: 'land reward', bound: 'floor', base: 'minLand', alt: 'minLand', parameters: [{parameter: 'minLand', base, alt}], binds: [{year: 2018, units: ['kaifeng']}]});

describe('the floors and caps a comparison changes', () => {
	it('name a land parameter as written and in 公顷 (亩 with --land-unit mu), in the language asked for', () => {
		const m2 = () => 'm2' as const;
		expect(boundChangesText([change(5e7, 1e8)], new Map([['kaifeng', '开封']]), 'zh', m2)).toContain('(minLand 50,000,000 (5,000.0 公顷) → 100,000,000 (10,000.0 公顷))');
		expect(boundChangesText([change(5e7, 1e8)], new Map(), 'en', m2, {land: 'mu'})).toContain('(minLand 50,000,000 (75,000 mu) → 100,000,000 (150,000 mu))');
		expect(boundChangesText([change(5e7, 1e8)], new Map([['kaifeng', '开封']]), 'zh', m2)).toContain('2018: 触及 开封');
	});

	it('give a share in %, a dated map entry by entry and `none` for no bound', () => {
		const share = () => 'share' as const;
		expect(boundChangesText([change(1, 0.2)], new Map(), 'en', share)).toContain('(minLand 100.00% → 20.00%)');
		expect(boundChangesText([change({2017: 0.1, 2019: 0.2}, null)], new Map(), 'en', share)).toContain('(minLand 2017: 10.00%; 2019: 20.00% → none)');
	});
});
