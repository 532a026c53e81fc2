/**
 * Same numbers: the JSON of every shipped scenario (and the test fixtures' scenarios) was written
 * by the first release's engine into test/fixtures/same-numbers/ before the engine was rebuilt as
 * one compiled model; every series, province figure and program pool must still equal it to 1e-12
 * relative. A deliberate change of the model regenerates the fixtures (UPDATE_SAME_NUMBERS=1) and
 * says so in the commit.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {openScenario, simulate, toRunJson} from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;
const CASES: Record<string, string> = {
	'henan-2017': 'scenarios/henan-2017.yaml',
	'henan-2017-land-cap': 'scenarios/henan-2017-land-cap.yaml',
	'henan-2017-town-tilt': 'scenarios/henan-2017-town-tilt.yaml',
	'henan-2017-to-2030': 'scenarios/henan-2017-to-2030.yaml',
	tiny: 'test/fixtures/tiny/tiny.yaml',
	'three-units': 'test/fixtures/scale/three-units.yaml',
	'reward-cap-10': 'test/fixtures/compare/reward-cap-10.yaml',
};

function close(actual: number, expected: number): boolean {
	if (actual === expected) return true;
	return Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(expected), Math.abs(actual));
}

describe('every shipped scenario gives the numbers of the first release', () => {
	for (const [name, file] of Object.entries(CASES)) {
		it(name, () => {
			const scenario = openScenario(root + file);
			const json = toRunJson(scenario, simulate(scenario));
			const fixture = `${root}test/fixtures/same-numbers/${name}.json`;
			if (process.env['UPDATE_SAME_NUMBERS'] === '1') writeFileSync(fixture, JSON.stringify(json));
			const expected = JSON.parse(readFileSync(fixture, 'utf8')) as typeof json;
			const bad: string[] = [];
			for (const [series, entry] of Object.entries(expected.series)) {
				const got = json.series[series];
				if (!got) {
					bad.push(`${series}: missing`);
					continue;
				}
				entry.values.forEach((row, u) => row.forEach((v, t) => close(got.values[u]![t]!, v) || bad.push(`${series}[${u}][${t}] ${got.values[u]![t]} ≠ ${v}`)));
			}
			for (const [series, values] of Object.entries(expected.province)) {
				const got = json.province[series];
				if (!got) bad.push(`province ${series}: missing`);
				else values.forEach((v, t) => close(got[t]!, v) || bad.push(`province ${series}[${t}] ${got[t]} ≠ ${v}`));
			}
			for (const p of expected.programs) {
				const got = json.programs.find((q) => q.id === p.id);
				if (!got) bad.push(`program ${p.id}: missing`);
				else p.pool.forEach((v, t) => close(got.pool[t]!, v) || bad.push(`program ${p.id} pool[${t}]`));
			}
			expect(json.targets.map((x) => [x.id, x.year, x.met])).toEqual(expected.targets.map((x) => [x.id, x.year, x.met]));
			expect(json.evaluations).toEqual(expected.evaluations);
			expect(bad.slice(0, 20)).toEqual([]);
		});
	}
});
