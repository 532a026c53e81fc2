/**
 * Invariants on random valid scenarios: the baseline's structure with a random small unit table
 * and random parameter values anywhere in their allowed ranges (extremes included: zero pools, no
 * settlers, a zero land cap that caps every unit). For every run: allocations add up to the pool
 * (Σ allocation + unallocated = pool, per program and year), land quotas fit the cap
 * (Σ granted ≤ landProvincialCap, granted ≤ need), nothing is negative that cannot be, settled ≤
 * pool, province totals are the sums of the units, and no NaN or Infinity anywhere.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {BUILTIN_PARAMETERS} from '../../models/index.js';
import {compileScenario, type CompiledScenario, NumericalError, type ParameterOverride, simulate} from '../../src/index.js';
import {loadScenarioFile} from '../../src/scenario/load-file.js';
import {BASELINE} from './cli-helpers.js';

const LOADED = loadScenarioFile(BASELINE);
const HEADER = 'id,name_zh,name_en,residentPop_10k,urbanResidentPop_10k,hukouPop_10k,urbanHukouPop_10k,centralCityShare,sizeClass,builtUpArea2021_km2';
/** Series that are differences and may rightly be negative. */
const SIGNED = new Set(['fiscalGap', 'rateGap', 'transferMovers', 'generalTransferAdjustment', 'transfers', 'transfersPerSettled']);

const unitRow = fc.record({
	resident: fc.double({min: 1, max: 2000, noNaN: true}),
	urbanShare: fc.double({min: 0.01, max: 1, noNaN: true}),
	hukou: fc.double({min: 1, max: 2000, noNaN: true}),
	urbanHukouShare: fc.double({min: 0, max: 1, noNaN: true}),
	central: fc.double({min: 0, max: 1, noNaN: true}),
	size: fc.constantFrom('small', 'medium', 'II-large', 'I-large'),
	land: fc.double({min: 1, max: 1000, noNaN: true}),
});
/** Figures as a yearbook prints them: 万人 to two decimals, shares to three. */
const r2 = (x: number) => Math.max(0.01, Math.round(x * 100) / 100);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const table = fc.array(unitRow, {minLength: 1, maxLength: 6}).map((rows) =>
	[HEADER, ...rows.map((r, i) => [i === 0 ? 'zhengzhou' : `u${i}`, `单位${i}`, `Unit ${i}`, r2(r.resident), Math.min(r2(r.resident), r2(r.resident * r.urbanShare)), r2(r.hukou), Math.round(r.hukou * r.urbanHukouShare * 100) / 100, r3(r.central), r.size, r2(r.land)].join(','))].join('\n'),
);

/** A value in the allowed range, often at its ends (the extreme parameters of the issue). */
const DEFS = BUILTIN_PARAMETERS.filter((d) => LOADED.data.parameters?.[d.section]?.[d.id] !== undefined);
const override: fc.Arbitrary<ParameterOverride> = fc.constantFrom(...DEFS).chain((d) => {
	const hi = d.max === Number.MAX_VALUE ? Math.max(1, (d.plausible?.[1] ?? 1e9) * 10) : d.max;
	return fc.oneof(fc.constantFrom(d.min, hi), fc.double({min: d.min, max: hi, noNaN: true})).map((value) => ({parameter: d.id, value}));
});
const LAND_CAP: fc.Arbitrary<ParameterOverride[]> = fc.oneof(fc.constant<ParameterOverride[]>([]), fc.constantFrom(0, 1e5, 1e7, 1e9).map((value): ParameterOverride[] => [{parameter: 'landProvincialCap', value}]));

