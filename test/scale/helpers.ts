/** The three-unit fixture of test/fixtures/scale (see the comments in its YAML for the closed forms). */
import {openScenario} from '../../src/index.js';

export const FIXTURE = new URL('../fixtures/scale/three-units.yaml', import.meta.url).pathname;
export const fixture = openScenario(FIXTURE);
/** Alpha: 1,000,000 central-city urban residents, 95 km² of urban land, tiers ≤100 → 100, ≤150 → 80. */
export const ALPHA_RESIDENTS = 1_000_000;
export const ALPHA_LAND = 95e6;
/** Land per person at the end of 2017 passes 100 m² when 95e6 + 100·s = 100 · 10⁶. */
export const TIER_SWITCH = (100 * ALPHA_RESIDENTS - ALPHA_LAND) / 100;
export const MIN_SETTLERS = 30_000;
export const range = (from: number, to: number, count: number) => Array.from({length: count}, (_, i) => from + ((to - from) * i) / (count - 1));
