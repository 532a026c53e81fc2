/** The domain models, in the order the year loop runs them, and everything they declare. */
import {COST_PARAMETERS, COST_SERIES} from './cost.js';
import {FINANCE_PARAMETERS, FINANCE_SERIES} from './finance.js';
import {LAND_PARAMETERS, LAND_SERIES} from './land.js';
import {MONITORING_PARAMETERS} from './monitoring.js';
import {POPULATION_PARAMETERS, POPULATION_SERIES} from './population.js';
import {REWARD_PARAMETERS, REWARD_SERIES} from './reward-factors.js';
import {SETTLEMENT_PARAMETERS, SETTLEMENT_SERIES} from './settlement.js';
import type {ParameterDef} from '../src/params/parameter-def.js';
import type {SeriesInfo} from '../src/engine/types.js';

export const BUILTIN_PARAMETERS: readonly ParameterDef[] = [
	...POPULATION_PARAMETERS,
	...SETTLEMENT_PARAMETERS,
	...COST_PARAMETERS,
	...REWARD_PARAMETERS,
	...FINANCE_PARAMETERS,
	...LAND_PARAMETERS,
	...MONITORING_PARAMETERS,
];

export const MODEL_SERIES: readonly SeriesInfo[] = [...POPULATION_SERIES, ...SETTLEMENT_SERIES, ...COST_SERIES, ...REWARD_SERIES, ...FINANCE_SERIES, ...LAND_SERIES];

/** Series computed before the allocation programs run: what factor and pool expressions may read. */
export const PRE_PROGRAM_SERIES: readonly string[] = [...POPULATION_SERIES, ...SETTLEMENT_SERIES, ...COST_SERIES, ...REWARD_SERIES].map((s) => s.name);

export {allocate, applyCoefficients, factorShares} from './allocation.js';
