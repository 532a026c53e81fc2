/**
 * The file-system side of loading: read the scenario, the files it extends and its unit table.
 * A stranger's scenario may name any path, so before reading we check that it is an ordinary file
 * (not a folder, a device such as /dev/zero or a pipe that would block forever) and not too large.
 */
import {readFileSync, statSync} from 'node:fs';
import {compileScenario, type CompiledScenario} from './compile.js';
import {loadScenario, type LoadedScenario} from './load.js';
import {MAX_YAML_BYTES} from './read-yaml.js';
import {MAX_CSV_BYTES} from './units-table.js';

/** Read a scenario or data file after checking its kind and size (errors carry a `code` load.ts words). */
export function readCheckedFile(file: string): string {
	const stat = statSync(file);
	if (stat.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), {code: 'EISDIR'});
	if (!stat.isFile()) throw Object.assign(new Error(`${file} is not a regular file`), {code: 'ENOTFILE'});
	const limit = /\.csv$/i.test(file) ? MAX_CSV_BYTES : MAX_YAML_BYTES;
	if (stat.size > limit) throw Object.assign(new Error(`the file is ${stat.size} bytes; the limit is ${limit}`), {code: 'EFBIG'});
	return readFileSync(file, 'utf8');
}

export function loadScenarioFile(file: string): LoadedScenario {
	return loadScenario(file, readCheckedFile);
}

/** Load and compile in one step (throws ScenarioError with every problem found). */
export function openScenario(file: string): CompiledScenario {
	return compileScenario(loadScenarioFile(file));
}
