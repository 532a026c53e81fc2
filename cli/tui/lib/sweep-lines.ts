/**
 * A sweep's indices as text charts: a tornado for one-at-a-time (OAT), Sobol S1 and ST with their
 * confidence intervals, Morris μ* against σ (bars and a scatter), PRCC as signed bars, and the
 * distribution of an outcome over the runs as a histogram.
 */
import type {CompiledScenario} from '../../../src/index.js';
import {bar, histogram, intervalBar, tornado} from './charts.js';
import {showDelta} from './format.js';
import {seg, plain, type Line} from './seg.js';
import {inputLabel, outcomeLabel, showOutcome} from './sweep-labels.js';
import {indexRows, type SweepFolder} from './sweep-folder.js';
import {fit} from './text.js';

/** Compact numbers for indices and outcomes of any size. */
export function num(v: number): string {
	if (!Number.isFinite(v)) return '–';
	const a = Math.abs(v);
	if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(2);
	return v.toFixed(a >= 100 ? 1 : a >= 1 ? 3 : 4);
}

export function indexLines(scenario: CompiledScenario, folder: SweepFolder, policy: string, outcome: string, width: number): Line[] {
	const rows = indexRows(folder, policy, outcome).map((r) => Object.assign(r, {input: inputLabel(scenario, r.input)}));
	const label = outcomeLabel(scenario, outcome);
	const y = (v: number) => showOutcome(v, label, num);
	const dy = (v: number) => (label.measure && Number.isFinite(v) ? showDelta(v, label.measure) : `${v > 0 ? '+' : v < 0 ? '−' : ''}${num(Math.abs(v))}`);
	const inputW = Math.min(width >= 150 ? 40 : 26, Math.max(12, ...rows.map((r) => r.input.length)));
	const m = folder.method;
	if (rows.length === 0) return [plain(`no per-input indices for ${outcome} (method ${m}); h shows the distribution`, {dim: true})];
	const lines: Line[] = [];
	if (m === 'oat') {
		const sorted = [...rows].sort((a, b) => (b['swing'] ?? 0) - (a['swing'] ?? 0));
		const base = sorted[0]!['base']!;
		const maxAbs = Math.max(...sorted.flatMap((r) => [Math.abs(r['low']! - base), Math.abs(r['high']! - base)]).filter(Number.isFinite), 0);
		const half = Math.max(4, Math.floor((width - inputW - 36) / 2));
		lines.push([seg(fit('input (tornado: − lowers ◀ base ▶ + raises)', inputW + 2 * half + 2), {bold: true}), seg(fit('Δy(low)', 11, 'right'), {bold: true}), seg(fit('Δy(high)', 11, 'right'), {bold: true}), seg(fit('swing', 11, 'right'), {bold: true})]);
		lines.push(plain(`base ${y(base)} · ▓ input at its low end · █ at its high end · bars signed: left of │ the outcome falls`, {dim: true}));
		for (const r of sorted) {
			lines.push([
				seg(fit(r.input, inputW)),
				seg(' '),
				seg(signedTornado(r['low']! - base, r['high']! - base, maxAbs, half), {role: 'accent'}),
				seg(fit(dy(r['low']! - base), 11, 'right')),
				seg(fit(dy(r['high']! - base), 11, 'right')),
				// The swing is a difference too (percentage points for a share), unsigned.
				seg(fit(dy(r['swing']!).replace(/^[+−]/, ''), 11, 'right'), {bold: true}),
			]);
		}
	} else if (m === 'sobol') {
		const sorted = [...rows].sort((a, b) => (b['ST'] ?? 0) - (a['ST'] ?? 0));
		const barW = Math.max(6, Math.floor((width - inputW - 34) / 2));
		lines.push([seg(fit('input', inputW + 1), {bold: true}), seg(fit('S1 first order ±95%', barW + 16), {bold: true}), seg(fit('ST total ±95%', barW + 16), {bold: true})]);
		for (const r of sorted) {
			lines.push([
				seg(fit(r.input, inputW)),
				seg(' '),
				seg(intervalBar(r['S1']!, r['S1_conf']!, 1, barW), {role: 'heading'}),
				seg(fit(`${num(r['S1']!)}±${num(r['S1_conf']!)}`, 16, 'right')),
				seg(' '),
				seg(intervalBar(r['ST']!, r['ST_conf']!, 1, barW), {role: 'accent'}),
				seg(fit(`${num(r['ST']!)}±${num(r['ST_conf']!)}`, 16, 'right')),
			]);
		}
		lines.push(plain('█ sure part (estimate − interval) ▓ up to the estimate ─ up to estimate + interval; scale 0…1', {dim: true}));
	} else if (m === 'morris') {
		const sorted = [...rows].sort((a, b) => (b['mu_star'] ?? 0) - (a['mu_star'] ?? 0));
		const maxMu = Math.max(...sorted.map((r) => r['mu_star']! + (r['mu_star_conf'] ?? 0)).filter(Number.isFinite), 0);
		const maxSigma = Math.max(...sorted.map((r) => r['sigma']!).filter(Number.isFinite), 0);
		const barW = Math.max(6, Math.floor((width - inputW - 40) / 2));
		lines.push([seg(fit('', inputW + 2)), seg(fit(`μ* (mean |effect|${label.measure ? ', outcome’s unit' : ''}) ±95%`, barW + 16), {bold: true}), seg(fit('σ (interaction / non-linearity)', barW + 12), {bold: true})]);
		sorted.forEach((r, i) => {
			lines.push([
				seg(fit(`${letter(i)} ${r.input}`, inputW + 1)),
				seg(' '),
				seg(intervalBar(r['mu_star']!, r['mu_star_conf']!, maxMu, barW), {role: 'accent'}),
				seg(fit(`${y(r['mu_star']!)}±${y(r['mu_star_conf']!)}`, 16, 'right')),
				seg(' '),
				seg(bar(r['sigma']!, maxSigma, barW), {role: 'heading'}),
				seg(fit(y(r['sigma']!), 11, 'right')),
			]);
		});
		lines.push([]);
		lines.push(...scatter(sorted.map((r, i) => ({x: r['mu_star']!, y: r['sigma']!, label: letter(i)})), Math.min(48, width - 10), 8, 'μ*', 'σ'));
	} else if (m === 'prcc') {
		const sorted = [...rows].sort((a, b) => Math.abs(b['PRCC'] ?? 0) - Math.abs(a['PRCC'] ?? 0));
		const half = Math.max(4, Math.floor((width - inputW - 20) / 2));
		lines.push([seg(fit('input', inputW + 1), {bold: true}), seg(fit('PRCC (−1 ◀ 0 ▶ 1)', 2 * half + 1), {bold: true}), seg(fit('PRCC', 10, 'right'), {bold: true})]);
		for (const r of sorted) lines.push([seg(fit(r.input, inputW)), seg(' '), seg(tornado(r['PRCC']!, 0, 1, half), {role: 'accent'}), seg(fit(num(r['PRCC']!), 10, 'right'))]);
	} else lines.push(plain(`method ${m}: shown as a table`, {dim: true}));
	return lines;
}

