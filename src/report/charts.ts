/**
 * Charts rendered to SVG when the report is built (ECharts server-side rendering): no script, no
 * network when the file is opened. Each builder returns the option; render() makes the SVG.
 */
import * as echarts from 'echarts';
import {FONT_STACK} from './html.js';

export const PALETTE = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae', '#749f83', '#ca8622', '#bda29a', '#6e7074', '#546570'];

/**
 * zrender names classes and clip paths after a process-wide instance counter (zr12-cls-3): inline
 * SVGs share one document, so each chart needs its own prefix, and the same report must give the
 * same bytes. The report numbers its charts from 1 (resetChartIds at the start of a build).
 */
let chartId = 0;
export function resetChartIds(): void {
	chartId = 0;
}

export function renderSvg(option: Record<string, unknown>, width = 1100, height = 380): string {
	const chart = echarts.init(null, null, {renderer: 'svg', ssr: true, width, height});
	chart.setOption({animation: false, color: PALETTE, textStyle: {fontFamily: FONT_STACK}, ...option});
	const svg = chart.renderToSVGString();
	chart.dispose();
	// zr7-cls-41, zr7-c3 → chart2-cls-0, chart2-c0: renumbered in order of first use.
	const prefix = `chart${++chartId}-`;
	const seen = new Map<string, string>();
	const counters = new Map<string, number>();
	return svg.replace(/\bzr\d+-([a-z]+-?)(\d+)/g, (token, kind: string) => {
		let name = seen.get(token);
		if (name === undefined) {
			const k = counters.get(kind) ?? 0;
			counters.set(kind, k + 1);
			name = `${prefix}${kind}${k}`;
			seen.set(token, name);
		}
		return name;
	});
}

const round = (v: number, digits = 2) => Number(v.toFixed(digits));

export interface SeriesLine {
	readonly name: string;
	readonly values: readonly number[];
	readonly kind?: 'line' | 'bar';
	readonly dashed?: boolean;
	/** Right-hand axis (a second unit). */
	readonly right?: boolean;
}

/** Lines or bars over categories (years or cities), values already in display units. */
export function categoryChart(title: string, categories: readonly string[], series: readonly SeriesLine[], axis: {left: string; right?: string}, options: {rotate?: number; height?: number; width?: number} = {}): string {
	const yAxis = [{type: 'value', name: axis.left, nameTextStyle: {align: 'left'}}, ...(axis.right ? [{type: 'value', name: axis.right, splitLine: {show: false}}] : [])];
	return renderSvg(
		{
			title: {text: title, left: 'center', textStyle: {fontSize: 15}},
			legend: {top: 34},
			grid: {left: 70, right: axis.right ? 70 : 30, top: 90, bottom: options.rotate ? 80 : 40},
			tooltip: {},
			xAxis: {type: 'category', data: [...categories], axisLabel: {interval: 0, rotate: options.rotate ?? 0}},
			yAxis,
			series: series.map((s) => ({
				name: s.name,
				type: s.kind ?? 'line',
				data: s.values.map((v) => (Number.isFinite(v) ? round(v, 4) : null)),
				yAxisIndex: s.right ? 1 : 0,
				lineStyle: s.dashed ? {type: 'dashed'} : undefined,
				symbol: s.kind === 'bar' ? undefined : 'circle',
				label: s.kind === 'bar' || s.dashed ? undefined : {show: true, fontSize: 10, formatter: (p: {value: number}) => String(round(p.value, 2))},
			})),
		},
		options.width ?? 1100,
		options.height ?? 380,
	);
}
