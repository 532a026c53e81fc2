/**
 * Read a scenario and the chain of files it extends, validate each against the schema and merge
 * them. File access goes through `readText` so that this module stays testable without a disk;
 * load-file.ts supplies the real file system. Every error in every file is collected before failing.
 */
import path from 'node:path';
import type {Diagnostic} from '../errors/diagnostic.js';
import {ScenarioError} from '../errors/scenario-error.js';
import {isPlainObject, mergeChain, normaliseParameters} from './merge.js';
import {locate, readYaml, type YamlSource} from './read-yaml.js';
import {type ScenarioFile, scenarioFileSchema, scenarioSchema} from './schema.js';
import {zodDiagnostics} from './zod-diagnostics.js';

export const MAX_EXTENDS_DEPTH = 8;

/**
 * zod compiles a fast path (generated code, `new Function`) for each object schema on its first
 * parse; a command parses a scenario two or three times, so the compiled code costs more than it
 * saves (measured: first parse of henan-2017.yaml 8 ms without it, 13–20 ms with it). Same checks, same issues.
 */
const ONCE = {jitless: true} as const;

export interface LoadedScenario {
	/** Absolute path of the scenario file the user named. */
	readonly file: string;
	/** The file and the files it extends, most derived first. */
	readonly sources: readonly YamlSource[];
	/** The merged document. */
	readonly data: ScenarioFile;
	/** The data files the scenario reads, resolved (reported to the user: nothing else is read). */
	readonly unitsFile: string;
	readonly unitsText: string;
	readonly warnings: readonly Diagnostic[];
}

export type ReadText = (absolutePath: string) => string;

