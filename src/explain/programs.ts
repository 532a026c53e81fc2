/**
 * Explains the allocation programs (models/programs.ts, models/allocation.ts; §三(一), §三(二)):
 * the pool, each factor's weight and the unit's share of it, the coefficient (tilt, eligibility),
 * the renormalised share, floor and cap, and which bound holds (water-filling). The allocation is
 * recomputed for all units with the model's own functions, so the explained value is the run's.
 */
import {allocate, applyCoefficients, factorShares} from '../../models/allocation.js';
import type {RuntimeProgram} from '../../models/programs.js';
import type {Explainer, SeriesExplainer} from './context.js';
import {expressionInputs, expressionNode} from './expression.js';
import type {Derivation, ExplainNode} from './types.js';

function perCapita(ex: Explainer, program: RuntimeProgram, t: number, u: number, d: number): Derivation {
	const ok = program.eligible ? program.eligible.unit(ex.sim, t, u) !== 0 : true;
	const amount = program.amount!.unit(ex.sim, t, u);
	return {
		value: ok ? Math.max(0, amount) : 0,
		formula: `max(0, ${program.amount!.compiled.text})${program.eligible ? ` if ${program.eligible.compiled.text}` : ''}`,
		clause: program.clause,
		note: ok ? undefined : 'not eligible',
		inputs: expressionInputs(ex, program.amount!, t, u, d),
	};
}

function byFactors(ex: Explainer, program: RuntimeProgram, t: number, u: number, d: number): Derivation {
	const n = ex.n;
	const pool = Math.max(0, program.pool!.province(ex.sim, t));
	const weights = program.factors.map((f) => f.weight.province(ex.sim, t, pool));
	const values = program.factors.map((f) => Float64Array.from({length: n}, (_, v) => f.expr.unit(ex.sim, t, v, pool)));
	const shares = new Float64Array(n);
	factorShares(values, weights, shares);
	const before = shares[u]!;
	const coefficient = new Float64Array(n);
	const floor = new Float64Array(n);
	const cap = new Float64Array(n);
	const eligible: boolean[] = [];
	for (let v = 0; v < n; v++) {
		const ok = program.eligible ? program.eligible.unit(ex.sim, t, v, pool) !== 0 : true;
		eligible.push(ok);
		coefficient[v] = ok ? (program.coefficient ? program.coefficient.unit(ex.sim, t, v, pool) : 1) : 0;
		floor[v] = ok && program.floor ? program.floor.unit(ex.sim, t, v, pool) : 0;
		cap[v] = ok ? (program.cap ? program.cap.unit(ex.sim, t, v, pool) : Infinity) : 0;
	}
	applyCoefficients(shares, coefficient);
	const out = new Float64Array(n);
	const unallocated = allocate(pool, shares, floor, cap, out);
	const value = out[u]!;
	// allocate() clamps floor and cap in place: these are the bounds that applied.
	const bound = !eligible[u] ? 'not eligible: 0' : value === cap[u] && Number.isFinite(cap[u]!) ? 'the cap (封顶) binds' : value === floor[u] && floor[u]! > 0 ? 'the floor (保底) binds' : 'proportional to the share (no bound binds)';
	let active = 0;
	const totals = values.map((x) => x.reduce((a, b) => a + Math.max(0, b), 0));
	weights.forEach((w, k) => {
		if (totals[k]! > 0 && w > 0) active += w;
	});
	const factorNodes: ExplainNode[] = program.factors.map((f, k) => {
		const w = weights[k]!;
		const part = totals[k]! > 0 && w > 0 && active > 0 ? (w / active) * (Math.max(0, values[k]![u]!) / totals[k]!) : 0;
		return ex.calc(`factor.${f.name}`, `因素:${f.name}`, `factor ${f.name}`, part, 'share', 'weight / Σ active weights × x_u / Σ_v x_v', [
			expressionNode(ex, 'weight', '权重', 'weight', f.weight, t, -1, d, pool, w),
			expressionNode(ex, 'x', '本单位因素值', 'factor value of the unit', f.expr, t, u, d, pool, values[k]![u]!),
			ex.calc('total', '全省因素合计', 'sum over units', totals[k]!, 'number', 'Σ_v max(0, x_v)', []),
		]);
	});
	const inputs: ExplainNode[] = [
		expressionNode(ex, 'pool', '资金池', 'pool', program.pool!, t, -1, d, 0, pool, 'yuan'),
		...factorNodes,
		ex.calc('shareBefore', '因素法份额', 'factor share', before, 'share', 'Σ_k factor contributions', []),
	];
	if (program.eligible) inputs.push(ex.calc('eligible', '是否符合条件', 'eligible', eligible[u] ? 1 : 0, 'number', program.eligible.compiled.text, expressionInputs(ex, program.eligible, t, u, d, pool)));
	if (program.coefficient) inputs.push(expressionNode(ex, 'coefficient', '调节系数', 'coefficient (tilt)', program.coefficient, t, u, d, pool, coefficient[u]!));
	inputs.push(ex.calc('share', '调节后份额(归一)', 'share after coefficients, renormalised', shares[u]!, 'share', 'shareBefore × coefficient / Σ_v (shareBefore_v × coefficient_v)', []));
	if (program.floor) inputs.push(ex.calc('floor', '保底', 'floor', floor[u]!, 'yuan', program.floor.compiled.text, expressionInputs(ex, program.floor, t, u, d, pool)));
	if (program.cap) inputs.push(ex.calc('cap', '封顶', 'cap', cap[u]!, 'yuan', program.cap.compiled.text, expressionInputs(ex, program.cap, t, u, d, pool)));
	if (unallocated > 0) inputs.push(ex.calc('unallocated', '未分配', 'unallocated (every unit capped or ineligible)', unallocated, 'yuan', 'pool − Σ_v allocation_v', []));
	return {
		value,
		formula: 'clamp(λ × share, floor, cap), λ such that Σ_v allocation_v = pool (因素法 with 保底/封顶)',
		clause: program.clause,
		note: `${bound}; share ${(shares[u]! * 100).toFixed(3)}% of ${(pool / 1e8).toFixed(2)} 亿元`,
		inputs,
	};
}

/** One explainer per program of the scenario (the series has the program's id). */
export function programExplainers(programs: readonly RuntimeProgram[]): Record<string, SeriesExplainer> {
	return Object.fromEntries(programs.map((p) => [p.id, (ex: Explainer, t: number, u: number, d: number) => (p.kind === 'perCapita' ? perCapita(ex, p, t, u, d) : byFactors(ex, p, t, u, d))]));
}
