/**
 * Parse one YAML file keeping positions (eemeli/yaml with a LineCounter, TOOLCHAIN §5):
 * syntax errors, tabs, duplicate keys and alias bombs become located diagnostics.
 */
import {isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node} from 'yaml';
import type {Diagnostic} from '../errors/diagnostic.js';
import {nodeProblems, textProblems, type YamlProblem} from './yaml-checks.js';

export const MAX_YAML_BYTES = 1_000_000;
export const MAX_ALIASES = 50;

export interface YamlSource {
	readonly file: string;
	readonly text: string;
	readonly doc: Document;
	readonly lineCounter: LineCounter;
	readonly data: unknown;
}

export function readYaml(file: string, text: string, diagnostics: Diagnostic[]): YamlSource | undefined {
	let doc: Document | undefined;
	const at = (line: number, column: number, message: string, hint?: string, value?: unknown, expected?: string, offset?: number) =>
		diagnostics.push({severity: 'error', file, line, column, path: doc && offset !== undefined ? pathAtOffset(doc, offset) : '', message, hint, value, expected});
	if (text.length > MAX_YAML_BYTES) {
		at(1, 1, `the file is ${text.length} bytes; scenario files are limited to ${MAX_YAML_BYTES}`, 'put large tables in a CSV data file');
		return undefined;
	}
	const lineCounter = new LineCounter();
	const problem = (p: YamlProblem) => {
		const pos = lineCounter.linePos(p.offset);
		if (p.severity === 'warning') diagnostics.push({severity: 'warning', file, line: pos.line, column: pos.col, path: doc ? pathAtOffset(doc, p.offset) : '', message: p.message, hint: p.hint, expected: p.expected});
		else at(pos.line, pos.col, p.message, p.hint, p.value, p.expected, p.offset);
	};
	const early = textProblems(text);
	if (early.length > 0) {
		// Positions need the line starts, which the parser records: scan the lines without parsing.
		lineCounter.addNewLine(0);
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
		early.forEach(problem);
		return undefined;
	}
	doc = parseDocument(text, {lineCounter, uniqueKeys: true, strict: true, prettyErrors: false});
	let failed = false;
	let syntax = 0;
	const tab = /^( *)\t/m.exec(text);
	if (tab) {
		const pos = lineCounter.linePos(tab.index + tab[1]!.length);
		at(pos.line, pos.col, 'a tab character is used for indentation', 'YAML indents with spaces only: replace the tab with spaces (set your editor to insert spaces)', '\t', 'spaces', Math.max(0, tab.index - 1));
		failed = true;
	}
	for (const error of doc.errors) {
		if (tab && /tab/i.test(error.message)) continue;
		// Without prettyErrors the error carries only an offset: turn it into line:column ourselves.
		const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
		if (error.code === 'DUPLICATE_KEY') {
			const key = keyAt(text, error.pos[0]);
			at(pos.line, pos.col, `the key ${key ? `"${key}" ` : ''}appears twice in the same mapping`, 'keep one of the two entries: other YAML tools would silently use the second', key, 'each key once in a mapping', error.pos[0]);
		} else if (error.code === 'MULTIPLE_DOCS') {
			at(pos.line, pos.col, 'the file holds more than one YAML document (a line ---)', 'a scenario is one document: remove the --- line and what follows, or split the file', undefined, 'one document');
		} else if (error.code === 'RESOURCE_EXHAUSTION') {
			at(pos.line, pos.col, 'the document nests too deeply to be read', 'no scenario needs this depth: is this the file you meant?', undefined, 'a scenario file', error.pos[0]);
			break;
		} else if (++syntax > 3) {
			// A file that is not YAML at all gives one error per line: the first few say enough.
			at(pos.line, pos.col, `${doc.errors.length - 3} more YAML syntax errors follow; is this a scenario file?`, 'fix the first errors, or check that you named the right file', undefined, 'valid YAML');
			failed = true;
			break;
		} else {
			at(pos.line, pos.col, `YAML syntax: ${firstLine(error.message)}`, 'check the indentation, colons, brackets and quotes on this line and the one before', undefined, 'valid YAML (key: value lines indented with spaces)', error.pos[0]);
		}
		failed = true;
	}
	if (failed) return undefined;
	const problems = nodeProblems(doc);
	problems.forEach(problem);
	if (problems.some((p) => p.severity !== 'warning')) return undefined;
	let data: unknown;
	try {
		data = doc.toJS({maxAliasCount: MAX_ALIASES});
	} catch (error) {
		const alias = /\*[A-Za-z0-9_-]+/.exec(text);
		const pos = lineCounter.linePos(alias?.index ?? 0);
		const reason = error instanceof Error && /alias/i.test(error.message) ? 'it uses aliases (*name) that expand too many times' : error instanceof Error ? error.message : String(error);
		at(pos.line, pos.col, `the document cannot be expanded: ${reason}`, `write the values out; this limit stops "billion laughs" documents that would exhaust memory`, alias?.[0], `at most ${MAX_ALIASES} alias expansions`, alias?.index);
		return undefined;
	}
	return {file, text, doc: doc as Document, lineCounter, data};
}