export function loadScenario(file: string, readText: ReadText): LoadedScenario {
	const diagnostics: Diagnostic[] = [];
	const sources: YamlSource[] = [];
	const seen: string[] = [];
	let current: string | undefined = path.resolve(file);
	let from: {source: YamlSource; value: string} | undefined;
	let fatal = false;
	const pruned = new Set<Diagnostic>();
	while (current) {
		if (seen.includes(current)) {
			diagnostics.push(chainError(from, `extends forms a cycle: ${[...seen, current].map((f) => path.basename(f)).join(' → ')}`, 'remove the extends line from one of these files'));
			break;
		}
		if (seen.length >= MAX_EXTENDS_DEPTH) {
			diagnostics.push(chainError(from, `more than ${MAX_EXTENDS_DEPTH} levels of extends`, 'flatten the chain'));
			break;
		}
		seen.push(current);
		if (!/\.ya?ml$/i.test(current)) {
			diagnostics.push(chainError(from, `not a YAML file: ${current}`, 'scenarios are .yaml or .yml files', current));
			break;
		}
		let text: string;
		try {
			text = readText(current);
		} catch (error) {
			const why = readFailure(error);
			diagnostics.push(chainError(from, `cannot read ${current}: ${why.reason}`, why.hint ?? (from ? `extends is resolved relative to ${path.basename(from.source.file)}, the file that names it` : 'check the path and the working directory'), from?.value ?? current));
			break;
		}
		const source = readYaml(current, text, diagnostics);
		if (!source) break;
		if (!isPlainObject(source.data)) {
			diagnostics.push({severity: 'error', file: current, line: 1, column: 1, path: '', message: 'the file is not a mapping of keys to values', expected: 'keys such as name:, years:, units:, parameters:', hint: 'start from scenarios/henan-2017.yaml'});
			break;
		}
		const keys = Object.keys(source.data);
		const unknown = keys.filter((k) => !Object.hasOwn(scenarioFileSchema.shape, k)).length;
		if (unknown === keys.length || (unknown >= 3 && unknown * 2 > keys.length)) {
			// A configuration file named by mistake, or a /proc file: say so once, without echoing its contents.
			diagnostics.push({severity: 'error', file: current, line: 1, column: 1, path: '', message: `this is not a hukou-sim scenario: ${unknown === keys.length ? 'none' : `only ${keys.length - unknown}`} of its ${keys.length} top-level keys ${unknown === keys.length ? 'is a scenario key' : 'are scenario keys'}`, expected: `keys such as ${Object.keys(scenarioFileSchema.shape).slice(0, 5).join(', ')}`, hint: 'check that you named the right file (start from scenarios/henan-2017.yaml)'});
			break;
		}
		const ext = source.data['extends'];
		// An overlay may leave required keys (a program's kind, a target's label) to the file it
		// extends: missing keys are checked once, on the merged scenario below.
		const normalised = normaliseParameters(source.data);
		const parsed = scenarioSchema.safeParse(normalised, ONCE);
		if (!parsed.success) {
			const found = zodDiagnostics(parsed.error, scenarioSchema, [source], normalised, typeof ext === 'string' ? 'present' : 'all');
			diagnostics.push(...found);
			// Schema errors do not hide the others (issue 15 §3): the offending keys are removed and loading goes
			// on, so that the later checks (ranges, expressions, the unit table) report in the same pass.
			if (found.length > 0 && pruneInvalid(normalised, parsed.error.issues) && scenarioSchema.safeParse(normalised, ONCE).success) {
				for (const d of found) pruned.add(d);
				sources.push({...source, data: normalised});
			} else if (found.length > 0) {
				fatal = true;
				break;
			} else sources.push(source);
		} else sources.push(source);
		current = typeof ext === 'string' ? path.resolve(path.dirname(current), ext) : undefined;
		from = typeof ext === 'string' ? {source, value: ext} : undefined;
	}
	if (fatal || sources.length === 0 || diagnostics.some((d) => d.severity === 'error' && !pruned.has(d))) throw new ScenarioError(diagnostics);

	const merged = mergeChain([...sources].reverse().map((source) => source.data));
	delete (merged as Record<string, unknown>)['extends'];
	if (sources.length > 1) {
		const whole = scenarioSchema.safeParse(merged, ONCE);
		if (!whole.success) {
			const missing = zodDiagnostics(whole.error, scenarioSchema, sources, merged, 'missing');
			if (missing.length > 0) throw new ScenarioError([...diagnostics, ...missing]);
		}
	}
	const data = merged as ScenarioFile;

	const top = sources[0]!;
	const unitsSpec = data.units;
	// A scenario without a unit table is standalone: its own parameters, series and outcomes only
	// (compile.ts refuses built-in parameters there, since the built-in models need the table).
	if (!unitsSpec) return {file: top.file, sources, data, unitsFile: '', unitsText: '', warnings: diagnostics};
	const definer = sources.find((s) => isPlainObject(s.data) && isPlainObject((s.data as Record<string, unknown>)['units']) && 'file' in ((s.data as Record<string, Record<string, unknown>>)['units'] ?? {})) ?? top;
	const unitsFile = path.resolve(path.dirname(definer.file), unitsSpec.file);
	let unitsText = '';
	const where = locate(definer, ['units', 'file']);
	const unitsDiag = (message: string, hint: string): ScenarioError =>
		new ScenarioError([...diagnostics, {severity: 'error', file: definer.file, line: where.line, column: where.column, path: 'units.file', value: unitsSpec.file, message, expected: 'a .csv file or .xlsx workbook (a table with one row per city or county)', hint}]);
	if (!/\.(csv|xlsx)$/i.test(unitsFile)) throw unitsDiag(`the unit table must be a .csv or .xlsx file (resolved to ${unitsFile})`, 'scenarios may only read .csv data files or .xlsx workbooks (the first sheet): save the table from your spreadsheet as "CSV UTF-8" or .xlsx');
	try {
		unitsText = readText(unitsFile);
	} catch (error) {
		const why = readFailure(error);
		throw unitsDiag(`cannot read the unit table ${unitsFile}: ${why.reason}`, why.hint ?? `the path is resolved relative to ${path.basename(definer.file)}, the file that names it`);
	}
	const size = runSize(unitsText, data.years);
	if (size && size.cells > MAX_UNIT_YEARS) {
		const holder = sources.find((s) => isPlainObject(s.data) && isPlainObject(s.data['years'])) ?? top;
		const at = locate(holder, ['years', 'end']);
		throw new ScenarioError([...diagnostics, {severity: 'error', file: holder.file, line: at.line, column: at.column, path: 'years.end', value: data.years?.end, message: `${size.units} units × ${size.years} years after the base year = ${size.cells.toLocaleString('en')} unit-years; at most ${MAX_UNIT_YEARS.toLocaleString('en')} are allowed`, expected: `an end year at most ${Math.floor(MAX_UNIT_YEARS / size.units)} years after the base year for ${size.units} units`, hint: 'a run keeps every series for every unit and year in memory (about 1 KB per unit-year): shorten the run or aggregate units'}]);
	}
	return {file: top.file, sources, data, unitsFile, unitsText, warnings: diagnostics};
}

