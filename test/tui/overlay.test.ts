/**
 * The levers give the same run in the TUI (overrides and patched tiers) and through the saved
 * overlay (extends: + changed parameters), and `hukou-sim run` accepts the overlay.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openScenario} from '../../src/index.js';
import {saveOverlay} from '../../cli/tui/lib/overlay.js';
import {runWithLevers} from '../../cli/tui/lib/session.js';
import {simulate} from '../../src/index.js';
import {baseline, ROOT} from './helpers.js';

const EDITS: ReadonlyArray<readonly [string, ReadonlyMap<string, number>]> = [
	['a parameter', new Map([['willingness', 0.4]])],
	['a default that leaves Zhengzhou its own value', new Map([['socialInsuranceYears', 0.5]])],
	['Zhengzhou only', new Map([['socialInsuranceYears@zhengzhou', 1]])],
	['reward weights and tilt', new Map([['rewardWeightSettlers', 0.8], ['rewardWeightDifficulty', 0.1], ['townTilt', 1.5]])],
	['land tiers and a cap', new Map([['landTier0', 90], ['landTier2', 40], ['landProvincialCap', 1e8]])],
	['subsidy eligibility', new Map([['infraSubsidyMinSettlers', 100000]])],
];

describe('levers → overlay → the same run', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'tui-overlay-'));
	for (const [name, values] of EDITS) {
		it(name, () => {
			const s = baseline();
			const tui = runWithLevers(s, values).result;
			const file = saveOverlay(s, values, path.join(dir, `${name.replace(/\W+/g, '-')}.yaml`));
			const reloaded = simulate(openScenario(file));
			const watched = ['settled', 'transfers', 'infraSubsidy', 'landQuotaGranted', 'landQuotaShortfall', 'fiscalGap'];
			for (const series of watched) expect(Array.from(reloaded.series[series]!)).toEqual(Array.from(tui.series[series]!));
			// and the edit changed something
			const base = simulate(s);
			expect(watched.some((x) => tui.series[x]!.some((v, i) => v !== base.series[x]![i]))).toBe(true);
		});
	}

	it('hukou-sim run accepts the overlay (built CLI) and reports the TUI figure', () => {
		const values = new Map([['townTilt', 1.5], ['landTier1', 70]]);
		const s = baseline();
		const file = saveOverlay(s, values, path.join(dir, 'run-me.yaml'));
		const json = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), 'run', file, '--format', 'json'], {encoding: 'utf8'})) as {province: Record<string, number[]>};
		const tui = runWithLevers(s, values).result;
		const granted = json.province['landQuotaGranted']!;
		expect(granted.at(-1)).toBeCloseTo(tui.province['landQuotaGranted']!.at(-1)!, 6);
		expect(readFileSync(file, 'utf8')).toMatch(/^extends: (\.\.\/)+.*scenarios\/henan-2017\.yaml$/m);
	});
});
