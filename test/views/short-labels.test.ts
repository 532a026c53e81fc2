import {beforeAll, describe, expect, it} from 'vitest';
import {compareRuns} from '../../src/compare/index.js';
import {compareTable} from '../../cli/views/compare-table.js';
import {runSummary} from '../../cli/views/run-summary.js';
import {scaleTable} from '../../cli/views/scale-table.js';
import {shortLabel, SHORT_LABELS} from '../../cli/views/short-labels.js';
import {scaleCurve} from '../../src/scale/index.js';
import {openRun, type Opened} from '../fixtures/compare/scenarios.js';

// A column heads the same series with the same words in every terminal view (one table of short headings).
let base: Opened;
beforeAll(() => {
	base = openRun('henan-2017.yaml');
});

const headingRow = (text: string, first: string) => text.split('\n').find((l) => l.startsWith(first)) ?? '';

describe('short headings', () => {
	it('are the same in the run summary, the compare table and the scaling table', () => {
		const [zh, en] = SHORT_LABELS.get('landQuotaGranted')!;
		const run = headingRow(runSummary(base.scenario, base.result, {lang: 'en', file: 'scenarios/henan-2017.yaml'}), 'Unit ');
		const compare = headingRow(compareTable(compareRuns(base, openRun('henan-2017-land-cap.yaml')), {lang: 'en'}), 'Unit ');
		const luoyang = base.result.series['settled']![base.result.years.indexOf(2018) * base.result.nUnits + base.result.units.findIndex((u) => u.id === 'luoyang')]!;
		const curve = scaleCurve(base.scenario, {unit: 'luoyang', year: 2018, settled: [luoyang, 2 * luoyang]});
		const scale = scaleTable(curve, {lang: 'zh', file: 'x', chart: []});
		for (const row of [run, compare]) expect(row).toMatch(new RegExp(`Land need\\s+${en}\\s+Shortfall`));
		expect(headingRow(scale, '落户')).toMatch(new RegExp(`用地需求\\s+${zh}\\s+次年标准`));
	});

	it('fall back to the given label for a name the table does not know, also one that is a property of objects', () => {
		expect(shortLabel('constructor', '自定义', 'own series')).toEqual(['自定义', 'own series']);
		expect(shortLabel('__proto__', 'a', 'b')).toEqual(['a', 'b']);
		expect(shortLabel('fiscalGap', 'x', 'y')).toEqual(['财政缺口', 'Fiscal gap']);
	});
});
