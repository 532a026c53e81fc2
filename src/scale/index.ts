/**
 * Scaling curves (issue 7): how a unit's transfers, subsidies and land respond to the number of
 * people it settles. Front ends (CLI `hukou-sim scale`, the TUI's city detail, the HTML report)
 * call `scaleCurve`; `toScaleJson` gives the JSON of `scale --format json`.
 *
 * ```ts
 * const scenario = openScenario('scenarios/henan-2017.yaml');
 * const own = ownSettlement(scenario, {unit: 'zhengzhou', year: 2018});
 * const curve = scaleCurve(scenario, {unit: 'zhengzhou', year: 2018, settled: [own, own + 100_000]});
 * curve.marginal['transfers'][0]; // yuan of transfers per additional settler
 * curve.marginalOthers['transfers'][0]; // what the other units gain (negative: lose) per settler
 * ```
 */
export {ownSettlement, PROVINCE, scaleCurve} from './curve.js';
export {ScaleRequestError} from './errors.js';
export {linspace, parseAmount, parseRange, settledValues, type RangeSpec} from './grid.js';
export {toScaleJson, type ScaleJson} from './json.js';
export {LAND_STANDARD_NEXT, scaleSeries} from './series.js';
export type * from './types.js';
