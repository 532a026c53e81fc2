/** The report's scaling-curve section (report --scale unit:year). */
import {describe, expect, it} from 'vitest';
import {openScenario, simulate} from '../../src/index.js';
import {buildReport} from '../../src/report/index.js';
import {ownSettlement, scaleCurve} from '../../src/scale/index.js';

const scenario = openScenario(new URL('../../scenarios/henan-2017.yaml', import.meta.url).pathname);

describe('report scaling section', () => {
	it('draws the curve as SVG with its breakpoints, and is linked from the navigation', () => {
		const own = ownSettlement(scenario, {unit: 'xuchang', year: 2019});
		const curve = scaleCurve(scenario, {unit: 'xuchang', year: 2019, settled: Array.from({length: 21}, (_, i) => (own * i) / 10)});
		const html = buildReport({scenario, result: simulate(scenario), file: 'scenarios/henan-2017.yaml', scaling: [curve], lang: 'en'});
		const section = html.slice(html.indexOf('<section id="scaling">'));
		expect(html).toContain('href="#scaling"');
		expect(section).toContain('Xuchang 2019');
		expect(section).toContain('<svg');
		expect(section).toContain('becomes eligible for Central budget investment subsidy');
		expect(section).toMatch(/land tier changed/);
	});
});
