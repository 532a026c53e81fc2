/**
 * Results go to stdout or to a file written atomically (temporary file, then rename): the file
 * appears whole or not at all, and a command that fails before writing leaves an existing file
 * untouched. The parent folder is created if needed. An output path must be new or an existing
 * regular file, and none of the command's inputs (src/io/inputs.ts: resolved paths, symbolic and
 * hard links followed): `--out scenario.yaml` would otherwise replace the scenario just read, and
 * `--out /dev/null` a device with a regular file. The format follows the file's extension.
 */
import fs from 'node:fs';
import path from 'node:path';
import {inputAt} from '../src/io/inputs.js';
import {writeFileAtomic} from '../src/runner/atomic-write.js';
import {UsageError} from './errors.js';
import {displayPath} from './paths.js';
import {err, out as print} from './terminal.js';

/** What an extension means; other extensions (.txt, none) leave the format to --format. */
const EXTENSION_FORMATS: ReadonlyMap<string, string> = new Map([
	['.xlsx', 'xlsx'],
	['.csv', 'csv'],
	['.json', 'json'],
	['.html', 'html'],
	['.htm', 'html'],
]);

/**
 * The format to write: --format if given, else the one --out's extension names, else `fallback`.
 * A --format that contradicts the extension, or an extension the command cannot write, is refused.
 */
export function outputFormat<F extends string>(given: F | undefined, out: string | undefined, choices: readonly F[], fallback: F): F {
	const ext = out ? path.extname(out).toLowerCase() : '';
	const implied = EXTENSION_FORMATS.get(ext) as F | undefined;
	if (given !== undefined && implied !== undefined && given !== implied) {
		throw new UsageError(`--format ${given} contradicts --out ${out}: a ${ext} file holds ${implied}`, `drop --format (the extension chooses it), or name the file …${extensionOf(given) ?? '.txt'}`);
	}
	if (implied !== undefined && !choices.includes(implied)) {
		throw new UsageError(`--out ${out}: this command cannot write ${implied} (${ext})`, `it writes ${choices.join(', ')}; name the file with one of their extensions`);
	}
	const format = given ?? implied ?? fallback;
	if (format === 'xlsx' && !out) throw new UsageError('--format xlsx needs --out FILE.xlsx', 'a workbook is not written to the terminal');
	return format;
}

function extensionOf(format: string): string | undefined {
	for (const [ext, f] of EXTENSION_FORMATS) if (f === format) return ext;
	return undefined;
}

/** Refuse an output path that is an input, a folder, a device, a FIFO or a symbolic link. */
export function checkOutputPath(out: string): string {
	const file = path.resolve(out);
	const input = inputAt(file);
	if (input) throw new UsageError(`--out ${out} is the ${input.role} this command read (${displayPath(input.file)})`, 'an output never replaces an input: choose another --out path; nothing was written');
	let stat: fs.Stats | undefined;
	try {
		stat = fs.lstatSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return file;
		if (code === 'ENOTDIR') throw new UsageError(`cannot write ${out}: a part of the path is a file, not a folder`, 'choose another --out path; nothing was written');
		throw error;
	}
	const kind = stat.isSymbolicLink() ? 'a symbolic link' : stat.isDirectory() ? 'a folder' : stat.isFile() ? undefined : stat.isFIFO() ? 'a pipe (FIFO)' : stat.isSocket() ? 'a socket' : 'a device';
	if (kind) throw new UsageError(`--out ${out} is ${kind}, not a regular file`, `outputs are written as new regular files${kind === 'a folder' ? ': name a file inside the folder' : kind === 'a symbolic link' ? ': name the file it points to' : ''}; nothing was written`);
	return file;
}

export function emit(text: string | Uint8Array, out?: string): void {
	if (!out) {
		// Text for the terminal loses its control characters; bytes (a workbook) are never printed raw.
		if (typeof text === 'string') print(text);
		else process.stdout.write(text);
		return;
	}
	const file = checkOutputPath(out);
	try {
		fs.mkdirSync(path.dirname(file), {recursive: true});
		writeFileAtomic(file, text);
	} catch (error) {
		throw asWriteError(error, out) ?? error;
	}
	err(`wrote ${out}\n`);
}

const WRITE_FAILURES: ReadonlyMap<string, string> = new Map([
	['EISDIR', 'it is a folder'],
	['ENOTDIR', 'a part of the path is a file, not a folder'],
	['EEXIST', 'a part of the path is a file, not a folder'],
	['EROFS', 'the file system is read-only'],
	['EACCES', 'permission denied'],
	['EPERM', 'permission denied'],
	['ENOSPC', 'the disk is full'],
	['EDQUOT', 'the disk quota is exhausted'],
	['EFBIG', 'the file is larger than the file system allows'],
	['ENAMETOOLONG', 'the file name is too long'],
]);

/** A write that failed for a reason of the user's machine (exit 2), in words; undefined for a fault of ours. */
export function asWriteError(error: unknown, out: string): UsageError | undefined {
	const code = (error as NodeJS.ErrnoException)?.code;
	const why = code === undefined ? undefined : WRITE_FAILURES.get(code);
	return why ? new UsageError(`cannot write ${out}: ${why}`, 'choose another --out path (or free space); nothing was written') : undefined;
}