/**
 * Units × years a run holds (about 110 series of 8 bytes each, plus the parameters): 200,000 keep a
 * validation within seconds and a few hundred MB (measured with `validate`, which also runs once:
 * 2,000 units × 2016–2116 2.2 s, 390 MB; 20,000 units × 2016–2026 8.5 s, 820 MB; 20,000 × 2016–2116,
 * allowed before, took 57 s and 2.7 GB). The unit table's own limit is
 * MAX_UNITS (units-table.ts); this one binds their product.
 */
export const MAX_UNIT_YEARS = 200_000;

/** The size of the run before anything is parsed: data rows (non-empty lines after the header) × years after the base year. */
function runSize(unitsText: string, years: {base?: number; end?: number} | undefined): {units: number; years: number; cells: number} | undefined {
	if (years?.base === undefined || years.end === undefined || years.end < years.base) return undefined;
	let units = -1;
	for (let i = 0; i < unitsText.length; ) {
		const next = unitsText.indexOf('\n', i);
		const end = next < 0 ? unitsText.length : next;
		if (unitsText.slice(i, end).trim() !== '') units++;
		i = end + 1;
	}
	const count = years.end - years.base;
	return units > 0 ? {units, years: count, cells: units * count} : undefined;
}

/**
 * Remove from `data` every key a schema issue points at (an unknown key, a value of the wrong type).
 * False when an issue concerns the whole document, which cannot be removed.
 */
function pruneInvalid(data: unknown, issues: readonly {code: string; path: readonly PropertyKey[]; keys?: readonly string[]}[]): boolean {
	for (const issue of issues) {
		const path = issue.path.map(String);
		const targets = issue.code === 'unrecognized_keys' ? (issue.keys ?? []).map((k) => [...path, k]) : [path];
		// A parameter entry of the wrong form cannot go: the models need every built-in parameter.
		if (issue.code !== 'unrecognized_keys' && path[0] === 'parameters') return false;
		for (const target of targets) {
			if (target.length === 0) return false;
			// Walk to the parent of the key; a list on the way is removed whole (removing an item would renumber the rest).
			let parent: unknown = data;
			let key = target[0]!;
			for (const next of target.slice(1)) {
				const node = isPlainObject(parent) ? parent[key] : undefined;
				if (!isPlainObject(node)) break;
				parent = node;
				key = next;
			}
			if (isPlainObject(parent)) delete parent[key];
		}
	}
	return true;
}

/** Why a file could not be read, in words (the codes come from node:fs or from load-file.ts). */
function readFailure(error: unknown): {reason: string; hint?: string} {
	const code = (error as NodeJS.ErrnoException)?.code;
	const reasons: Record<string, {reason: string; hint?: string}> = {
		ENOTTEXT: {reason: error instanceof Error ? error.message.replace(/^\S+ is /, 'it is ') : 'it is not text', hint: 'scenario files and unit tables are text: UTF-8 (with or without BOM) or GB18030/GBK'},
		ENOENT: {reason: 'there is no such file'},
		EACCES: {reason: 'permission denied', hint: 'the file exists but you may not read it: check its permissions'},
		EISDIR: {reason: 'it is a folder, not a file', hint: 'name the file inside the folder'},
		ENOTFILE: {reason: 'it is not a regular file (a folder, device or pipe)', hint: 'scenarios read only ordinary files'},
		ENXIO: {reason: 'it is not a regular file (a socket or device)', hint: 'scenarios read only ordinary files'},
		ELOOP: {reason: 'its symbolic links form a loop', hint: 'name the file itself'},
		ENAMETOOLONG: {reason: 'the path is too long', hint: 'shorten the path'},
		ENOTDIR: {reason: 'a part of the path is a file, not a folder', hint: 'check the path'},
		EFBIG: {reason: error instanceof Error ? error.message : 'the file is too large', hint: 'scenario files are limited in size so that opening one cannot exhaust memory: put large tables in a CSV data file'},
	};
	return (code !== undefined && Object.hasOwn(reasons, code) ? reasons[code] : undefined) ?? {reason: code ?? (error instanceof Error ? error.message : String(error))};
}

function chainError(from: {source: YamlSource; value: string} | undefined, message: string, hint: string, value?: string): Diagnostic {
	if (!from) return {severity: 'error', file: '(command line)', line: 1, column: 1, path: '', message, hint, value};
	const node = from.source.doc.get('extends', true) as {range?: [number, number, number]} | undefined;
	const pos = from.source.lineCounter.linePos(node?.range?.[0] ?? 0);
	return {severity: 'error', file: from.source.file, line: pos.line, column: pos.col, path: 'extends', value: from.value, message, hint, expected: 'the path of another scenario file'};
}
