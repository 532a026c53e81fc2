/** Turn zod issues into located diagnostics with an expectation and a hint (did-you-mean for keys). */
import type {z} from 'zod';
import type {Diagnostic} from '../errors/diagnostic.js';
import {didYouMean} from '../errors/did-you-mean.js';
import {locate, type YamlSource} from './read-yaml.js';

type Path = readonly (string | number)[];

export function zodDiagnostics(error: z.ZodError, schema: z.ZodType, sources: readonly YamlSource[]): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const issue of error.issues) {
		const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
		if (issue.code === 'unrecognized_keys') {
			const allowed = allowedKeysAt(schema, path);
			for (const key of issue.keys) {
				out.push(at(sources, [...path, key], true, {
					message: `unknown key "${key}"`,
					value: undefined,
					expected: allowed.length ? `one of: ${allowed.join(', ')}` : undefined,
					hint: didYouMean(key, allowed) ?? 'remove it, or check the spelling and the indentation',
				}));
			}
			continue;
		}
		const value = valueAt(sources, path);
		out.push(at(sources, path, false, {...describe(issue, value), value}));
	}
	return out;
}

function describe(issue: z.core.$ZodIssue, value: unknown): {message: string; expected?: string; hint?: string} {
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) return {message: 'a required key is missing', expected: `a ${issue.expected}`, hint: 'add it here, or extend a scenario that has it'};
			if (typeof value === 'number' && !Number.isFinite(value)) return {message: 'not a finite number', expected: `a finite ${issue.expected}`, hint: '.nan and .inf are not allowed'};
			return {message: `wrong type: ${typeName(value)}`, expected: `a ${issue.expected}`};
		case 'invalid_union':
			return {message: `wrong type: ${typeName(value)}`, expected: 'a number, an expression in quotes, or a map of years to values (2017: 0.3)', hint: 'see "Scenario format" in the README'};
		case 'invalid_value':
			return {message: 'not one of the allowed values', expected: `one of: ${issue.values.map(String).join(', ')}`, hint: typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined};
		case 'invalid_format':
			return {message: issue.message, expected: issue.format === 'regex' ? 'a year such as 2017' : issue.format};
		case 'too_small':
			return {message: issue.message, expected: `at least ${String(issue.minimum)}`};
		case 'too_big':
			return {message: issue.message, expected: `at most ${String(issue.maximum)}`};
		case 'invalid_key':
			return {message: 'invalid key', expected: 'a year such as 2017 (four digits)', hint: 'dated values are written `2017: 0.3`'};
		default:
			return {message: issue.message};
	}
}

function typeName(value: unknown): string {
	if (value === null) return 'null (an empty value)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	return `${typeof value}`;
}

function at(sources: readonly YamlSource[], path: Path, key: boolean, rest: Omit<Diagnostic, 'severity' | 'file' | 'line' | 'column' | 'path'>): Diagnostic {
	const {source, line, column} = locateInChain(sources, path, key);
	return {severity: 'error', file: source?.file ?? '(scenario)', line, column, path: path.join('.'), ...rest};
}

/** The most derived file that defines the path (or its deepest parent) holds the position. */
export function locateInChain(sources: readonly YamlSource[], path: Path, key = false): {source?: YamlSource; line: number; column: number} {
	for (const source of sources) {
		const pos = locate(source, path, key);
		if (pos.found) return {source, line: pos.line, column: pos.column};
	}
	for (let n = path.length - 1; n >= 0; n--) {
		for (const source of sources) {
			const pos = locate(source, path.slice(0, n));
			if (pos.found) return {source, line: pos.line, column: pos.column};
		}
	}
	return {source: sources[0], line: 1, column: 1};
}

function valueAt(sources: readonly YamlSource[], path: Path): unknown {
	for (const source of sources) {
		let v: unknown = source.data;
		for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
		if (v !== undefined) return v;
	}
	return undefined;
}

/** Keys allowed at a path, by walking the schema (zod 4 definitions). */
function allowedKeysAt(schema: z.ZodType, path: Path): string[] {
	let node: unknown = schema;
	for (const segment of [...path, null]) {
		node = unwrap(node);
		const def = (node as {_zod?: {def?: Record<string, unknown>}})?._zod?.def;
		if (!def) return [];
		if (segment === null) return def['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
		if (def['type'] === 'object') node = (def['shape'] as Record<string, unknown>)[String(segment)];
		else if (def['type'] === 'record') node = def['valueType'];
		else if (def['type'] === 'array') node = def['element'];
		else return [];
	}
	return [];
}

function unwrap(node: unknown): unknown {
	for (let i = 0; i < 10; i++) {
		const def = (node as {_zod?: {def?: Record<string, unknown>}})?._zod?.def;
		if (!def) return node;
		if (def['type'] === 'optional' || def['type'] === 'nullable' || def['type'] === 'default') node = def['innerType'];
		else if (def['type'] === 'union') node = (def['options'] as unknown[]).find((o) => (o as {_zod: {def: {type: string}}})._zod.def.type === 'object') ?? node;
		else return node;
		if ((node as {_zod: {def: {type: string}}})._zod.def.type === 'object') return node;
	}
	return node;
}
