/**
 * A province figure explained by its aggregation (engine/aggregate.ts): a sum with each unit's
 * contribution (each unit's value expanded `depth` levels), a ratio of two sums, a weighted mean, or a difference of province figures.
 */
import type {Explainer} from './context.js';
import type {ExplainNode} from './types.js';
import {ExplainError} from './types.js';

export function explainProvince(ex: Explainer, name: string, t: number, depth: number): ExplainNode {
	const info = ex.seriesInfo.get(name)!;
	const a = info.aggregation;
	const head = {kind: 'province' as const, name, label_zh: info.label_zh, label_en: info.label_en, measure: info.measure, unit: 'province', year: ex.years[t]!};
	const sum = (series: string) => {
		let s = 0;
		for (let u = 0; u < ex.n; u++) s += ex.s(series, t, u);
		return s;
	};
	const units = (series: string, d: number) => {
		const total = sum(series);
		return Array.from({length: ex.n}, (_, u) => {
			const node = ex.series(series, t, u, d);
			const pct = ((node.value / total) * 100).toFixed(1);
			return {...node, note: [total !== 0 ? `占全省 ${pct}% · ${pct}% of the province` : undefined, node.note].filter(Boolean).join('; ') || undefined};
		}).sort((x, y) => y.value - x.value);
	};
	switch (a.kind) {
		case 'sum':
			return {...head, value: sum(name), formula: `Σ_units ${name}`, children: units(name, depth)};
		case 'ratio': {
			const den = sum(a.denominator);
			const value = den !== 0 ? sum(a.numerator) / den : 0;
			return {...head, value, formula: `Σ ${a.numerator} / Σ ${a.denominator}`, children: [explainProvince(ex, a.numerator, t, depth), explainProvince(ex, a.denominator, t, depth)]};
		}
		case 'weighted': {
			let num = 0;
			let den = 0;
			for (let u = 0; u < ex.n; u++) {
				num += ex.s(name, t, u) * ex.s(a.weight, t, u);
				den += ex.s(a.weight, t, u);
			}
			return {...head, value: den !== 0 ? num / den : 0, formula: `Σ (${name} × ${a.weight}) / Σ ${a.weight}`, children: [...units(name, depth), explainProvince(ex, a.weight, t, 0)]};
		}
		case 'difference': {
			const m = explainProvince(ex, a.minuend, t, depth);
			const s = explainProvince(ex, a.subtrahend, t, depth);
			return {...head, value: m.value - s.value, formula: `${a.minuend} − ${a.subtrahend} (province figures)`, children: [m, s]};
		}
		case 'none':
			throw new ExplainError(`${name} has no province figure (${info.label_en} is not added up over units)`, 'ask for one unit with --unit');
	}
}
