/**
 * `extends:` semantics: the overlay is merged into its base key by key; lists and scalars are
 * replaced whole. Parameter entries are first put in their full form ({values: …}) so that an
 * overlay writing `willingness: 0.4` keeps the base's unit, source and per-unit overrides, and dated
 * maps merge year by year ({2019: x} changes the value from 2019 on, earlier years stay).
 */
import {YEAR_KEY} from './schema.js';

type Json = Record<string, unknown>;

export const isPlainObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isDatedMap(v: unknown): v is Record<string, number | string> {
	return isPlainObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => YEAR_KEY.test(k));
}

/** Put a parameter entry in the form `{values, …metadata}`. */
export function normaliseParameterEntry(entry: unknown): unknown {
	if (typeof entry === 'number' || typeof entry === 'string' || isDatedMap(entry)) return {values: entry};
	return entry;
}

export function normaliseParameters(data: unknown): unknown {
	if (!isPlainObject(data) || !isPlainObject(data['parameters'])) return data;
	const sections: Json = {};
	for (const [section, entries] of Object.entries(data['parameters'])) {
		if (!isPlainObject(entries)) {
			sections[section] = entries;
			continue;
		}
		sections[section] = Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, normaliseParameterEntry(entry)]));
	}
	return {...data, parameters: sections};
}

/** Merge files from base to overlay (the chain of `extends`, most derived last), parameters normalised. */
export function mergeChain(datas: readonly unknown[]): unknown {
	let merged: unknown = {};
	for (const data of datas) merged = deepMerge(merged, normaliseParameters(data));
	return merged;
}

export function deepMerge(base: unknown, overlay: unknown): unknown {
	if (!isPlainObject(base) || !isPlainObject(overlay)) return overlay === undefined ? base : overlay;
	if (isDatedMap(base) !== isDatedMap(overlay)) return overlay;
	const out: Json = {...base};
	for (const [key, value] of Object.entries(overlay)) {
		out[key] = key in base ? deepMerge(base[key], value) : value;
	}
	return out;
}

/** Key paths whose value differs between two merged documents (for the "what changed" report). */
export function changedPaths(base: unknown, alt: unknown, prefix: string[] = []): string[][] {
	if (isPlainObject(base) && isPlainObject(alt)) {
		const keys = new Set([...Object.keys(base), ...Object.keys(alt)]);
		return [...keys].flatMap((k) => changedPaths(base[k], alt[k], [...prefix, k]));
	}
	return JSON.stringify(base) === JSON.stringify(alt) ? [] : [prefix];
}
