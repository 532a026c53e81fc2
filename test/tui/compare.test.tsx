import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {openScenario, simulate} from '../../src/index.js';
import {openAlternative} from '../../cli/tui/screens/compare.js';
import {showDelta} from '../../cli/tui/lib/format.js';
import {unitDeltas} from '../../cli/tui/lib/compare.js';
import {baseline, expectFits, KEY, openApp, ROOT} from './helpers.js';

afterEach(() => cleanup());

const TILT = path.join(ROOT, 'scenarios/henan-2017-town-tilt.yaml');

describe('compare screen', () => {
	it('shows the province side by side and who gains and who loses', async () => {
		const alt = openAlternative(TILT);
		if (typeof alt === 'string') throw new Error(alt);
		const app = openApp({initialScreen: 'compare', alternative: alt});
		await app.see('谁得谁失 Who gains, who loses');
		const a = simulate(baseline());
		const b = simulate(openScenario(TILT));
		const rows = unitDeltas(a, b, 2020, 'transfers');
		const top = rows[0]!;
		// The largest gainer in transfers comes first, with its change in 亿元.
		expect(app.frame()).toMatch(new RegExp(`${a.units[top.u]!.name_en}.*\\${showDelta(top.deltas[1]!, 'yuan')}▲`));
		// a change too small for the digits shown is no gain (no ▲ next to a 0)
		const gains = rows.filter((r) => r.deltas[1]! > 0 && showDelta(r.deltas[1]!, 'yuan') !== '0').length;
		expect(gains).toBeLessThan(rows.filter((r) => r.deltas[1]! > 0).length);
		expect(app.frame()).not.toMatch(/\s0▲/);
		expect(app.frame()).toContain(`${gains} gain ▲`);
		expectFits(app.frame());
	});

	it('o opens an alternative by path and reports a bad one', async () => {
		const app = openApp({initialScreen: 'compare'});
		await app.see('No alternative yet');
		await app.press('o');
		await app.see('alternative scenario file');
		await app.press(...'nope.yaml', KEY.enter);
		await app.see('cannot open nope.yaml');
		await app.press('o');
		await app.see('alternative scenario file');
		await app.press(KEY.ctrlU, ...TILT, KEY.enter);
		await app.see('谁得谁失');
	});

	it('unitDeltas matches units by id and sorts gainers first', () => {
		const a = simulate(baseline());
		const rows = unitDeltas(a, a, 2020);
		expect(rows.every((r) => r.deltas.every((d) => d === 0))).toBe(true);
		expect(rows.map((r) => r.u)).toEqual(a.units.map((_, u) => u));
	});
});
