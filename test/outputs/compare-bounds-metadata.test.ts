/** A metadata-only edit (date, status, note …) changes no bound: compare-bounds and the comparison share isMetadataChange. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {boundChanges} from '../../src/allocation/compare-bounds.js';
import {compareRuns, isMetadataChange} from '../../src/compare/index.js';
import {openScenario, simulate} from '../../src/index.js';
import {openRun, scenarioPath} from '../fixtures/compare/scenarios.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outputs-meta-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

/** The baseline with one edit of the reward cap's parameter (read by both reward programs' caps). */
function overlay(name: string, spec: string) {
	const file = path.join(tmp, `${name}.yaml`);
	fs.writeFileSync(file, `extends: ${scenarioPath('henan-2017.yaml')}\nname: {zh: ${name}, en: ${name}}\nparameters:\n  transfers:\n    rewardCapShare: ${spec}\n`);
	const scenario = openScenario(file);
	return {scenario, result: simulate(scenario), file};
}

describe('bound changes of a comparison ignore metadata edits', () => {
	const base = openRun('henan-2017.yaml');
	for (const [field, spec] of [['date', "{date: '2026-12-01'}"], ['status', '{status: user}'], ['note', '{note: checked again}']] as const) {
		it(`a ${field}-only edit of a cap's parameter is metadata in the comparison and changes no bound`, () => {
			const alt = overlay(field, spec);
			const c = compareRuns(base, alt);
			expect(c.changedParameters.map((p) => p.path)).toEqual([`parameters.transfers.rewardCapShare.${field}`]);
			expect(c.changedParameters.every(isMetadataChange)).toBe(true);
			expect(boundChanges(base, alt, c)).toEqual([]);
		});
	}
	it('a value edit still counts', () => {
		const alt = overlay('value', '0.2');
		expect(boundChanges(base, alt, compareRuns(base, alt)).map((b) => `${b.program}:${b.bound}`)).toEqual(['centralReward:cap', 'provincialReward:cap']);
	});
});
