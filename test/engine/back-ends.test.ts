/**
 * The formula language has one syntax tree and three back ends: closures (parameter expressions,
 * outcomes), the generated kernel (the run) and the tree walker (explain, scale). A property: for
 * random formulas over two parameters and a series, all three give the same number, bit for bit
 * (NaN included), so explain can never disagree with the run.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compileExpression} from '../../src/expr/compile.js';
import {compileKernel} from '../../src/model/codegen.js';
import {evaluateAt} from '../../src/model/evaluate.js';
import {buildGraph} from '../../src/model/graph.js';
import {ParameterTable} from '../../src/params/parameter-table.js';

// Small integers make ties (a < b against a <= b) and exact zeros (0 / 0, x % 0) common.
const leaf = fc.oneof(fc.constantFrom('x', 'y', 'base', '0', '1', '2'), fc.double({min: -50, max: 50, noNaN: true}).map((v) => (Object.is(v, -0) ? '0' : String(v))));
const value = fc.oneof(fc.constantFrom(0, 1, 2), fc.double({min: -10, max: 10, noNaN: true}));
const formula: fc.Arbitrary<string> = fc.letrec<{f: string}>((tie) => ({
	f: fc.oneof(
		{depthSize: 'small', withCrossShrink: true},
		leaf,
		fc.tuple(tie('f'), fc.constantFrom('+', '-', '*', '/', '^', '%', '<', '>=', '==', '!=', 'and', 'or'), tie('f')).map(([a, op, b]) => `(${a} ${op} ${b})`),
		fc.tuple(tie('f'), tie('f'), tie('f')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
		fc.tuple(fc.constantFrom('abs', 'sqrt', 'exp', 'log', 'floor', 'sin', 'tanh', 'sign'), tie('f')).map(([fn, a]) => `${fn}(${a})`),
		fc.tuple(fc.constantFrom('min', 'max', 'atan2', 'pow', 'round', 'log'), tie('f'), tie('f')).map(([fn, a, b]) => `${fn}(${a}, ${b})`),
		fc.tuple(tie('f'), tie('f'), tie('f')).map(([a, b, c]) => `clamp(${a}, ${b}, ${c})`),
		tie('f').map((a) => `-(${a})`),
		tie('f').map((a) => `not ${a}`),
	),
})).f;

function table(x: number, y: number): ParameterTable {
	const entry = (v: number) => ({values: Float64Array.of(v, v), shared: Float64Array.of(v, v)});
	return new ParameterTable(1, [0, 1], ['u'], new Map([['x', entry(x)], ['y', entry(y)]]), ['x', 'y']);
}

describe('closure, kernel and tree walker agree', () => {
	it('on random formulas, bit for bit', () => {
		fc.assert(
			fc.property(formula, value, value, value, (text, x, y, base) => {
				const graph = buildGraph({
					models: [],
					programs: [],
					userSeries: [
						{name: 'base', label: {zh: 'b', en: 'b'}, measure: 'number', equation: 'prev(base)', initial: String(base), aggregation: {kind: 'none'}, flow: false},
						{name: 'out', label: {zh: 'o', en: 'o'}, measure: 'number', equation: text, aggregation: {kind: 'none'}, flow: true},
					],
					paramIds: ['x', 'y'],
					columns: [],
					options: {landCapRule: 'proportional'},
					report: (_, error) => {
						throw error;
					},
				});
				const params = table(x, y);
				for (const varied of [new Set<string>(), new Set(['x', 'y'])]) {
					const kernel = compileKernel(graph, params, [0, 1], 1, [], {varied});
					const B = graph.series.map(() => new Float64Array(2));
					kernel.run({B, Q: new Float64Array(graph.scalars.length * 2), U: new Float64Array(0), columns: new Map()}, params, undefined, undefined, new Float64Array(graph.series.length * 2));
					const fromKernel = B[graph.seriesIndex.get('out')!]![1]!;
					const walked = evaluateAt({graph, B, Q: new Float64Array(graph.scalars.length * 2), params, columns: new Map(), years: [0, 1], n: 1, tiers: []}, graph.series[graph.seriesIndex.get('out')!]!.eq!, 1, 0);
					const closure = compileExpression(text, {variables: ['x', 'y', 'base']}).evaluate([x, y, base]);
					expect(Object.is(fromKernel, closure) || (Number.isNaN(fromKernel) && Number.isNaN(closure))).toBe(true);
					expect(Object.is(walked, closure) || (Number.isNaN(walked) && Number.isNaN(closure))).toBe(true);
				}
			}),
			{numRuns: 600},
		);
	});
});