/** The key path (a.b.0.c) of the deepest node around an offset, for errors found by the parser. */
export function pathAtOffset(doc: Document, offset: number): string {
	const path: string[] = [];
	let node: unknown = doc.contents;
	for (let depth = 0; depth < 100; depth++) {
		if (!isNode(node) || !('items' in node)) break;
		const items = (node as {items: unknown[]}).items;
		let next: unknown;
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			if (isPair(item)) {
				const end = isNode(item.value) ? item.value.range?.[2] : isNode(item.key) ? item.key.range?.[2] : undefined;
				const start = isNode(item.key) ? item.key.range?.[0] : undefined;
				if (start !== undefined && end !== undefined && offset >= start && offset <= end) {
					path.push(isScalar(item.key) ? String(item.key.value) : '?');
					next = item.value;
					break;
				}
			} else if (isNode(item) && item.range && offset >= item.range[0] && offset <= item.range[2]) {
				path.push(String(i));
				next = item;
				break;
			}
		}
		if (next === undefined) break;
		node = next;
	}
	return path.join('.');
}

/** The key text at an offset (for the duplicate-key message). */
function keyAt(text: string, offset: number): string | undefined {
	const match = /^["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset, offset + 200));
	return match?.[1]?.trim();
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A parameter written in its short form (`willingness: 0.4` or `permitCoverage: {2016: 0.6, …}`):
 * the loader normalises it to `{values: …}`, so the path `….values` points at the entry itself.
 */
function isBareParameterValue(node: unknown): boolean {
	if (isScalar(node)) return true;
	return isMap(node) && node.items.length > 0 && node.items.every((p) => isPair(p) && isScalar(p.key) && /^\d{4}$/.test(String(p.key.value)));
}

/**
 * Line and column of a key path. With `key: true` the position of the last key itself (for unknown
 * keys); otherwise of its value. Falls back to the deepest existing parent.
 */
export function locate(source: YamlSource, path: readonly (string | number)[], key = false): {line: number; column: number; found: boolean} {
	let node: unknown = source.doc.contents;
	let best: Node | undefined = isNode(node) ? node : undefined;
	let found = true;
	for (let i = 0; i < path.length; i++) {
		const segment = path[i]!;
		if (segment === 'values' && path[0] === 'parameters' && isBareParameterValue(node)) continue;
		if (isMap(node)) {
			const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
			if (!pair) {
				found = false;
				break;
			}
			const last = i === path.length - 1;
			if (last && key && isNode(pair.key)) {
				best = pair.key;
				node = pair.key;
				break;
			}
			node = pair.value;
			if (isNode(node)) best = node;
			else if (isNode(pair.key)) best = pair.key;
		} else if (isNode(node) && 'items' in node && Array.isArray((node as {items: unknown[]}).items)) {
			const item = (node as {items: unknown[]}).items[Number(segment)];
			if (item === undefined) {
				found = false;
				break;
			}
			node = item;
			if (isNode(node)) best = node;
		} else {
			found = false;
			break;
		}
	}
	const offset = best?.range?.[0] ?? 0;
	const pos = source.lineCounter.linePos(offset);
	return {line: pos.line, column: pos.col, found};
}
