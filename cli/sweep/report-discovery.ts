/**
 * Scenario discovery for the sweep report: the boxes PRIM found (coverage, density, mass and the
 * limits of each restricted input), the peeling trajectory as a table, and a text chart of the
 * trajectory's density against coverage (the Workbench's show_tradeoff), one digit per box.
 */
import type {PrimResult} from '../../src/sensitivity/index.js';
import {num, table} from './report.js';

export interface Discovery {
	outcome: string;
	/** "hukouRate2020 < 0.37", or "target37Met = 1". */
	cases: string;
	result: PrimResult;
	/** Runs left out because the outcome failed (NaN). */
	failed: number;
}

/** The documented JSON: {outcome, cases, boxes: [{coverage, density, mass, limits: {INPUT: [lo, hi]}}], trajectory}. */
export function discoveryJson(d: Discovery): string {
	const r = d.result;
	const boxes = r.boxes.map((b) => {
		const limits: Record<string, [number, number]> = Object.create(null);
		for (const j of b.restrictedInputs) limits[r.names[j]!] = b.limits[j]!;
		return {coverage: b.coverage, density: b.density, mass: b.mass, runs: b.n, restricted: b.restricted, limits};
	});
	const trajectory = r.trajectory.map((s) => ({box: s.box, step: s.step, phase: s.phase, coverage: s.coverage, density: s.density, mass: s.mass, restricted: s.restricted}));
	return JSON.stringify({outcome: d.outcome, cases: d.cases, runs: r.runs, casesOfInterest: r.cases, failed: d.failed, boxes, trajectory, stopped: r.stopped}, null, 2) + '\n';
}

/** Density (rows, 1 at the top) against coverage (columns, 0 … 1), a digit per box, * where boxes overlap. */
export function tradeoffChart(r: PrimResult, width = 50, height = 12): string {
	const grid = Array.from({length: height + 1}, () => new Array<string>(width + 1).fill(' '));
	for (const s of r.trajectory) {
		const col = Math.round(s.coverage * width);
		const row = height - Math.round(s.density * height);
		const mark = String(s.box % 10);
		const cell = grid[row]![col]!;
		grid[row]![col] = cell === ' ' || cell === mark ? mark : '*';
	}
	const lines = grid.map((cells, i) => `${i === 0 ? '1.0' : i === height ? '0.0' : '   '} |${cells.join('').trimEnd()}`);
	return ['density', ...lines, `    +${'-'.repeat(width + 1)}`, `     0${' '.repeat(width - 9)}coverage 1`].join('\n');
}

export function discoveryTable(d: Discovery): string {
	const r = d.result;
	const parts = [`PRIM scenario discovery: ${d.cases} in ${r.cases} of ${r.runs} runs${d.failed ? ` (${d.failed} failed runs left out)` : ''}`];
	r.boxes.forEach((b, i) => {
		const head = `box ${i + 1}: coverage ${num(b.coverage)}, density ${num(b.density)}, mass ${num(b.mass)} (${b.n} runs, ${b.cases} cases)`;
		const rows = b.restrictedInputs.map((j) => [r.names[j]!, num(b.limits[j]![0]), num(b.limits[j]![1])]);
		parts.push(rows.length ? `${head}\n${table(['input', 'low', 'high'], rows)}` : `${head}\n(no input restricted)`);
	});
	if (r.boxes.length === 0) parts.push('no box reaches the density threshold');
	parts.push(`stopped: ${r.stopped}`);
	parts.push(
		`peeling trajectory\n${table(
			['box', 'step', 'phase', 'coverage', 'density', 'mass', 'inputs'],
			r.trajectory.map((s) => [String(s.box), String(s.step), s.phase, num(s.coverage), num(s.density), num(s.mass), String(s.restricted)]),
		)}`,
	);
	parts.push(tradeoffChart(r));
	return parts.join('\n\n') + '\n';
}
