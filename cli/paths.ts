/** Where the package lives, so that the embedded baseline is found from any working directory. */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Argv} from 'yargs';

function packageRoot(): string {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
	return dir;
}

export const PACKAGE_ROOT = packageRoot();
export const BASELINE = path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017.yaml');

/** Show paths relative to the working directory when they are inside it. */
export function displayPath(file: string): string {
	const rel = path.relative(process.cwd(), file);
	return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** The scenario argument of a command, defaulting to the embedded baseline (here, not in common-options, so that it loads no engine). */
export const scenarioPositional = <T>(y: Argv<T>) =>
	y.positional('scenario', {type: 'string', describe: 'scenario YAML file (default: the embedded Henan baseline)', default: BASELINE});
