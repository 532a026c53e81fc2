/**
 * Resolved parameters: for each parameter one Float64Array of nYears × nUnits (year-major) and the
 * shared (province) value per year. Overrides (sweeps, levers, the TUI) make a copy-on-write table
 * in which the overridden parameters and every parameter whose expression reads them are recomputed.
 */
import type {ParameterValues} from '../engine/context.js';

export interface ParameterOverride {
	readonly parameter: string;
	/** One value for every unit, or one per unit (length nUnits). */
	readonly value: number | Float64Array;
	/** set (default): replace; scale: multiply; add: add. */
	readonly mode?: 'set' | 'scale' | 'add';
	/** Only this unit (by id). */
	readonly unit?: string;
	/** Only from this year on (default: every year). */
	readonly fromYear?: number;
}

/** How a parameter's cell values are recomputed (expressions over other parameters). */
export interface Recompute {
	readonly deps: readonly string[];
	fill(table: ParameterTable, values: Float64Array, shared: Float64Array): void;
}

export interface ParameterEntryValues {
	readonly values: Float64Array;
	readonly shared: Float64Array;
	readonly recompute?: Recompute;
}

export class ParameterTable implements ParameterValues {
	constructor(
		readonly nUnits: number,
		readonly years: readonly number[],
		readonly unitIds: readonly string[],
		private readonly entries: ReadonlyMap<string, ParameterEntryValues>,
		/** Parameter ids in dependency order (a parameter after those its expression reads). */
		readonly order: readonly string[],
		/** Overridden and recomputed parameters, over `entries` (copy-on-write: the base is shared). */
		private readonly overlay?: ReadonlyMap<string, ParameterEntryValues>,
	) {}

	/** Whether any parameter is computed from others (else overrides need no recomputation). */
	private get hasExpressions(): boolean {
		if (this.expressions === undefined) this.expressions = [...this.entries.values()].some((e) => e.recompute !== undefined);
		return this.expressions;
	}

	private expressions: boolean | undefined;

	private entry(id: string): ParameterEntryValues | undefined {
		return this.overlay?.get(id) ?? this.entries.get(id);
	}

	has(id: string): boolean {
		return this.entries.has(id);
	}

	get ids(): string[] {
		return [...this.entries.keys()];
	}

	get(id: string): Float64Array {
		const entry = this.entry(id);
		if (!entry) throw new Error(`internal: parameter ${id} is not resolved`);
		return entry.values;
	}

	shared(id: string): Float64Array {
		const entry = this.entry(id);
		if (!entry) throw new Error(`internal: parameter ${id} is not resolved`);
		return entry.shared;
	}

	/** These parameters and every parameter computed from them (what an override of them changes). */
	affectedBy(ids: Iterable<string>): Set<string> {
		const out = new Set(ids);
		if (out.size === 0 || !this.hasExpressions) return out;
		for (const id of this.order) {
			const entry = this.entries.get(id);
			if (entry?.recompute && entry.recompute.deps.some((d) => out.has(d))) out.add(id);
		}
		return out;
	}

	withOverrides(overrides: readonly ParameterOverride[]): ParameterTable {
		if (overrides.length === 0) return this;
		const entries = new Map(this.overlay ?? []);
		const changed = new Set<string>();
		for (const o of overrides) {
			const base = entries.get(o.parameter) ?? this.entries.get(o.parameter);
			if (!base) throw new Error(`unknown parameter "${o.parameter}"`);
			const values = Float64Array.from(base.values);
			const shared = Float64Array.from(base.shared);
			const unitIndex = o.unit === undefined ? -1 : this.unitIds.indexOf(o.unit);
			if (o.unit !== undefined && unitIndex < 0) throw new Error(`unknown unit "${o.unit}"`);
			const from = o.fromYear === undefined ? 0 : Math.max(0, this.years.findIndex((y) => y >= o.fromYear!));
			const n = this.nUnits;
			const mode = o.mode === 'scale' ? 1 : o.mode === 'add' ? 2 : 0;
			const scalar = typeof o.value === 'number' ? o.value : NaN;
			const perUnit = typeof o.value === 'number' ? undefined : o.value;
			// Tight loops: this runs once per override per run of a sweep.
			for (let t = from; t < this.years.length; t++) {
				const u0 = unitIndex >= 0 ? unitIndex : 0;
				const u1 = unitIndex >= 0 ? unitIndex + 1 : n;
				for (let u = u0; u < u1; u++) {
					const i = t * n + u;
					const v = perUnit ? perUnit[u]! : scalar;
					values[i] = mode === 1 ? values[i]! * v : mode === 2 ? values[i]! + v : v;
				}
				if (unitIndex < 0 && !perUnit) shared[t] = mode === 1 ? shared[t]! * scalar : mode === 2 ? shared[t]! + scalar : scalar;
			}
			// An overridden parameter keeps its new values: it is no longer computed from others.
			entries.set(o.parameter, {values, shared});
			changed.add(o.parameter);
		}
		const table = new ParameterTable(this.nUnits, this.years, this.unitIds, this.entries, this.order, entries);
		if (!this.hasExpressions) return table;
		for (const id of this.order) {
			const entry = entries.get(id) ?? this.entries.get(id)!;
			if (changed.has(id) || !entry.recompute || !entry.recompute.deps.some((d) => changed.has(d))) continue;
			const values = new Float64Array(entry.values.length);
			const shared = new Float64Array(entry.shared.length);
			entry.recompute.fill(table, values, shared);
			entries.set(id, {values, shared, recompute: entry.recompute});
			changed.add(id);
		}
		return table;
	}
}
