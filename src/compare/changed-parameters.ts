/**
 * What an alternative changes against its base, from the two merged scenario documents
 * (`changedPaths` of scenario/merge.ts). Parameter changes are grouped per parameter, with the
 * metadata a planner needs to judge them: unit, status (plan, estimate…), source and note.
 * The names and descriptions always differ and say nothing about the numbers: left out.
 */
import {changedPaths} from '../scenario/merge.js';
import type {Measure} from '../engine/types.js';
import type {CompiledScenario} from '../scenario/compile.js';

export interface ChangedParameter {
	/** Key path in the merged scenario, e.g. parameters.transfers.townTilt.values. */
	readonly path: string;
	/** The parameter id when the path is under parameters (else undefined: options, programs…). */
	readonly parameter?: string;
	readonly label_zh?: string;
	readonly label_en?: string;
	readonly base: unknown;
	readonly alt: unknown;
	readonly unit?: string;
	/** The parameter's measure (m2, yuan, persons, share…): how its values are shown (DESIGN §3). */
	readonly measure?: Measure;
	readonly status?: string;
	readonly source?: string;
	readonly note?: string;
}

const IGNORED = new Set(['name', 'description', 'extends']);

const at = (doc: unknown, path: readonly string[]): unknown => path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc);

export function changedParameters(base: CompiledScenario, alt: CompiledScenario): ChangedParameter[] {
	const out: ChangedParameter[] = [];
	for (const path of changedPaths(base.data, alt.data)) {
		if (IGNORED.has(path[0]!)) continue;
		// Metadata-only edits (status, note, source) are listed too but after the value changes.
		const entry: ChangedParameter = {path: path.join('.'), base: at(base.data, path), alt: at(alt.data, path)};
		if (path[0] === 'parameters' && path.length >= 3) {
			const id = path[2]!;
			const info = alt.parameterInfo.get(id) ?? base.parameterInfo.get(id);
			out.push({
				...entry,
				parameter: id,
				label_zh: info?.def?.zh,
				label_en: info?.def?.en,
				unit: info?.spec.unit ?? info?.def?.measure,
				measure: info?.def?.measure,
				status: info?.spec.status,
				source: info?.spec.source ?? info?.spec.reference,
				note: info?.spec.note,
			});
		} else out.push(entry);
	}
	return [...out.filter((c) => !isMetadataChange(c)), ...out.filter(isMetadataChange)];
}

/** A change of a parameter's metadata (its unit, status, source, note…), not of its value. */
export const isMetadataChange = (c: ChangedParameter): boolean => c.parameter !== undefined && /\.(status|source|note|reference|unit|description|date)$/.test(c.path);
