/**
 * The file-system side of loading: read the scenario, the files it extends and its unit table.
 * A stranger's scenario may name any path: src/io/read-file.ts reads only regular files, within a
 * size limit counted while reading, and detects the encoding. Every file read is registered as an
 * input of the command (src/io/inputs.ts), so that no output can replace it.
 */
import {registerInput} from '../io/inputs.js';
import {decodeText, readRegularFile} from '../io/read-file.js';
import {xlsxToCsv} from '../io/xlsx-table.js';
import {ScenarioError} from '../errors/scenario-error.js';
import {compileScenario, type CompiledScenario} from './compile.js';
import {loadScenario, type LoadedScenario} from './load.js';
import {MAX_YAML_BYTES} from './read-yaml.js';
import {MAX_CSV_BYTES} from './units-table.js';

/** Read a scenario or data file after checking its kind and size (errors carry a `code` load.ts words). */
export function readCheckedFile(file: string): string {
	if (/\.xlsx$/i.test(file)) {
		const sheet = xlsxToCsv(readRegularFile(file, MAX_CSV_BYTES), file);
		registerInput(file, 'unit table', `xlsx, sheet "${sheet.sheet}"${sheet.sheets > 1 ? ` (first of ${sheet.sheets})` : ''}`);
		return sheet.text;
	}
	const csv = /\.csv$/i.test(file);
	const bytes = readRegularFile(file, csv ? MAX_CSV_BYTES : MAX_YAML_BYTES);
	const {text, encoding} = decodeText(bytes, file);
	registerInput(file, csv ? 'unit table' : 'scenario', encoding);
	return text;
}

export function loadScenarioFile(file: string): LoadedScenario {
	return loadScenario(file, readCheckedFile);
}

/** Load and compile in one step (throws ScenarioError with every problem found). */
export function openScenario(file: string): CompiledScenario {
	const loaded = loadScenarioFile(file);
	try {
		return compileScenario(loaded);
	} catch (error) {
		// Loading went on past schema errors (their keys removed) so that every problem is reported in one
		// pass; a later step that cannot work without a removed key fails for that reason: report the errors.
		const errors = loaded.warnings.filter((d) => d.severity === 'error');
		if (errors.length > 0 && !(error instanceof ScenarioError)) throw new ScenarioError(loaded.warnings);
		throw error;
	}
}
