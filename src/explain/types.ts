/**
 * The calculation tree behind one number (`hukou-sim explain`): each node is a value with the
 * formula that gave it and its inputs: series (explained in turn, to a depth), parameters (with
 * the dated key that applied, the per-unit or per-class entry, unit, status and source), data
 * from the unit table, and the intermediate quantities of the model.
 */
import type {Measure} from '../engine/types.js';
import {RequestError} from '../errors/scenario-error.js';

export type NodeKind = 'series' | 'province' | 'parameter' | 'data' | 'intermediate' | 'constant' | 'allocation';

export interface ExplainNode {
	readonly kind: NodeKind;
	/** Series name, parameter id, data column or a short name of the intermediate. */
	readonly name: string;
	readonly label_zh: string;
	readonly label_en: string;
	readonly value: number;
	readonly measure: Measure;
	/** Unit id ('province' for province figures), when the value belongs to one. */
	readonly unit?: string;
	readonly year?: number;
	/** How the value is computed, in the names of the inputs. */
	readonly formula?: string;
	/** Which branch of a formula applied (a bound that binds, a cap, the base year…). */
	readonly note?: string;
	/** The plan clause or rule the formula implements. */
	readonly clause?: string;
	/** Parameters: where the value comes from in the scenario (values, byUnit.zhengzhou, byClass.sizeClass.small). */
	readonly from?: string;
	/** Parameters: the dated key that applied (a dated map holds its value until changed). */
	readonly date?: string;
	/** Parameters: the unit as the scenario states it, its status and its source. */
	readonly unitText?: string;
	readonly status?: string;
	readonly source?: string;
	/** The node has inputs that were not expanded (depth reached). */
	readonly truncated?: boolean;
	readonly children: readonly ExplainNode[];
}

/** A question explain cannot answer (unknown series or unit, a year outside the run…). */
export class ExplainError extends RequestError {}
