import {beforeAll, describe, expect, it} from 'vitest';
import {aggregationRule} from '../../src/engine/aggregate.js';
import {explain, ExplainError, type ExplainNode} from '../../src/explain/index.js';
import {ScenarioError} from '../../src/index.js';
import {openRun, type Opened} from '../fixtures/compare/scenarios.js';

// A province figure's tree shows the terms of its rule (engine/aggregate.ts), and the figure follows from
// them by the rule's closed form: the number a planner reads can be redone from the lines under it.
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
const sum = (nodes: readonly ExplainNode[]) => nodes.reduce((s, c) => s + c.value, 0);

function fromChildren(kind: string, tree: ExplainNode, n: number): number {
	const c = tree.children;
	switch (kind) {
		case 'sum':
			return sum(c);
		case 'ratio':
			return c[1]!.value !== 0 ? c[0]!.value / c[1]!.value : 0;
		case 'weighted': {
			// n units of the series, then the weight's sum with each unit's weight under it.
			const weights = new Map(c[n]!.children.map((w) => [w.unit, w.value]));
			const num = c.slice(0, n).reduce((s, x) => s + x.value * weights.get(x.unit)!, 0);
			return c[n]!.value !== 0 ? num / c[n]!.value : 0;
		}
		case 'difference':
			return c[0]!.value - c[1]!.value;
	}
	throw new Error(kind);
}

describe.each(['henan-2017.yaml', 'henan-2017-land-cap.yaml', '../test/fixtures/compare/reward-cap-10.yaml'])('province figures of %s', (name) => {
	let run: Opened;
	beforeAll(() => {
		run = openRun(name);
	});

	it('equal the run exactly, show their rule and follow from the children by it', () => {
		const off: string[] = [];
		let checked = 0;
		for (const info of run.scenario.seriesInfo) {
			const rule = aggregationRule(info.name, info.aggregation);
			if (!rule) continue;
			for (const year of run.result.years) {
				const {tree, runValue} = explain(run.scenario, run.result, {series: info.name, unit: 'province', year});
				expect(tree.formula).toBe(rule.formula);
				expect(tree.value).toBe(runValue);
				const redone = fromChildren(rule.kind, tree, run.result.nUnits);
				if (!close(redone, runValue)) off.push(`${info.name} ${year} (${rule.kind}): ${redone} ≠ ${runValue}`);
				checked++;
			}
		}
		expect(off).toEqual([]);
		expect(checked).toBeGreaterThan(40 * run.result.nYears);
	});

	it('name the terms of the rule as children: units, sums over units, province figures', () => {
		const n = run.result.nUnits;
		for (const info of run.scenario.seriesInfo) {
			const rule = aggregationRule(info.name, info.aggregation);
			if (!rule) continue;
			const {tree} = explain(run.scenario, run.result, {series: info.name, unit: 'province', year: 2018});
			const expected = rule.terms.flatMap((t) => (t.read === 'units' ? Array.from({length: n}, () => t.series) : [t.series]));
			expect(tree.children.map((c) => c.name)).toEqual(expected);
			rule.terms.forEach((t, i) => {
				if (t.read === 'units') return;
				const child = tree.children[rule.terms[0].read === 'units' ? n : i]!;
				expect(child.kind).toBe('province');
				if (t.read === 'sum') expect(child.formula).toBe(`Σ_units ${t.series}`);
			});
		}
	});
});

describe('a rule that names an unknown series', () => {
	it('is refused with its name, by the loader or by explain, never an internal error', () => {
		let opened: Opened;
		try {
			opened = openRun('../test/fixtures/explain/ratio-unknown-series.yaml');
		} catch (error) {
			// Once the loader checks aggregation names, the scenario is refused there.
			expect(error).toBeInstanceOf(ScenarioError);
			expect((error as ScenarioError).diagnostics.map((d) => d.message).join('\n')).toContain('setled');
			return;
		}
		expect(() => explain(opened.scenario, opened.result, {series: 'perSettler', unit: 'province', year: 2018})).toThrow(ExplainError);
		expect(() => explain(opened.scenario, opened.result, {series: 'perSettler', unit: 'province', year: 2018})).toThrow(/"setled", which is not a series/);
	});
});
