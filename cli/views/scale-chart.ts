/**
 * A small text chart of a scaling curve for the terminal: one or two series against the forced
 * settlement, the scenario's own value marked │ and the breakpoints ▲ on the axis. Plain
 * characters (no colour), so it reads the same in a pipe, a log or a README.
 */
import type {ScaleCurve} from '../../src/scale/index.js';
import {displayUnit, show} from '../format/quantity.js';
import {label, type Lang} from './labels.js';

const MARKS = ['●', '○', '◆'] as const;

export interface ChartOptions {
	readonly series: readonly string[];
	readonly width?: number;
	readonly height?: number;
	readonly labels: Readonly<Record<string, string>>;
	/** Language of the axis unit and the legend (default both). */
	readonly lang?: Lang;
}

export function scaleChart(curve: ScaleCurve, options: ChartOptions): string {
	const width = options.width ?? 56;
	const height = options.height ?? 10;
	const xs = curve.points.map((p) => p.settled);
	const series = options.series.filter((s) => curve.series.some((c) => c.name === s));
	if (xs.length < 2 || series.length === 0) return '';
	const measure = curve.series.find((c) => c.name === series[0])!.measure;
	const values = series.map((s) => curve.points.map((p) => p.values[s]!));
	const all = values.flat().filter(Number.isFinite);
	// The data's own range (not from 0): a scan around the scenario's value shows its slope.
	const min = Math.min(...all);
	const max = Math.max(...all);
	const span = max - min || Math.abs(max) || 1;
	const lo = max - min > 0 ? min : min - span / 2;
	const hi = max - min > 0 ? max : max + span / 2;
	const x0 = xs[0]!;
	const x1 = xs.at(-1)!;
	const col = (x: number) => Math.round(((x - x0) / (x1 - x0 || 1)) * (width - 1));
	const row = (v: number) => height - 1 - Math.round(((v - lo) / (hi - lo)) * (height - 1));
	const grid = Array.from({length: height}, () => Array<string>(width).fill(' '));
	const own = col(curve.own);
	if (curve.own >= x0 && curve.own <= x1) for (const line of grid) line[own] = '│';
	values.forEach((vs, k) => vs.forEach((v, i) => Number.isFinite(v) && (grid[row(v)]![col(xs[i]!)] = MARKS[k % MARKS.length]!)));
	const axis = Array<string>(width).fill('─');
	for (const b of curve.breakpoints) if (b.kind !== 'slope' && b.settled >= x0 && b.settled <= x1) axis[col(b.settled)] = '▲';
	const unit = displayUnit(measure);
	const yLabels = [show(hi, measure), show(lo, measure)];
	const pad = Math.max(...yLabels.map((l) => l.length));
	const lines = grid.map((line, r) => `${(r === 0 ? yLabels[0]! : r === height - 1 ? yLabels[1]! : '').padStart(pad)} ┤${line.join('')}`);
	lines.push(`${' '.repeat(pad)} └${axis.join('')}`);
	const left = show(x0, 'persons');
	const lang = options.lang ?? 'both';
	const right = `${show(x1, 'persons')} ${lang === 'en' ? '10k persons' : '万人'}`;
	lines.push(`${' '.repeat(pad + 2)}${left}${' '.repeat(Math.max(1, width - left.length - right.length))}${right}`);
	const legend = series.map((s, k) => `${MARKS[k % MARKS.length]} ${options.labels[s] ?? s}`).join('   ');
	const unitText = lang === 'zh' ? unit.zh : lang === 'en' ? unit.en : `${unit.zh}/${unit.en}`;
	lines.push(`${' '.repeat(pad + 2)}${legend} (${unitText})   │ ${label('本情景', 'own', lang)}   ▲ ${label('拐点', 'breakpoint', lang)}`);
	return lines.join('\n');
}