const letter = (i: number) => String.fromCharCode(97 + (i % 26));

/** Points on a character grid (Morris μ*–σ plane); a letter per point, `*` where several meet. */
export function scatter(points: ReadonlyArray<{x: number; y: number; label: string}>, w: number, h: number, xName: string, yName: string): Line[] {
	const xs = points.map((p) => p.x).filter(Number.isFinite);
	const ys = points.map((p) => p.y).filter(Number.isFinite);
	const mx = Math.max(0, ...xs) || 1;
	const my = Math.max(0, ...ys) || 1;
	const grid = Array.from({length: h}, () => new Array<string>(w).fill(' '));
	for (const p of points) {
		if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
		const c = Math.min(w - 1, Math.round((p.x / mx) * (w - 1)));
		const r = h - 1 - Math.min(h - 1, Math.round((p.y / my) * (h - 1)));
		grid[r]![c] = grid[r]![c] === ' ' ? p.label : '*';
	}
	const lines: Line[] = grid.map((row, i) => [seg(fit(i === 0 ? `${yName} ${num(my)}` : i === h - 1 ? `${yName} 0` : '', 10, 'right'), {dim: true}), seg('│'), seg(row.join(''), {role: 'accent'})]);
	lines.push([seg(fit('', 10)), seg('└' + '─'.repeat(w))]);
	lines.push([seg(fit('', 11)), seg(fit(`${xName} 0`, Math.floor(w / 2))), seg(fit(`${xName} ${num(mx)}`, w - Math.floor(w / 2), 'right'))].map((s) => ({...s, dim: true})));
	return lines;
}

export function histogramLines(scenario: CompiledScenario, values: readonly number[], outcome: string, width: number, height: number): Line[] {
	const label = outcomeLabel(scenario, outcome);
	const y = (v: number) => showOutcome(v, label, num);
	if (values.length === 0) return [plain(`no successful run has a value for ${outcome}`, {role: 'warn'})];
	const bins = Math.max(4, Math.min(20, height - 3));
	const {counts, min, max} = histogram(values, bins);
	const top = Math.max(...counts);
	const sorted = [...values].sort((a, b) => a - b);
	const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))]!;
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	const lines: Line[] = [[seg(`distribution of ${outcome} over ${values.length} runs`, {bold: true}), seg(`  mean ${y(mean)} · 5% ${y(q(0.05))} · median ${y(q(0.5))} · 95% ${y(q(0.95))}`, {dim: true})]];
	const step = (max - min) / bins;
	const barW = Math.max(4, width - 34);
	counts.forEach((c, i) => {
		const lo = min + i * step;
		lines.push([seg(fit(`${y(lo)}–${y(lo + step)}`, 24, 'right')), seg(' '), seg(bar(c, top, barW), {role: 'accent'}), seg(fit(String(c), 8, 'right'))]);
	});
	return lines;
}

/**
 * The OAT tornado with its sign kept: each end of the input's range draws on the side its effect
 * goes (left of │: the outcome falls), ▓ for the low end and █ for the high end, so an input that
 * lowers the outcome when raised reads differently from one that raises it.
 */
export function signedTornado(low: number, high: number, maxAbs: number, half: number): string {
	const cells = (v: number) => (maxAbs > 0 && Number.isFinite(v) ? Math.min(half, Math.round((Math.abs(v) / maxAbs) * half)) : 0);
	const left = new Array<string>(half).fill(' ');
	const right = new Array<string>(half).fill(' ');
	// The larger effect first, so the smaller one on the same side stays visible.
	const ends = [[low, '▓'], [high, '█']] as const;
	for (const [v, ch] of [...ends].sort((a, b) => Math.abs(b[0]) - Math.abs(a[0]))) {
		const n = cells(v);
		for (let i = 0; i < n; i++) {
			if (v < 0) left[half - 1 - i] = ch;
			else if (v > 0) right[i] = ch;
		}
	}
	return `${left.join('')}│${right.join('')}`;
}
