/**
 * Golden file of the Henan baseline, reviewed by a person (see NOTES.md "Golden review"): key
 * province series, three cities and the targets, rounded to 4 significant digits so that only real
 * changes of the model or the data show. After a deliberate change: UPDATE_GOLDEN=1 npx vitest run
 * test/golden, then review the diff of the .json before committing it.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {openScenario, simulate} from '../../src/index.js';

const file = new URL('./henan-2017.golden.json', import.meta.url).pathname;
const round = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(4)));
const PROVINCE = ['hukouUrbanizationRate', 'residentUrbanizationRate', 'settled', 'hukouPop', 'settlementPool', 'permitHolders', 'citizenizationCost', 'transfers', 'centralReward', 'provincialReward', 'generalTransferAdjustment', 'infraSubsidy', 'infraUnfunded', 'fiscalGap', 'landQuotaNeed', 'landQuotaGranted', 'homesteadSurplus', 'quotaTradeRevenue'];
const UNITS = ['zhengzhou', 'zhoukou', 'jiyuan'];
const UNIT_SERIES = ['settled', 'hukouUrbanizationRate', 'transfers', 'infraSubsidy', 'landStandard', 'landQuotaNeed', 'fiscalGap'];

function snapshot() {
	const scenario = openScenario(new URL('../../scenarios/henan-2017.yaml', import.meta.url).pathname);
	const r = simulate(scenario);
	return {
		years: r.years,
		province: Object.fromEntries(PROVINCE.map((name) => [name, [...r.province[name]!].map(round)])),
		units: Object.fromEntries(
			UNITS.map((id) => {
				const u = r.units.findIndex((x) => x.id === id);
				return [id, Object.fromEntries(UNIT_SERIES.map((name) => [name, r.years.map((_, t) => round(r.series[name]![t * r.nUnits + u]!))]))];
			}),
		),
		targets: r.targets.map((x) => ({id: x.id, year: x.year, value: round(x.value), met: x.met})),
		evaluations: r.evaluations.map((e) => ({year: e.year, passed: e.rows.filter((row) => row.met).map((row) => row.unit)})),
	};
}

describe('Henan baseline golden file', () => {
	it('matches the reviewed snapshot', () => {
		const now = snapshot();
		if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, `${JSON.stringify(now, null, 1)}\n`);
		expect(now).toEqual(JSON.parse(readFileSync(file, 'utf8')));
	});
});
