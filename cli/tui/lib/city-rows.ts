/** The cities table's rows: filter by name, sort by a column (value, or change in Δ mode). */
import type {RunResult, UnitInfo} from '../../../src/index.js';
import type {CityColumn} from './city-columns.js';

export interface SortSpec {
	/** Column index, or -1 for the scenario's unit order. */
	readonly col: number;
	readonly desc: boolean;
}

export function matches(unit: UnitInfo, filter: string): boolean {
	const f = filter.trim().toLowerCase();
	return f === '' || unit.name_zh.includes(filter.trim()) || unit.name_en.toLowerCase().includes(f) || unit.id.toLowerCase().includes(f);
}

/** Unit indices shown, in order. */
export function cityOrder(result: RunResult, base: RunResult, columns: readonly CityColumn[], t: number, sort: SortSpec, filter: string, deltaMode: boolean): number[] {
	const n = result.nUnits;
	const shown = result.units.map((_, u) => u).filter((u) => matches(result.units[u]!, filter));
	const column = columns[sort.col];
	if (!column) return sort.desc ? shown.reverse() : shown;
	const key = (u: number) => {
		const v = result.series[column.series]![t * n + u]!;
		return deltaMode ? v - base.series[column.series]![t * n + u]! : v;
	};
	return shown.sort((a, b) => (sort.desc ? key(b) - key(a) : key(a) - key(b)) || a - b);
}
