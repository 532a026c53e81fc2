/**
 * Resident population and resident urbanisation (常住人口城镇化率), the context of plan §一(三).
 * Residents grow at a steady rate; the urban share rises by a number of points a year
 * (Henan 2016–2018: about 1.6, DESIGN §4), up to a ceiling; a unit already above it keeps its rate.
 */
import type {ModelDecl} from '../src/model/declare.js';
import {ratio, stock} from '../src/model/declare.js';
import {def, SHARE} from '../src/params/parameter-def.js';

export const population = {
	id: 'population',
	zh: '人口与常住人口城镇化',
	en: 'Population and resident urbanisation',
	clause: '§一(三)',
	parameters: [
		def('population', 'residentGrowth', 'ratio', [-0.2, 0.2], [-0.02, 0.03], '常住人口年增长率', 'resident population growth per year'),
		def('population', 'hukouGrowth', 'ratio', [-0.2, 0.2], [-0.02, 0.03], '户籍人口自然增长率', 'hukou population natural growth per year'),
		def('population', 'residentUrbanizationRise', 'points', [-0.1, 0.1], [0, 0.03], '常住人口城镇化率年提高', 'resident urbanisation rise per year (fraction points)'),
		def('population', 'residentUrbanizationMax', 'share', SHARE, [0.6, 0.98], '常住人口城镇化率上限', 'ceiling of the resident urbanisation rate'),
	],
	series: [
		stock('residentPop', 'persons', '常住人口', 'resident population', 'prev(residentPop) * (1 + residentGrowth)', {initial: 'data("residentPop")'}),
		stock(
			'residentUrbanizationRate',
			'share',
			'常住人口城镇化率',
			'resident urbanisation rate',
			'min(1, max(0, min(max(prev(residentUrbanizationRate), residentUrbanizationMax), prev(residentUrbanizationRate) + residentUrbanizationRise)))',
			{initial: 'data("urbanResidentPop") / data("residentPop")', aggregation: ratio('urbanResidentPop', 'residentPop')},
		),
		stock('urbanResidentPop', 'persons', '城镇常住人口', 'urban resident population', 'residentPop * residentUrbanizationRate', {initial: 'data("urbanResidentPop")'}),
	],
} as const satisfies ModelDecl;
