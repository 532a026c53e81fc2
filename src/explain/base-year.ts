/**
 * The base year (year index 0): stocks come from the unit table (the init functions of the
 * models), flows are 0 (nothing happens before the first simulated year), cost index 1.
 */
import type {Explainer} from './context.js';
import {dataPop} from './population.js';
import type {Derivation} from './types.js';

export function explainBaseYear(ex: Explainer, name: string, u: number, depth: number): Derivation {
	const units = ex.scenario.units;
	const at = (series: string) => ex.series(series, 0, u, depth);
	switch (name) {
		case 'residentPop':
		case 'urbanResidentPop':
		case 'hukouPop':
		case 'urbanHukouPop':
			return {value: units[name][u]!, formula: `${name}_10k × 10⁴ (unit table)`, note: 'base year: data', inputs: [dataPop(ex, name, u)]};
		case 'residentUrbanizationRate':
			return {value: units.urbanResidentPop[u]! / units.residentPop[u]!, formula: 'urbanResidentPop / residentPop', note: 'base year: data', inputs: [dataPop(ex, 'urbanResidentPop', u), dataPop(ex, 'residentPop', u)]};
		case 'hukouUrbanizationRate':
			return {value: units.urbanHukouPop[u]! / units.hukouPop[u]!, formula: 'urbanHukouPop / hukouPop', note: 'base year: data', inputs: [dataPop(ex, 'urbanHukouPop', u), dataPop(ex, 'hukouPop', u)]};
		case 'rateGap':
			return {value: ex.s('residentUrbanizationRate', 0, u) - ex.s('hukouUrbanizationRate', 0, u), formula: 'residentUrbanizationRate − hukouUrbanizationRate', inputs: [at('residentUrbanizationRate'), at('hukouUrbanizationRate')]};
		case 'settlementPool':
			return {value: Math.max(0, units.urbanResidentPop[u]! - units.urbanHukouPop[u]!), formula: 'max(0, urbanResidentPop − urbanHukouPop)', note: 'base year: data', inputs: [dataPop(ex, 'urbanResidentPop', u), dataPop(ex, 'urbanHukouPop', u)]};
		case 'permitHolders':
			return {value: ex.p('permitCoverage', 0, u) * ex.s('settlementPool', 0, u), formula: 'permitCoverage × settlementPool', clause: '§三(十)', inputs: [ex.param('permitCoverage', 0, u), at('settlementPool')]};
		case 'costIndex':
			return {value: 1, formula: '1', note: 'the base year is the cost index base', inputs: []};
		case 'existingLand':
			return {value: units.urbanLand[u]!, formula: 'urban construction land (unit table, km² × 10⁶)', note: 'base year: data', inputs: [ex.data('urbanLand', '城镇建设用地(基年数据)', 'urban construction land (data)', units.urbanLand[u]!, 'm2', u)]};
		case 'centralUrbanPop': {
			const c = units.centralCityShare[u]!;
			const urban = units.urbanResidentPop[u]!;
			return {value: c > 0 ? urban * c : urban, formula: c > 0 ? 'urbanResidentPop × centralCityShare' : 'urbanResidentPop (no central-city share given)', inputs: [dataPop(ex, 'urbanResidentPop', u), ex.data('centralCityShare', '中心城区比重', 'central-city share', c, 'share', u)]};
		}
		case 'landPerCapita':
			return {value: units.urbanLand[u]! / ex.s('centralUrbanPop', 0, u), formula: 'existingLand / centralUrbanPop', inputs: [at('existingLand'), at('centralUrbanPop')]};
		default:
			// Flows (settled, money, quota) and what the models only compute from the first step on.
			return {value: 0, formula: '0', note: `base year ${ex.years[0]}: nothing is computed before the first simulated year`, inputs: []};
	}
}
