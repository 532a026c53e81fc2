/**
 * Resident population and resident urbanisation (常住人口城镇化率), the context of plan §一(三).
 * Residents grow at a steady rate; the urban share rises by a number of points a year
 * (Henan 2016–2018: about 1.6, DESIGN §4), capped at a ceiling.
 */
import {series, ratio, type SimContext} from '../src/engine/context.js';
import {def, SHARE} from '../src/params/parameter-def.js';

export const POPULATION_PARAMETERS = [
	def('population', 'residentGrowth', 'ratio', [-0.2, 0.2], [-0.02, 0.03], '常住人口年增长率', 'resident population growth per year'),
	def('population', 'hukouGrowth', 'ratio', [-0.2, 0.2], [-0.02, 0.03], '户籍人口自然增长率', 'hukou population natural growth per year'),
	def('population', 'residentUrbanizationRise', 'ratio', [-0.1, 0.1], [0, 0.03], '常住人口城镇化率年提高', 'resident urbanisation rise per year (fraction points)'),
	def('population', 'residentUrbanizationMax', 'share', SHARE, [0.6, 0.98], '常住人口城镇化率上限', 'ceiling of the resident urbanisation rate'),
] as const;

export const POPULATION_SERIES = [
	series('residentPop', 'persons', '常住人口', 'resident population'),
	series('urbanResidentPop', 'persons', '城镇常住人口', 'urban resident population'),
	series('residentUrbanizationRate', 'share', '常住人口城镇化率', 'resident urbanisation rate', ratio('urbanResidentPop', 'residentPop')),
] as const;

export function initPopulation(ctx: SimContext): void {
	const {n, units, series: s} = ctx;
	for (let u = 0; u < n; u++) {
		s['residentPop']![u] = units.residentPop[u]!;
		s['urbanResidentPop']![u] = units.urbanResidentPop[u]!;
		s['residentUrbanizationRate']![u] = units.urbanResidentPop[u]! / units.residentPop[u]!;
	}
}

export function stepPopulation(ctx: SimContext, t: number): void {
	const {n, params: p, series: s} = ctx;
	const off = t * n;
	const prev = off - n;
	const growth = p.get('residentGrowth');
	const rise = p.get('residentUrbanizationRise');
	const ceiling = p.get('residentUrbanizationMax');
	const pop = s['residentPop']!;
	const urban = s['urbanResidentPop']!;
	const rate = s['residentUrbanizationRate']!;
	for (let u = 0; u < n; u++) {
		const i = off + u;
		pop[i] = pop[prev + u]! * (1 + growth[i]!);
		// A unit already above the ceiling keeps its rate; no rate leaves [0, 1].
		const before = rate[prev + u]!;
		rate[i] = Math.min(1, Math.max(0, Math.min(Math.max(before, ceiling[i]!), before + rise[i]!)));
		urban[i] = pop[i]! * rate[i]!;
	}
}
