/**
 * Land where the settlers live (issue 11 item 4), as properties over random levers on the Henan
 * baseline: every unit's need is settledCentral × the central city's tier + settledTowns × the towns'
 * tier (each part's tier from its own land per person at the start of the year, ±landAdjustment, the
 * 特大 rule on the central city), the grant goes to the parts in proportion, and no land is lost.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {tierStandard} from '../../models/land.js';
import {openScenario, simulate} from '../../src/index.js';

const scenario = openScenario(new URL('../../scenarios/henan-2017-to-2030.yaml', import.meta.url).pathname);
const tiers = scenario.land.tiers;

describe('land need by part', () => {
	it('equals settled × the tier of the part where they settle, every unit and year', () => {
		fc.assert(
			fc.property(
				fc.double({min: 0.2, max: 0.6, noNaN: true}),
				fc.double({min: 0.2, max: 0.8, noNaN: true}),
				fc.double({min: -0.1, max: 0.1, noNaN: true}),
				fc.integer({min: 2017, max: 2031}),
				(willingness, takeUp, adjustment, megaYear) => {
					const r = simulate(scenario, [
						{parameter: 'willingness', mode: 'set', value: willingness},
						{parameter: 'takeUp', mode: 'set', value: takeUp},
						{parameter: 'landAdjustment', mode: 'set', value: adjustment},
						{parameter: 'megaCityFromYear', mode: 'set', value: megaYear},
					]);
					const n = r.nUnits;
					const s = (name: string, t: number, u: number) => r.series[name]![t * n + u]!;
					const threshold = scenario.parameters.shared('megaCityThreshold')[0]!;
					for (let t = 1; t < r.nYears; t++) {
						for (let u = 0; u < n; u++) {
							const mega = r.years[t]! >= megaYear && s('centralUrbanPop', t - 1, u) >= threshold ? 1 : 0;
							const central = (1 - mega) * tierStandard(tiers, s('landPerCapita', t - 1, u)) * (1 + adjustment);
							const towns = tierStandard(tiers, s('townLandPerCapitaNow', t - 1, u)) * (1 + adjustment);
							expect(s('settledCentral', t, u) + s('settledTowns', t, u)).toBeCloseTo(s('settled', t, u), 6);
							expect(s('landQuotaNeed', t, u)).toBeCloseTo(s('settledCentral', t, u) * central + s('settledTowns', t, u) * towns, 4);
							// Both stocks grow by exactly what the unit was granted and bought (nothing lost, nothing booked twice).
							const added = s('landQuotaGranted', t, u) + s('homesteadUsedOwn', t, u) + s('quotaTradeBought', t, u);
							const grew = s('existingLand', t, u) - s('existingLand', t - 1, u) + s('townsLand', t, u) - s('townsLand', t - 1, u);
							expect(grew).toBeCloseTo(added, 2);
						}
					}
				},
			),
			{numRuns: 25},
		);
	});
	it('stops the 郑州 central-city quota from 2021 (特大, 国土资发〔2016〕123号) while its county towns keep theirs', () => {
		const r = simulate(scenario);
		const zz = scenario.units.ids.indexOf('zhengzhou');
		const at = (name: string, year: number) => r.series[name]![r.years.indexOf(year) * r.nUnits + zz]!;
		expect(at('landStandardCentral', 2020)).toBeGreaterThan(0);
		expect(at('landStandardCentral', 2021)).toBe(0);
		expect(at('landStandardTowns', 2021)).toBeGreaterThan(0);
	});
	it('no longer flips 驻马店 between tiers: the county-town grant no longer inflates the central city', () => {
		const r = simulate(scenario);
		const u = scenario.units.ids.indexOf('zhumadian');
		const standards = r.years.slice(1).map((_, k) => r.series['landStandardCentral']![(k + 1) * r.nUnits + u]!);
		for (let k = 2; k < standards.length; k++) expect(standards[k] !== standards[k - 1] && standards[k] === standards[k - 2]).toBe(false);
	});
});
