/**
 * The yardstick of issue 4: the baseline's equations written by hand as one loop over Float64Arrays,
 * with the parameters read once from the compiled scenario. `npm run bench` times it next to the
 * engine's simulate() on the same scenario: the engine should stay within a small factor of it.
 * It reproduces the engine's settled, transfers and land need (checked by the bench, printed).
 * Simplifications that do not change the arithmetic volume: no floors or caps bind in the baseline's
 * reward programs, and the provincial land cap is absent.
 */
import type {CompiledScenario} from '../src/index.js';

export interface YardstickResult {
	readonly settled: Float64Array;
	readonly transfers: Float64Array;
	readonly landNeed: Float64Array;
}

export function yardstick(scenario: CompiledScenario): YardstickResult {
	const n = scenario.units.ids.length;
	const T = scenario.years.length;
	const P = (id: string) => scenario.parameters.get(id);
	const S = (id: string) => scenario.parameters.shared(id);
	const {units} = scenario;
	const size = n * T;
	const pop = new Float64Array(size), urban = new Float64Array(size), rate = new Float64Array(size);
	const hukou = new Float64Array(size), urbanHukou = new Float64Array(size), settled = new Float64Array(size);
	const cohort = new Float64Array(size), weightedCohort = new Float64Array(size), permits = new Float64Array(size);
	const transfers = new Float64Array(size), landNeed = new Float64Array(size), land = new Float64Array(size);
	const rural = new Float64Array(n), intra = new Float64Array(n), cross = new Float64Array(n), same = new Float64Array(n);
	const x1 = new Float64Array(n), x2 = new Float64Array(n), x3 = new Float64Array(n), flow = new Float64Array(n), shares = new Float64Array(n);
	const [g, gh, rise, ceil, years, tau, legal, will, take, direct, oSame, oOther, oCross, cover] = ['residentGrowth', 'hukouGrowth', 'residentUrbanizationRise', 'residentUrbanizationMax', 'socialInsuranceYears', 'insuranceSpreadYears', 'legalResidenceShare', 'willingness', 'takeUp', 'directChannelRate', 'originSameUnit', 'originOtherUnits', 'originOtherProvinces', 'permitCoverage'].map(P) as Float64Array[];
	const [wSame, wIntra, wCross, phase, tilt, perCap, conv] = ['originWeightSameUnit', 'originWeightIntraProvince', 'originWeightCrossProvince', 'cohortPhaseDown', 'townTilt', 'generalTransferPerCapita', 'residentConversionRatio'].map(P) as Float64Array[];
	const [national, share, provincial, wS, wP, wD] = ['centralRewardNational', 'provinceShareOfCentral', 'provincialRewardPool', 'rewardWeightSettlers', 'rewardWeightPermits', 'rewardWeightDifficulty'].map(S) as Float64Array[];
	const tiers = scenario.land.tiers;
	for (let u = 0; u < n; u++) {
		pop[u] = units.residentPop[u]!;
		urban[u] = units.urbanResidentPop[u]!;
		rate[u] = urban[u]! / pop[u]!;
		hukou[u] = units.hukouPop[u]!;
		urbanHukou[u] = units.urbanHukouPop[u]!;
		land[u] = units.urbanLand[u]!;
	}
	for (let t = 1; t < T; t++) {
		const o = t * n;
		let R = 0;
		for (let u = 0; u < n; u++) {
			const i = o + u;
			const p = o - n + u;
			pop[i] = pop[p]! * (1 + g![i]!);
			rate[i] = Math.min(1, Math.max(0, Math.min(Math.max(rate[p]!, ceil![i]!), rate[p]! + rise![i]!)));
			urban[i] = pop[i]! * rate[i]!;
			const start = urbanHukou[p]! * (1 + gh![i]!);
			rural[u] = Math.max(0, hukou[p]! * (1 + gh![i]!) - start);
			R += rural[u]!;
			const pool = Math.max(0, urban[i]! - start);
			const c = units.centralCityShare[u]!;
			let s = Math.min(pool, pool * (c * Math.exp(-years![i]! / tau![i]!) + (1 - c) * legal![i]!) * will![i]! * take![i]! + direct![i]! * pop[i]!);
			if (s * oSame![i]! > rural[u]!) s = rural[u]! / oSame![i]!;
			settled[i] = s;
			same[u] = s * oSame![i]!;
			intra[u] = s * oOther![i]!;
			cross[u] = s * oCross![i]!;
			permits[i] = cover![i]! * Math.max(0, pool - s);
			cohort[i] = cohort[p]! + s;
			urbanHukou[i] = start + s;
			const weighted = same[u]! * wSame![i]! + intra[u]! * wIntra![i]! + cross[u]! * wCross![i]!;
			flow[u] = weighted;
			weightedCohort[i] = weightedCohort[p]! * (1 - phase![i]!) + weighted;
		}
		let k = 0;
		for (let u = 0; u < n; u++) if (R - rural[u]! > 0) k += intra[u]! / (R - rural[u]!);
		let s1 = 0, s2 = 0, s3 = 0, f1 = 0;
		for (let u = 0; u < n; u++) {
			const i = o + u;
			const own = R - rural[u]! > 0 ? intra[u]! / (R - rural[u]!) : 0;
			const out = Math.min(Math.max(0, rural[u]! - same[u]!), rural[u]! * (k - own));
			hukou[i] = hukou[o - n + u]! * (1 + gh![i]!) + intra[u]! + cross[u]! - out;
			x1[u] = weightedCohort[i]!;
			x2[u] = permits[i]!;
			x3[u] = pop[i]! * (1 - rate[i]!);
			s1 += x1[u]!;
			s2 += x2[u]!;
			s3 += x3[u]!;
			f1 += flow[u]!;
		}
		// The two reward programs: factor shares × town tilt, renormalised; the per-capita adjustment.
		const rewards = [
			[national![t]! * share![t]!, s1, x1],
			[provincial![t]!, f1, flow],
		] as const;
		for (let u = 0; u < n; u++) transfers[o + u] = perCap![o + u]! * (1 - conv![o + u]!) * cohort[o + u]!;
		for (const [pool, total1, factor1] of rewards) {
			let norm = 0;
			const active = (total1 > 0 ? wS![t]! : 0) + (s2 > 0 ? wP![t]! : 0) + (s3 > 0 ? wD![t]! : 0);
			for (let u = 0; u < n; u++) {
				const c = units.centralCityShare[u]!;
				const sh = ((total1 > 0 ? (wS![t]! * factor1[u]!) / total1 : 0) + (s2 > 0 ? (wP![t]! * x2[u]!) / s2 : 0) + (s3 > 0 ? (wD![t]! * x3[u]!) / s3 : 0)) / active;
				shares[u] = sh * (c + (1 - c) * tilt![o + u]!);
				norm += shares[u]!;
			}
			for (let u = 0; u < n; u++) transfers[o + u]! += (pool * shares[u]!) / norm;
		}
		for (let u = 0; u < n; u++) {
			const i = o + u;
			const perCapita = land[i - n]! / (urban[i - n]! * (units.centralCityShare[u]! > 0 ? units.centralCityShare[u]! : 1));
			let standard = tiers[tiers.length - 1]!.standard;
			for (const tier of tiers) {
				if (perCapita <= tier.upTo) {
					standard = tier.standard;
					break;
				}
			}
			landNeed[i] = settled[i]! * standard;
			land[i] = land[i - n]! + landNeed[i]!;
		}
	}
	return {settled, transfers, landNeed};
}
