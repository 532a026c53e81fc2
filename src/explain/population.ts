/** Explains models/population.ts: residents grow at a rate; the urban share rises by points a year, up to a ceiling. */
import type {Explainer, SeriesExplainer} from './context.js';

const residentPop: SeriesExplainer = (ex, t, u, d) => {
	const prev = ex.s('residentPop', t - 1, u);
	const g = ex.p('residentGrowth', t, u);
	return {value: prev * (1 + g), formula: 'residentPop[t−1] × (1 + residentGrowth)', inputs: [ex.series('residentPop', t - 1, u, d), ex.param('residentGrowth', t, u)]};
};

const residentUrbanizationRate: SeriesExplainer = (ex, t, u, d) => {
	const before = ex.s('residentUrbanizationRate', t - 1, u);
	const rise = ex.p('residentUrbanizationRise', t, u);
	const ceiling = ex.p('residentUrbanizationMax', t, u);
	const value = Math.min(1, Math.max(0, Math.min(Math.max(before, ceiling), before + rise)));
	const note = value === before + rise ? 'the rate rises by the full step' : value === Math.max(before, ceiling) ? 'the ceiling binds (a unit above it keeps its rate)' : 'clamped to [0, 1]';
	return {
		value,
		formula: 'min(max(rate[t−1], residentUrbanizationMax), rate[t−1] + residentUrbanizationRise), within [0, 1]',
		note,
		inputs: [ex.series('residentUrbanizationRate', t - 1, u, d), ex.param('residentUrbanizationRise', t, u), ex.param('residentUrbanizationMax', t, u)],
	};
};

const urbanResidentPop: SeriesExplainer = (ex, t, u, d) => ({
	value: ex.s('residentPop', t, u) * ex.s('residentUrbanizationRate', t, u),
	formula: 'residentPop × residentUrbanizationRate',
	inputs: [ex.series('residentPop', t, u, d), ex.series('residentUrbanizationRate', t, u, d)],
});

export const POPULATION_EXPLAINERS: Record<string, SeriesExplainer> = {residentPop, residentUrbanizationRate, urbanResidentPop};

/** Used by the base year: the table's populations (万人 in the CSV, persons here). */
export const dataPop = (ex: Explainer, column: 'residentPop' | 'urbanResidentPop' | 'hukouPop' | 'urbanHukouPop', u: number) => {
	const zh = {residentPop: '常住人口', urbanResidentPop: '城镇常住人口', hukouPop: '户籍人口', urbanHukouPop: '城镇户籍人口'}[column];
	return ex.data(`${column}_10k`, `${zh}(基年数据)`, `${column} (base-year data, 万人 × 10⁴)`, ex.scenario.units[column][u]!, 'persons', u);
};
