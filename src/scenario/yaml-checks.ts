/**
 * What the YAML parser accepts but a scenario must not contain, each as one short located problem:
 * non-breaking or ideographic spaces in the indentation (pasted from a web page, Word or a Chinese
 * input method), nesting deeper than any scenario needs (the parser's own recursion would give up
 * with a raw "call stack" message), explicit tags (`!!binary` becomes a Buffer that no check
 * expects), keys that are equal once normalised (`2017` and `"2017"` are two keys to YAML, one year
 * to us), keys that are not plain text, and JavaScript built-in names as keys.
 */
import {isMap, isNode, isPair, isScalar, isSeq, type Document, type Node} from 'yaml';
import {hasControls, plainText} from '../format/terminal-text.js';
import {isPrototypeName, PROTOTYPE_HINT} from '../names/reserved.js';

/** Deeper than any scenario (parameters.section.id.byClass.column.class.year is 7). */
export const MAX_NESTING = 24;

export interface YamlProblem {
	readonly offset: number;
	readonly message: string;
	readonly hint: string;
	readonly expected: string;
	readonly value?: unknown;
	/** Errors stop reading; a warning is reported and reading goes on. */
	readonly severity?: 'warning';
}

const ODD_SPACE = /^[ ]*([\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff])/m;

/** Problems visible in the text itself, found before parsing. */
export function textProblems(text: string): YamlProblem[] {
	const problems: YamlProblem[] = [];
	const odd = ODD_SPACE.exec(text);
	if (odd) {
		const code = odd[1]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
		problems.push({offset: odd.index + odd[0].length - 1, message: `a non-ASCII space (U+${code}) is used for indentation`, expected: 'ordinary spaces (U+0020)', hint: 'text pasted from a web page, Word or a Chinese input method (全角空格) brings such spaces: retype the indentation with the space bar'});
	}
	let depth = 0;
	let quote: string | undefined;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = undefined;
			else if (c === '\n') quote = undefined;
			continue;
		}
		if (c === '"' || c === "'") quote = c;
		else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
			const end = text.indexOf('\n', i);
			i = end < 0 ? text.length : end;
		} else if (c === '[' || c === '{') {
			if (++depth > MAX_NESTING) {
				problems.push(nesting(i));
				break;
			}
		} else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
	}
	return problems;
}

const nesting = (offset: number): YamlProblem => ({offset, message: `the document nests lists or mappings more than ${MAX_NESTING} levels deep`, expected: `at most ${MAX_NESTING} levels`, hint: 'no scenario needs this depth: is this the file you meant?'});

/** Problems in the parsed document (before it is turned into data). */
export function nodeProblems(doc: Document): YamlProblem[] {
	const problems: YamlProblem[] = [];
	const stack: Array<{node: unknown; depth: number}> = [{node: doc.contents, depth: 1}];
	let tagged = 0;
	let controls = 0;
	while (stack.length > 0 && problems.length < 20) {
		const {node, depth} = stack.pop()!;
		if (!isNode(node)) continue;
		const at = (node as Node).range?.[0] ?? 0;
		if (depth > MAX_NESTING) {
			problems.push(nesting(at));
			break;
		}
		if ((node as Node).tag && tagged++ === 0) {
			problems.push({offset: at, message: `the YAML tag ${(node as Node).tag!.replace('tag:yaml.org,2002:', '!!')} is not accepted`, expected: 'plain values: numbers, text, lists and mappings', hint: 'remove the tag (!!binary, !!str, !custom…): a scenario holds only plain values'});
		}
		if (isScalar(node) && typeof node.value === 'string' && hasControls(node.value)) {
			// Made visible here (\u001b), before the text becomes data: names and labels reach terminals, workbooks and reports.
			node.value = plainText(node.value);
			if (controls++ === 0) problems.push({offset: at, severity: 'warning', message: 'control characters (escape sequences) in a text value, kept as visible escapes (\\u001b)', expected: 'plain text', hint: 'text copied from a terminal or a web page can carry escape sequences that would reach other screens; retype it'});
		}
		if (isMap(node)) {
			const seen = new Map<string, unknown>();
			for (const pair of node.items) {
				const key = pair.key;
				const keyAt = isNode(key) ? (key.range?.[0] ?? at) : at;
				if (!isScalar(key) || (key.value !== null && typeof key.value === 'object')) {
					problems.push({offset: keyAt, message: 'a key is a list or mapping, not a name', expected: 'a plain key such as willingness:', hint: 'remove the "? " or the brackets around the key'});
				} else {
					const name = String(key.value);
					const previous = seen.get(name);
					if (previous !== undefined && typeof previous !== typeof key.value) {
						problems.push({offset: keyAt, message: `the key ${name} appears twice in the same mapping (once as a number, once as quoted text)`, value: name, expected: 'each key once in a mapping', hint: 'keep one of the two entries: 2017 and "2017" name the same year'});
					}
					seen.set(name, key.value);
					if (isPrototypeName(name)) problems.push({offset: keyAt, message: `"${name}" cannot be a name`, value: name, expected: 'a name of your own', hint: PROTOTYPE_HINT});
				}
				if (isPair(pair)) stack.push({node: pair.value, depth: depth + 1});
			}
		} else if (isSeq(node)) {
			for (const item of node.items) stack.push({node: item, depth: depth + 1});
		}
	}
	return problems.sort((a, b) => a.offset - b.offset);
}
