/** Turn zod issues into located diagnostics with an expectation and a hint (did-you-mean for keys). */
import type {z} from 'zod';
import type {Diagnostic} from '../errors/diagnostic.js';
import {didYouMean} from '../errors/did-you-mean.js';
import {locate, type YamlSource} from './read-yaml.js';

type Path = readonly (string | number)[];

/**
 * `data` is the document zod checked (after normaliseParameters), used to show the offending value;
 * `keep` filters issues by whether the value is missing (an overlay may leave required keys to the
 * file it extends: those are checked once, on the merged scenario).
 */
export function zodDiagnostics(error: z.ZodError, schema: z.ZodType, sources: readonly YamlSource[], data: unknown = sources[0]?.data, keep: 'all' | 'present' | 'missing' = 'all'): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const issue of error.issues) {
		const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
		if (keep !== 'all' && issue.code !== 'unrecognized_keys') {
			const missing = valueAt(data, path) === undefined && issue.code !== 'custom';
			if ((keep === 'present' && missing) || (keep === 'missing' && !missing)) continue;
		} else if (keep === 'missing') continue;
		if (issue.code === 'unrecognized_keys') {
			const allowed = allowedKeysAt(schema, path);
			for (const key of issue.keys) {
				out.push(at(sources, [...path, key], true, {
					message: `unknown key "${key}"`,
					value: shown(valueAt(data, [...path, key])),
					expected: allowed.length ? `one of: ${allowed.join(', ')}` : undefined,
					hint: didYouMean(key, allowed) ?? 'remove it, or check the spelling and the indentation',
				}));
			}
			continue;
		}
		const value = valueAt(data, path);
		out.push(at(sources, path, false, {...describe(issue, value, path), value: shown(value)}));
	}
	return out;
}

const PARAMETER_FORMS = 'a number (0.35), an expression in quotes ("0.3 + 0.01 * t"), a map of years to values ({2017: 0.3, 2019: 0.4}), or a mapping with values: and metadata';
const NON_FINITE_HINT = 'write the figure itself; if it is unknown, leave the key out so that the value of the scenario this one extends applies';

/** A value as the user wrote it: NaN and Infinity shown in YAML spelling. */
function shown(value: unknown): unknown {
	if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
	return value;
}

function isParameterEntry(path: Path): boolean {
	return path[0] === 'parameters' && (path.length === 3 || (path.length >= 4 && (path[3] === 'values' || path[3] === 'byUnit' || path[3] === 'byClass')));
}

function describe(issue: z.core.$ZodIssue, value: unknown, path: Path): {message: string; expected?: string; hint?: string} {
	if (typeof value === 'number' && !Number.isFinite(value)) {
		return {message: `${shown(value)} is not a number that can be computed with`, expected: 'a finite number', hint: NON_FINITE_HINT};
	}
	const last = path[path.length - 1];
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) return {message: `the required key "${String(last)}" is missing`, expected: typeWords(issue.expected), hint: 'add it here, or extend a scenario that has it (extends: henan-2017.yaml)'};
			if (isParameterEntry(path)) return {message: `wrong type: ${typeName(value)}`, expected: PARAMETER_FORMS, hint: 'see scenarios/henan-2017.yaml for examples of each form'};
			return {message: `wrong type: ${typeName(value)}`, expected: typeWords(issue.expected), hint: typeHint(issue.expected, value)};
		case 'invalid_union':
			if (value === undefined) return {message: `the required key "${String(last)}" is missing`, expected: 'a value', hint: 'add it here, or extend a scenario that has it'};
			return {message: `wrong type: ${typeName(value)}`, expected: isParameterEntry(path) ? PARAMETER_FORMS : 'a number or an expression in quotes', hint: 'see scenarios/henan-2017.yaml for examples'};
		case 'invalid_value':
			if (value === undefined) return {message: `the required key "${String(last)}" is missing`, expected: `one of: ${issue.values.map(String).join(', ')}`, hint: 'add it here, or extend a scenario that has it'};
			return {message: `${typeof value === 'string' ? `"${value}"` : String(value)} is not one of the allowed values`, expected: `one of: ${issue.values.map(String).join(', ')}`, hint: typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined};
		case 'invalid_format':
			return {message: issue.message, expected: issue.format === 'regex' ? 'a year such as 2017' : issue.format};
		case 'too_small':
			if (issue.origin === 'array') return {message: 'the list is empty', expected: `at least ${String(issue.minimum)} item(s)`, hint: 'add an item or remove the key'};
			if (issue.origin === 'string') return {message: 'the text is empty', expected: 'some text', hint: 'fill it in or remove the key'};
			return {message: `${String(value)} is too small`, expected: `${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`};
		case 'too_big':
			return {message: `${String(value)} is too large`, expected: `${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`};
		case 'invalid_key':
			return {message: 'invalid key', expected: 'a year such as 2017 (four digits)', hint: 'dated values are written `2017: 0.3`'};
		default:
			return {message: issue.message};
	}
}

/** zod's type names in the words of a YAML author. */
function typeWords(expected: string): string {
	const words: Record<string, string> = {
		object: 'a mapping (indented key: value lines)',
		array: 'a list ([a, b] or lines starting with -)',
		number: 'a number',
		string: 'text',
		boolean: 'true or false',
	};
	return words[expected] ?? `a ${expected}`;
}

function typeHint(expected: string, value: unknown): string | undefined {
	if (expected === 'number' && typeof value === 'string') return /%$/.test(value.trim()) ? 'write percentages as fractions: 35% is 0.35' : 'remove the quotes and any units; write 1.5e9, not "15亿"';
	if (expected === 'string' && typeof value === 'number') return 'put the value in quotes';
	if (expected === 'object') return 'indent the keys of this entry under it';
	return undefined;
}

function typeName(value: unknown): string {
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
	if (typeof value === 'boolean') return `${value} (a yes/no value)`;
	return `a ${typeof value}`;
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

function valueAt(data: unknown, path: Path): unknown {
	let v: unknown = data;
	for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
	return v;
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
