/**
 * Read a scenario and the chain of files it extends, validate each against the schema and merge
 * them. File access goes through `readText` so that this module stays testable without a disk;
 * load-file.ts supplies the real file system. Every error in every file is collected before failing.
 */
import path from 'node:path';
import type {Diagnostic} from '../errors/diagnostic.js';
import {ScenarioError} from '../errors/scenario-error.js';
import {deepMerge, isPlainObject, normaliseParameters} from './merge.js';
import {readYaml, type YamlSource} from './read-yaml.js';
import {type ScenarioFile, scenarioSchema} from './schema.js';
import {zodDiagnostics} from './zod-diagnostics.js';

export const MAX_EXTENDS_DEPTH = 8;

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
			diagnostics.push(chainError(from, `cannot read ${current}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, from ? 'extends is resolved relative to the file that names it' : 'check the path', from?.value));
			break;
		}
		const source = readYaml(current, text, diagnostics);
		if (!source) break;
		if (!isPlainObject(source.data)) {
			diagnostics.push({severity: 'error', file: current, line: 1, column: 1, path: '', message: 'the file is not a mapping of keys to values', expected: 'keys such as name:, years:, units:, parameters:', hint: 'start from scenarios/henan-2017.yaml'});
			break;
		}
		sources.push(source);
		const parsed = scenarioSchema.safeParse(normaliseParameters(source.data));
		if (!parsed.success) diagnostics.push(...zodDiagnostics(parsed.error, scenarioSchema, [source]));
		const ext = source.data['extends'];
		current = typeof ext === 'string' ? path.resolve(path.dirname(current), ext) : undefined;
		from = typeof ext === 'string' ? {source, value: ext} : undefined;
	}
	if (diagnostics.some((d) => d.severity === 'error')) throw new ScenarioError(diagnostics);

	let merged: unknown = {};
	for (const source of [...sources].reverse()) merged = deepMerge(merged, normaliseParameters(source.data));
	delete (merged as Record<string, unknown>)['extends'];
	const data = merged as ScenarioFile;

	const top = sources[0]!;
	const unitsSpec = data.units;
	if (!unitsSpec) {
		throw new ScenarioError([{severity: 'error', file: top.file, line: 1, column: 1, path: 'units', message: 'no unit table', expected: 'units: {file: data/your-units.csv}', hint: 'name the CSV of cities/counties, relative to the scenario file'}]);
	}
	const definer = sources.find((s) => isPlainObject(s.data) && isPlainObject((s.data as Record<string, unknown>)['units']) && 'file' in ((s.data as Record<string, Record<string, unknown>>)['units'] ?? {})) ?? top;
	const unitsFile = path.resolve(path.dirname(definer.file), unitsSpec.file);
	let unitsText = '';
	const unitsDiag = (message: string, hint: string): ScenarioError => new ScenarioError([{severity: 'error', file: definer.file, line: 1, column: 1, path: 'units.file', value: unitsSpec.file, message, expected: 'a .csv file', hint}]);
	if (!/\.csv$/i.test(unitsFile)) throw unitsDiag(`the unit table must be a .csv file (resolved to ${unitsFile})`, 'only CSV data files are read');
	try {
		unitsText = readText(unitsFile);
	} catch (error) {
		throw unitsDiag(`cannot read the unit table ${unitsFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, `the path is relative to ${path.basename(definer.file)}`);
	}
	return {file: top.file, sources, data, unitsFile, unitsText, warnings: diagnostics};
}

function chainError(from: {source: YamlSource; value: string} | undefined, message: string, hint: string, value?: string): Diagnostic {
	if (!from) return {severity: 'error', file: '(command line)', line: 1, column: 1, path: '', message, hint, value};
	const node = from.source.doc.get('extends', true) as {range?: [number, number, number]} | undefined;
	const pos = from.source.lineCounter.linePos(node?.range?.[0] ?? 0);
	return {severity: 'error', file: from.source.file, line: pos.line, column: pos.col, path: 'extends', value: from.value, message, hint, expected: 'the path of another scenario file'};
}
