/**
 * User models: a standalone scenario with no unit table and no built-in models (the Ishigami
 * function, shipped as scenarios/examples/ishigami.yaml) sweeps to its closed-form Sobol' indices;
 * a scenario's own series (the 住房公积金 example) runs, aggregates and explains like a built-in one;
 * its mistakes are located.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {sweepConfig} from '../../cli/sweep/config.js';
import {runSweep} from '../../cli/sweep/run-sweep.js';
import {explain} from '../../src/explain/index.js';
import {loadScenario, compileScenario, openScenario, ScenarioError, simulate} from '../../src/index.js';
import {compileKernel} from '../../src/model/codegen.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hukou-user-models-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

/** Ishigami (a = 7, b = 0.1): closed-form first-order and total indices (Sobol' & Levitan 1999). */
const A = 7;
const B = 0.1;
const V = A ** 2 / 8 + (B * Math.PI ** 4) / 5 + (B ** 2 * Math.PI ** 8) / 18 + 0.5;
const V1 = 0.5 * (1 + (B * Math.PI ** 4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = (B ** 2 * Math.PI ** 8 * 8) / 225;
const S1 = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];

/** A scenario compiled from text, as if it were the file inline.yaml of `dir`. */
function compileText(text: string, dir = path.resolve('scenarios/examples'), options?: Parameters<typeof compileScenario>[1]) {
	const file = path.join(dir, 'inline.yaml');
	return compileScenario(loadScenario(file, (f) => (f === file ? text : fs.readFileSync(f, 'utf8'))), options);
}

describe('a standalone scenario: the Ishigami function', () => {
	it('validates with no unit table and runs its outcome', () => {
		const s = openScenario(path.resolve('scenarios/examples/ishigami.yaml'));
		expect(s.units.ids).toEqual([]);
		const r = simulate(s, [{parameter: 'x1', value: 1}, {parameter: 'x2', value: 2}, {parameter: 'x3', value: 3}]);
		expect(s.outcomes[0]!.evaluate(r)).toBeCloseTo(Math.sin(1) + 7 * Math.sin(2) ** 2 + 0.1 * 3 ** 4 * Math.sin(1), 12);
	});

	it('sweeps to the closed-form Sobol indices', async () => {
		const out = path.join(tmp, 'ishigami');
		const r = await runSweep(sweepConfig({scenario: path.resolve('scenarios/examples/ishigami.yaml'), sampler: 'saltelli', n: 4096, workers: 0, out, format: 'json'}));
		type Indices = Record<'S1' | 'S1_conf' | 'ST' | 'ST_conf', Record<string, number>>;
		const y = (JSON.parse(r.stdout) as {outcomes: Record<string, Indices>}).outcomes['y']!;
		['x1', 'x2', 'x3'].forEach((x, k) => {
			expect(Math.abs(y.S1[x]! - S1[k]!)).toBeLessThan(y.S1_conf[x]!);
			expect(Math.abs(y.ST[x]! - ST[k]!)).toBeLessThan(y.ST_conf[x]!);
			expect(Math.abs(y.S1[x]! - S1[k]!)).toBeLessThan(0.03);
		});
	});

	it('refuses built-in parameters without a unit table, and says where', () => {
		expect(() => compileText('name: {zh: a, en: a}\nparameters:\n  settlement:\n    willingness: 0.3\n')).toThrow(ScenarioError);
		try {
			compileText('name: {zh: a, en: a}\nparameters:\n  settlement:\n    willingness: 0.3\n');
		} catch (error) {
			const ds = (error as ScenarioError).diagnostics;
			expect(ds.find((d) => d.path === 'parameters.settlement')!.line).toBeGreaterThanOrEqual(3);
			expect(ds.some((d) => /unknown parameter/.test(d.message))).toBe(false);
		}
	});
});

describe('a series of the scenario’s own (住房公积金 rent withdrawal)', () => {
	const file = path.resolve('scenarios/examples/housing-fund-rent.yaml');
	it('runs, adds up over the province and explains to the run’s value', () => {
		const s = openScenario(file);
		const r = simulate(s);
		const n = r.nUnits;
		const t = r.years.indexOf(2019);
		const u = r.units.findIndex((x) => x.id === 'zhengzhou');
		const v = r.series['fundRentWithdrawal']![t * n + u]!;
		expect(v).toBeCloseTo(r.series['cohort']![t * n + u]! * 0.3 * 0.5 * 6000, 6);
		let sum = 0;
		for (let k = 0; k < n; k++) sum += r.series['fundRentWithdrawal']![t * n + k]!;
		expect(r.province['fundRentWithdrawal']![t]).toBe(sum);
		const e = explain(s, r, {series: 'fundRentWithdrawal', unit: 'zhengzhou', year: 2019});
		expect(e.tree.value).toBe(v);
		expect(e.tree.children.map((c) => c.name)).toEqual(['cohort', 'fundCoverage', 'renterShare', 'rentWithdrawalPerPerson']);
		expect(s.outcomes.find((o) => o.id === 'fundRent2020')!.evaluate(r)).toBe(r.province['fundRentWithdrawal']![r.years.indexOf(2020)]);
	});

	const base = path.resolve('scenarios');
	const overlay = (series: string) => `extends: henan-2017.yaml\nseries:\n${series}`;
	it('locates an unknown name, with a did-you-mean', () => {
		try {
			compileText(overlay('  x:\n    label: {zh: x, en: x}\n    equation: setled * 2\n'), base);
			expect.unreachable();
		} catch (error) {
			const d = (error as ScenarioError).diagnostics.find((x) => x.path === 'series.x')!;
			expect(d.message).toMatch(/unknown name "setled"/);
			expect(d.hint).toMatch(/settled/);
		}
	});
	it('reports a cycle with the names on it', () => {
		try {
			compileText(overlay('  a:\n    label: {zh: a, en: a}\n    equation: b + 1\n  b:\n    label: {zh: b, en: b}\n    equation: a * 2\n'), base);
			expect.unreachable();
		} catch (error) {
			expect((error as ScenarioError).diagnostics.map((d) => d.message).join('\n')).toMatch(/needs itself in the same year: a → b → a/);
		}
	});
});

describe('the generated kernel', () => {
	it('contains only numbers, operators, indices and Math: no name of the scenario', () => {
		const s = openScenario(path.resolve('scenarios/examples/housing-fund-rent.yaml'));
		const k = compileKernel(s.graph, s.parameters, s.years, s.units.ids.length, s.land.tiers, {varied: new Set(['fundCoverage'])});
		const words = new Set(k.source.match(/[A-Za-z_][A-Za-z0-9_]*/g));
		const names = [...s.parameterInfo.keys(), ...s.graph.series.map((x) => x.name), ...s.units.ids];
		for (const name of names) if (name.length > 3) expect(words.has(name)).toBe(false);
		for (const w of words) expect(['use', 'strict', 'let', 'const', 'for', 'if', 'Math', 'min', 'max', 'exp', 'abs', 'NaN', 'Infinity', 'u', 'i', 't', 'o', 'f', 'tx'].includes(w) || /^[a-z]\d+$/.test(w) || /^[A-Z]{1,2}$/.test(w)).toBe(true);
	});
});

describe('a built-in model added as one declaration (docs/architecture.md)', () => {
	it('runs, explains and documents the 公积金 rent withdrawal with no other change', async () => {
		const {MODELS} = await import('../../models/index.js');
		const {flow} = await import('../../src/model/declare.js');
		const {def, NONNEG, SHARE} = await import('../../src/params/parameter-def.js');
		const {modelTables} = await import('../../src/model/docs.js');
		const housingFund = {
			id: 'housingFund',
			zh: '住房公积金',
			en: 'Housing provident fund',
			clause: '§三(六)',
			parameters: [
				def('housing', 'fundCoverage', 'share', SHARE, [0, 0.8], '公积金缴存覆盖率', 'share of settlers paying into the fund'),
				def('housing', 'renterShare', 'share', SHARE, undefined, '租房无房比例', 'share of covered settlers who rent and own no home'),
				def('housing', 'rentWithdrawalPerPerson', 'yuan_per_person', NONNEG, [0, 3e4], '租房提取额', 'rent withdrawal per person and year'),
			],
			series: [flow('fundRentWithdrawal', 'yuan', '住房公积金租房提取额', 'housing-fund rent withdrawal', 'cohort * fundCoverage * renterShare * rentWithdrawalPerPerson', {clause: '§三(六)'})],
		};
		const models = [...MODELS.slice(0, -1), housingFund, MODELS.at(-1)!];
		const text = 'extends: henan-2017.yaml\nparameters:\n  housing:\n    fundCoverage: 0.3\n    renterShare: 0.5\n    rentWithdrawalPerPerson: 6000\n';
		const s = compileText(text, path.resolve('scenarios'), {models});
		const r = simulate(s);
		const user = simulate(openScenario(path.resolve('scenarios/examples/housing-fund-rent.yaml')));
		expect([...r.series['fundRentWithdrawal']!]).toEqual([...user.series['fundRentWithdrawal']!]);
		expect(explain(s, r, {series: 'fundRentWithdrawal', unit: 'kaifeng', year: 2020}).tree.formula).toBe('cohort × fundCoverage × renterShare × rentWithdrawalPerPerson');
		expect(modelTables(models)).toContain('`fundRentWithdrawal`');
	});
});
