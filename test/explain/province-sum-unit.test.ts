import {beforeAll, describe, expect, it} from 'vitest';
import {explain, type ExplainNode} from '../../src/explain/index.js';
import {explainTree} from '../../cli/views/explain-tree.js';
import {openRun, type Opened} from '../fixtures/compare/scenarios.js';

// A land official reads the province need behind Zhengzhou's grant in 公顷, as every other land figure of the
// tree, not as a bare number of m² (139329000).
let run: Opened;
beforeAll(() => {
	run = openRun('henan-2017.yaml');
});

const find = (node: ExplainNode, name: string): ExplainNode | undefined => (node.name === name ? node : node.children.map((c) => find(c, name)).find(Boolean));

describe('a province sum of one series', () => {
	it('has the measure of the series and is shown in its display unit', () => {
		const e = explain(run.scenario, run.result, {series: 'landQuotaGranted', unit: 'zhengzhou', year: 2018, depth: 1});
		const sum = find(e.tree, 'sum(landQuotaNeed)');
		expect(sum?.measure).toBe('m2');
		const line = explainTree(e, 'zh', '郑州').split('\n').find((l) => l.includes('sum(landQuotaNeed) · 2018)'))!;
		expect(line).toMatch(/= [\d,]+\.\d 公顷 \[\d+(\.\d+)?\]/);
	});
});
