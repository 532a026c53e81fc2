/**
 * The composition root: the models of the simulator, each declared once in its own file. The
 * engine, explain, the docs, the TUI's lever catalogue and `scale` all iterate this list; nothing
 * else names a model. The order is the order of the docs; the order of a year follows the
 * equations (src/model/schedule.ts). Adding a model is one file and one line here.
 */
import type {ModelDecl} from '../src/model/declare.js';
import type {ParameterDef} from '../src/params/parameter-def.js';
import {cost} from './cost.js';
import {finance} from './finance.js';
import {land} from './land.js';
import {monitoring} from './monitoring.js';
import {population} from './population.js';
import {programs} from './programs.js';
import {rewardFactors} from './reward-factors.js';
import {settlement} from './settlement.js';

export const MODELS = [population, settlement, cost, rewardFactors, programs, finance, land, monitoring] as const satisfies readonly ModelDecl[];

export const BUILTIN_PARAMETERS: readonly ParameterDef[] = MODELS.flatMap((m) => m.parameters);

export {allocate, applyCoefficients, factorShares} from './allocation.js';
