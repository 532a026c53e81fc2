/** The report's navigation is derived from the sections it renders: no link to a section left out. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {compareRuns} from '../../src/compare/index.js';
import {openScenario, simulate} from '../../src/index.js';
import {buildReport} from '../../src/report/index.js';
import {openRun, scenarioPath} from '../fixtures/compare/scenarios.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-nav-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

const navTargets = (html: string) => [...(html.match(/<nav>.*?<\/nav>/s)?.[0] ?? '').matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** The baseline without its programs section (so no allocation table), its data files found from the copy. */
function withoutPrograms() {
	const text = fs.readFileSync(scenarioPath('henan-2017.yaml'), 'utf8');
	const cut = text.slice(0, text.indexOf('\nprograms:')) + text.slice(text.indexOf('\ntargets:'));
	const file = path.join(tmp, 'no-programs.yaml');
	fs.writeFileSync(file, cut.replaceAll(' data/', ` ${path.dirname(scenarioPath('henan-2017.yaml'))}/data/`));
	const scenario = openScenario(file);
	return {scenario, result: simulate(scenario), file};
}

describe('the report navigation', () => {
	it('links every section of the full report, each to an id of the page', () => {
		const base = openRun('henan-2017.yaml');
		const html = buildReport({scenario: base.scenario, result: base.result, file: base.file, comparison: compareRuns(base, openRun('henan-2017-town-tilt.yaml'))});
		expect(navTargets(html)).toEqual(['province', 'cities', 'allocation', 'evaluations', 'inputs', 'comparison']);
		const present = ids(html);
		for (const id of navTargets(html)) expect(present.has(id), id).toBe(true);
	});
	it('has no allocation link when no program is allocated (no dead link)', () => {
		const r = withoutPrograms();
		expect(r.result.programs).toEqual([]);
		const html = buildReport({...r, lang: 'en'});
		expect(html).not.toContain('id="allocation"');
		expect(navTargets(html)).toEqual(['province', 'cities', 'evaluations', 'inputs']);
		const present = ids(html);
		for (const id of navTargets(html)) expect(present.has(id), id).toBe(true);
	});
});
