/**
 * The scenario-discovery view of the sweep screen (key d): PRIM (Friedman & Fisher 1999, as the EMA
 * Workbench; src/sensitivity/discovery/prim.ts) over the sweep's runs, as `hukou-sim discover` runs it
 * (cli/sweep/discovery.ts): each box kept with its coverage, density and mass and the limits of the
 * inputs it restricts, in the units shown everywhere else, then the peeling trajectory as density
 * against coverage (the chart of the sweep report, cli/sweep/report-discovery.ts).
 */
import type {CompiledScenario} from '../../../src/index.js';
import {tradeoffChart, type Discovery} from '../../sweep/report-discovery.js';
import {plain, seg, type Line} from './seg.js';
import {inputLabel, inputValue} from './sweep-labels.js';
import {fit} from './text.js';

export interface SweepDiscovery {
	readonly outcome: string;
	/** What was typed (d offers it again). */
	readonly text: string;
	/** The cases in the unit shown: "hukouRate2020 < 37.00%". */
	readonly cases: string;
	readonly discovery: Discovery;
	/** Each input's range over the sweep's runs (what a box narrows). */
	readonly ranges: readonly (readonly [number, number])[];
}

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

export function discoveryLines(scenario: CompiledScenario, d: SweepDiscovery, width: number, rows: number, raw: (v: number) => string): Line[] {
	const r = d.discovery.result;
	const value = (name: string, v: number) => inputValue(scenario, name, raw)(v);
	const lines: Line[] = [
		[seg('情景发现 Scenario discovery (PRIM) ', {bold: true, role: 'heading'}), seg(`cases 关注情形: ${d.cases}`, {bold: true})],
		plain(`${r.cases} of ${r.runs} runs (${pct(r.runs ? r.cases / r.runs : 0)})${d.discovery.failed ? ` · ${d.discovery.failed} failed runs left out` : ''} · over every policy: the levers are inputs too`, {dim: true}),
		plain('a box: the runs with every input between low and high; min–max: the input over all runs', {dim: true}),
	];
	const labelW = Math.min(width >= 150 ? 44 : 30, Math.max(12, ...r.names.map((n) => inputLabel(scenario, n).length)));
	const numW = Math.max(10, Math.min(14, Math.floor((width - labelW - 4) / 4)));
	r.boxes.forEach((b, i) => {
		lines.push([]);
		lines.push([
			seg(`box ${i + 1} 框`, {bold: true, role: 'accent'}),
			seg(`  coverage 覆盖率 ${pct(b.coverage)} · density 密度 ${pct(b.density)} · mass 占比 ${pct(b.mass)}`, {bold: true}),
			seg(` (${b.n} runs, ${b.cases} cases)`, {dim: true}),
		]);
		if (b.restrictedInputs.length === 0) {
			lines.push(plain('  no input restricted 未限制任何输入', {dim: true}));
			return;
		}
		lines.push([seg(fit('  input 输入', labelW + 2), {bold: true}), ...['low 下限', 'high 上限', 'min 最小', 'max 最大'].map((h) => seg(fit(h, numW, 'right'), {bold: true}))]);
		for (const j of b.restrictedInputs) {
			const name = r.names[j]!;
			const [lo, hi] = b.limits[j]!;
			const range = d.ranges[j];
			lines.push([
				seg(fit(`  ${inputLabel(scenario, name)}`, labelW + 2)),
				seg(fit(value(name, lo), numW, 'right'), {bold: true}),
				seg(fit(value(name, hi), numW, 'right'), {bold: true}),
				seg(fit(range ? value(name, range[0]) : '', numW, 'right'), {dim: true}),
				seg(fit(range ? value(name, range[1]) : '', numW, 'right'), {dim: true}),
			]);
		}
	});
	if (r.boxes.length === 0) lines.push([], plain('no box reaches the density threshold (0.8) 没有达到密度阈值的框', {role: 'warn'}));
	lines.push(plain(`stopped: ${r.stopped}`, {dim: true}));
	lines.push([]);
	lines.push([seg('peeling trajectory 剥离轨迹', {bold: true}), seg(` ${r.trajectory.length} steps · density 密度 against coverage 覆盖率 · digit = box`, {dim: true})]);
	const chartH = Math.max(4, Math.min(12, rows - 4));
	for (const text of tradeoffChart(r, Math.max(20, Math.min(60, width - 12)), chartH).split('\n')) lines.push([seg(text, {role: text.includes('|') ? 'accent' : undefined})]);
	return lines;
}

