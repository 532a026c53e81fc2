/**
 * Convergence of the indices over the sample size, for the sweep report: convergence.csv (one row
 * per outcome × index × input × size) and a text chart per outcome, each input's estimate ± its
 * interval at every size with a sparkline of the estimate (flat on the right = converged).
 */
import {csvField, formatNumber} from '../../src/runner/csv.js';
import {CONVERGENCE_INDEX, type AnalyzerName, type ConvergencePoint} from '../../src/sensitivity/index.js';
import {num, table} from './report.js';

export interface OutcomeConvergence {
	outcome: string;
	policy: string | null;
	method: AnalyzerName;
	points: ConvergencePoint[];
}

const BARS = '▁▂▃▄▅▆▇█';

/** One character per value, scaled between lo and hi (a flat series draws a flat line). */
export function sparkline(values: readonly number[], lo = Math.min(...values), hi = Math.max(...values)): string {
	return values.map((v) => (Number.isFinite(v) ? BARS[hi > lo ? Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1)) : 3]! : ' ')).join('');
}

const series = (points: readonly ConvergencePoint[], key: string, input: number): number[] =>
	points.map((p) => (p.result as unknown as Record<string, number[]>)[key]?.[input] ?? Number.NaN);

const inputNames = (c: OutcomeConvergence): string[] => {
	const r = c.points[0]?.result;
	return r && 'names' in r ? r.names : [];
};

export function convergenceCsv(all: readonly OutcomeConvergence[]): string {
	const withPolicy = all.some((c) => c.policy !== null);
	const rows: string[][] = [[...(withPolicy ? ['policy'] : []), 'outcome', 'index', 'input', 'size', 'runs', 'value', 'conf']];
	for (const c of all) {
		for (const [key, confKey] of CONVERGENCE_INDEX[c.method] ?? []) {
			const names = inputNames(c);
			names.forEach((name, i) => {
				c.points.forEach((p) => {
					const v = series([p], key, i)[0]!;
					const e = confKey ? series([p], confKey, i)[0]! : Number.NaN;
					rows.push([...(withPolicy ? [c.policy ?? ''] : []), c.outcome, key, name, String(p.size), String(p.runs), formatNumber(v), formatNumber(e)]);
				});
			});
		}
	}
	return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

export function convergenceTable(all: readonly OutcomeConvergence[]): string {
	const parts: string[] = [];
	for (const c of all) {
		// Base points N of a Saltelli design, trajectories r of a Morris one, else runs n.
		const p0 = c.points[0];
		const unit = !p0 || p0.runs === p0.size ? 'n' : c.method === 'morris' ? 'r' : 'N';
		for (const [key, confKey] of CONVERGENCE_INDEX[c.method] ?? []) {
			const names = inputNames(c);
			const values = names.map((_, i) => series(c.points, key, i));
			const finite = values.flat().filter(Number.isFinite);
			const lo = Math.min(0, ...finite);
			const hi = Math.max(...finite);
			const rows = names.map((name, i) => [
				name,
				...c.points.map((p, s) => `${num(values[i]![s])}${confKey ? ` ±${num(series([p], confKey, i)[0])}` : ''}`),
				sparkline(values[i]!, lo, hi),
			]);
			const title = `convergence of ${key}: ${c.policy === null ? c.outcome : `${c.outcome} [${c.policy}]`}`;
			parts.push(`${title}\n${table(['input', ...c.points.map((p) => `${unit}=${p.size}`), 'trend'], rows)}`);
		}
	}
	return parts.join('\n\n') + '\n';
}
