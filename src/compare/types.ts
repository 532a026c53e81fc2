/** The shape of a comparison (the `compare --format json` contract): base against one alternative. */
import type {Measure, UnitInfo} from '../engine/types.js';
import type {TargetSpec} from '../scenario/schema.js';
import type {ChangedParameter} from './changed-parameters.js';

/** One number against another: absolute change and percentage change (null when the base is 0 and the alternative is not). */
export interface Change {
	readonly base: number;
	readonly alt: number;
	readonly abs: number;
	readonly pct: number | null;
}

export interface SeriesDeltas {
	readonly unit: Measure;
	readonly label_zh: string;
	readonly label_en: string;
	/** [unit index][year index], the layout of `run --format json`. */
	readonly base: number[][];
	readonly alt: number[][];
	readonly abs: number[][];
	readonly pct: (number | null)[][];
}

export interface ProvinceDeltas {
	readonly unit: Measure;
	readonly label_zh: string;
	readonly label_en: string;
	/** Per year index. */
	readonly base: number[];
	readonly alt: number[];
	readonly abs: number[];
	readonly pct: (number | null)[];
}

export interface UnitChange extends Change {
	readonly unit: string;
	readonly name_zh: string;
	readonly name_en: string;
}

export interface ProgramDelta {
	readonly id: string;
	readonly kind: string;
	readonly name_zh: string;
	readonly name_en: string;
	/** Pool per year index, base and alternative. */
	readonly pool: {readonly base: number[]; readonly alt: number[]};
	/** Allocations summed over the compared years, per unit: gainers first (largest gain), losers last. */
	readonly total: readonly UnitChange[];
	readonly gainers: readonly UnitChange[];
	readonly losers: readonly UnitChange[];
	/** Per year: every unit's allocation in both runs. */
	readonly byYear: ReadonlyArray<{readonly year: number; readonly units: readonly UnitChange[]}>;
}

export interface TargetDelta {
	readonly id: string;
	/** What the target measures (scenario targets.<id>.metric): fixes its unit (%, 百分点, 万人). */
	readonly metric: TargetSpec['metric'];
	readonly year: number;
	readonly label_zh: string;
	readonly label_en: string;
	readonly op: string;
	readonly target: number;
	readonly base: {readonly value: number; readonly met: boolean} | null;
	readonly alt: {readonly value: number; readonly met: boolean} | null;
	/** Met in one run and not in the other. */
	readonly differs: boolean;
}

export interface EvaluationDelta {
	readonly year: number;
	readonly kind: string;
	readonly passedBase: number;
	readonly passedAlt: number;
	/** Units that pass in one run and not in the other. */
	readonly changed: ReadonlyArray<{readonly unit: string; readonly metBase: boolean; readonly metAlt: boolean}>;
}

export interface Comparison {
	readonly base: {readonly file: string; readonly name_zh: string; readonly name_en: string};
	readonly alt: {readonly file: string; readonly name_zh: string; readonly name_en: string};
	readonly years: readonly number[];
	readonly units: readonly UnitInfo[];
	readonly changedParameters: readonly ChangedParameter[];
	readonly deltas: {readonly series: Record<string, SeriesDeltas>; readonly province: Record<string, ProvinceDeltas>};
	readonly programs: readonly ProgramDelta[];
	readonly targets: readonly TargetDelta[];
	readonly evaluations: readonly EvaluationDelta[];
}
