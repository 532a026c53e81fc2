/** The inputs of a scenario expression (program pools, factors, coefficients, caps): each name it reads, with its value. */
import type {BoundExpression} from '../engine/scope.js';
import type {Explainer} from './context.js';
import type {Measure} from '../engine/types.js';
import type {ExplainNode} from './types.js';

/** Inputs of an expression evaluated for unit u (u < 0: for the province, series and columns summed). */
export function expressionInputs(ex: Explainer, expr: BoundExpression, t: number, u: number, depth: number, pool = 0): ExplainNode[] {
	return expr.reads.map((name) => {
		if (name === 'pool') return ex.constant('pool', '资金池', 'pool of the program', pool, 'yuan');
		if (name === 'year') return ex.constant('year', '年份', 'year', ex.years[t]!);
		if (name === 't') return ex.constant('t', '年序', 'years since the base year', t);
		if (ex.scenario.parameters.has(name)) return ex.param(name, t, u);
		const column = ex.scenario.numericColumns[name];
		if (column) {
			if (u >= 0) return ex.data(name, name, name, column[u]!, name.endsWith('Share') ? 'share' : 'number', u);
			return ex.constant(name, `${name}(全省合计)`, `${name} (sum over units)`, column.reduce((a, b) => a + b, 0));
		}
		if (ex.result.series[name]) {
			if (u >= 0) return ex.series(name, t, u, depth);
			let s = 0;
			for (let v = 0; v < ex.n; v++) s += ex.s(name, t, v);
			const info = ex.seriesInfo.get(name);
			return ex.calc(name, `${info?.label_zh ?? name}(全省合计)`, `${info?.label_en ?? name} (sum over units)`, s, info?.measure ?? 'number', `Σ_v ${name}_v`, []);
		}
		return ex.constant(name, name, name, NaN);
	});
}

/** An expression as a node: its text as the formula, its inputs as children. */
export function expressionNode(ex: Explainer, name: string, zh: string, en: string, expr: BoundExpression, t: number, u: number, depth: number, pool = 0, value?: number, measure: Measure = 'number'): ExplainNode {
	const v = value ?? (u >= 0 ? expr.unit(ex.sim, t, u, pool) : expr.province(ex.sim, t, pool));
	return ex.calc(name, zh, en, v, measure, expr.compiled.text, expressionInputs(ex, expr, t, u, depth, pool));
}
