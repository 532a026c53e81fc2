import {beforeAll, describe, expect, it} from 'vitest';
import {compareRuns} from '../../src/compare/index.js';
import {compareTable} from '../../cli/views/compare-table.js';
import {openRun, type Opened} from '../fixtures/compare/scenarios.js';

// The changed-parameters table is read by land and finance officials: a value is shown in the unit of the
// parameter's measure (公顷, 亿元, %), as every other figure of the comparison, not as bare stored m², yuan or
// fraction; the number as the scenario writes it leads (the one a planner edits), the unit column is the
// scenario's own unit of that number, as in the report (src/format/parameter-value.ts).
let base: Opened;
beforeAll(() => {
	base = openRun('henan-2017.yaml');
});

const row = (table: string, id: string) => table.split('\n').find((line) => line.startsWith(`${id} `)) ?? '';

describe('changed parameters in display units', () => {
	it('shows the provincial land cap in 公顷 (or 亩 with --land-unit mu), not in m²', () => {
		const c = compareRuns(base, openRun('henan-2017-land-cap.yaml'));
		expect(c.changedParameters.find((p) => p.parameter === 'landProvincialCap')?.measure).toBe('m2');
		const zh = row(compareTable(c, {lang: 'zh'}), 'landProvincialCap');
		expect(zh).toMatch(/none\s+100,000,000 \(10,000\.0 公顷\)\s+m² per year\s+user/);
		expect(zh).not.toContain('100000000');
		expect(row(compareTable(c, {lang: 'en', land: 'mu'}), 'landProvincialCap')).toMatch(/none\s+100,000,000 \(150,000 mu\)\s+m² per year/);
	});

	it('shows shares in % and keeps a plain coefficient as written', () => {
		const t = compareTable(compareRuns(base, openRun('henan-2017-town-tilt.yaml')), {lang: 'zh'});
		expect(row(t, 'rewardCapShare')).toMatch(/100\.00%\s+20\.00%\s+share of the pool/);
		expect(row(t, 'townTilt')).toMatch(/1\.2\s+2\s+coefficient/);
		// A year is a plain number: 2020, not 2,020.
		expect(row(compareTable(compareRuns(base, openRun('henan-2017-to-2030.yaml')), {lang: 'en'}), 'years.end')).toMatch(/^years\.end\s+2020\s+2030\s*$/);
	});

	it('gives a change of a rate in 百分点 (points in English), as the plan writes its targets', () => {
		const c = compareRuns(base, openRun('../test/fixtures/compare/willingness-40.yaml'));
		const rate = (t: string) => t.split('\n').find((l) => /^(户籍人口城镇化率|hukou urbanisation rate) /.test(l)) ?? '';
		expect(rate(compareTable(c, {lang: 'both'}))).toMatch(/\+0\.\d\d 百分点/);
		expect(rate(compareTable(c, {lang: 'zh'}))).toMatch(/\+0\.\d\d 百分点/);
		// The cells say what the row's heading says, (Δ points), as the report does.
		expect(rate(compareTable(c, {lang: 'en'}))).toMatch(/\(Δ points\)\s+0\s+\+0\.\d\d points/);
		expect(rate(compareTable(c, {lang: 'zh'}))).not.toContain('points');
	});
});
