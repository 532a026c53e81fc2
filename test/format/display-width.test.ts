import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../cli/format/display-width.js';

describe('displayWidth', () => {
	it('agrees with string-width on every character of its narrow fast path, and on wide and zero-width ones', () => {
		const ranges: Array<[number, number]> = [[0x20, 0x7e], [0xa0, 0x2ff], [0x370, 0x3ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x22ff]];
		for (const [lo, hi] of ranges) {
			for (let c = lo; c <= hi; c++) {
				const ch = String.fromCodePoint(c);
				expect([c, displayWidth(ch)]).toEqual([c, stringWidth(ch)]);
			}
		}
		for (const text of ['郑州 Zhengzhou', '户籍城镇化率 ± 0.2', '\u00ad', 'e\u0301', 'a\u200bb', '2017–2020 × Σ']) expect(displayWidth(text)).toBe(stringWidth(text));
	});
});
