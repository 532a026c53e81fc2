import {describe, expect, it} from 'vitest';
import {allocationTable} from '../../src/allocation/table.js';
import {allocationTableText} from '../../cli/views/allocation-table.js';
import {openRun} from '../fixtures/compare/scenarios.js';

// --lang en is for readers without Chinese: the only Chinese left is in the plan's clause numbers (§三(一))
// and a term given in brackets after its English (万元).
describe('the allocation table in English', () => {
	it('has no Chinese outside clause numbers and bracketed terms', () => {
		const {scenario, result} = openRun('henan-2017.yaml');
		const text = allocationTableText(allocationTable(scenario, result, 'centralReward', result.years.indexOf(2018)), 'en');
		const rest = text.replace(/§[一二三四五六七八九十()]+/g, '').replace(/\([\u4e00-\u9fff]+\)/g, '');
		expect(rest).not.toMatch(/[\u4e00-\u9fff]/);
		expect(text).toContain('Published in whole 10k yuan (万元) by largest remainder');
	});
});