function scenarioWith(csv: string): CompiledScenario {
	const units = {...LOADED.data.units!, totals: undefined};
	// The baseline's per-city values (byUnit) name Henan's cities: keep those the random table has.
	const ids = new Set(csv.split('\n').slice(1).map((line) => line.split(',')[0]!));
	const parameters = Object.fromEntries(
		Object.entries(LOADED.data.parameters ?? {}).map(([section, specs]) => [
			section,
			Object.fromEntries(
				Object.entries(specs).map(([id, spec]) => {
					if (spec.byUnit === undefined) return [id, spec];
					const byUnit = Object.fromEntries(Object.entries(spec.byUnit).filter(([unit]) => ids.has(unit)));
					return [id, {...spec, byUnit}];
				}),
			),
		]),
	);
	return compileScenario({...LOADED, data: {...LOADED.data, units, parameters}, unitsText: csv});
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('invariants on random valid scenarios', () => {
	it('hold for every run', () => {
		let stopped = 0;
		fc.assert(
			fc.property(table, fc.array(override, {maxLength: 10}), LAND_CAP, (csv, overrides, cap) => {
				const scenario = scenarioWith(csv);
				const all = [...overrides, ...cap];
				let result;
				try {
					result = simulate(scenario, all);
				} catch (error) {
					// The guard of the issue: rather than let NaN/Infinity reach an output, the run stops
					// and names the series, unit and year (e.g. residentUrbanizationRise = -0.1 empties a
					// small city, so its land per person is undefined).
					if (!(error instanceof NumericalError)) throw error;
					expect(scenario.seriesInfo.map((x) => x.name).concat(scenario.programs.map((p) => `${p.id}.pool`))).toContain(error.series);
					expect(scenario.years).toContain(error.year);
					stopped++;
					return;
				}
				const n = result.nUnits;
				const s = result.series;
				for (const [name, values] of Object.entries(s)) {
					expect(values.every(Number.isFinite), name).toBe(true);
					if (!SIGNED.has(name)) expect(Math.min(...values), name).toBeGreaterThanOrEqual(-1e-6);
				}
				for (let t = 1; t < result.nYears; t++) {
					const row = (name: string) => s[name]!.subarray(t * n, (t + 1) * n);
					const sum = (name: string) => row(name).reduce((a, b) => a + b, 0);
					// Allocations add up to the pool (factor method with floors, caps and water-filling).
					for (const p of result.programs) {
						if (p.kind === 'perCapita') continue;
						expect(close(sum(p.series) + p.unallocated[t]!, p.pool[t]!), `${p.id} ${result.years[t]}`).toBe(true);
						expect(p.unallocated[t]!).toBeGreaterThanOrEqual(-1e-6);
					}
					// Quotas fit the cap and never exceed the need.
					const capValue = scenario.parameters.withOverrides(all).shared('landProvincialCap')[t]!;
					if (Number.isFinite(capValue)) expect(sum('landQuotaGranted')).toBeLessThanOrEqual(capValue * (1 + 1e-9) + 1e-6);
					row('landQuotaGranted').forEach((g, u) => expect(g).toBeLessThanOrEqual(row('landQuotaNeed')[u]! * (1 + 1e-12) + 1e-9));
					// Settled ≤ pool.
					row('settled').forEach((x, u) => expect(x).toBeLessThanOrEqual(row('settlementPool')[u]! * (1 + 1e-12) + 1e-9));
				}
				// Province totals are the sums of the units.
				for (const info of scenario.seriesInfo) {
					if (info.aggregation.kind !== 'sum') continue;
					for (let t = 0; t < result.nYears; t++) {
						const total = s[info.name]!.subarray(t * n, (t + 1) * n).reduce((a, b) => a + b, 0);
						expect(close(result.province[info.name]![t]!, total), `${info.name} ${t}`).toBe(true);
					}
				}
			}),
			{numRuns: 150, seed: 27},
		);
		expect(stopped).toBeLessThan(15);
	});

	it('zero pools, no settlers and a zero land cap give zeros, not NaN', () => {
		const scenario = scenarioWith([HEADER, 'zhengzhou,郑州,Zhengzhou,100,50,100,50,0.5,medium,10', 'u1,一,One,100,20,120,20,0,small,5'].join('\n'));
		const zeros: ParameterOverride[] = ['centralRewardNational', 'provincialRewardPool', 'infraSubsidyCentralPool', 'infraSubsidyProvincialPool', 'willingness', 'directChannelRate', 'landProvincialCap'].map((parameter) => ({parameter, value: 0}));
		const result = simulate(scenario, zeros);
		for (const values of Object.values(result.series)) expect(values.every(Number.isFinite)).toBe(true);
		const last = result.nYears - 1;
		expect(result.province['settled']![last]).toBe(0);
		expect(result.province['landQuotaGranted']![last]).toBe(0);
		for (const p of result.programs) expect(p.pool[last]).toBe(0);
	});
});
