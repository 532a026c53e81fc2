/**
 * Results go to stdout or to a file written atomically (temporary file, then rename): the file
 * appears whole or not at all, and a command that fails before writing leaves an existing file
 * untouched. The parent folder is created if needed.
 */
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../src/runner/atomic-write.js';
import {UsageError} from './errors.js';

export function emit(text: string | Uint8Array, out?: string): void {
	if (!out) {
		process.stdout.write(text);
		return;
	}
	const file = path.resolve(out);
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileAtomic(file, text);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM' || code === 'EEXIST' || code === 'EROFS') {
			throw new UsageError(`cannot write ${out}: ${writeFailure(code)}`, 'choose another --out path; nothing was written');
		}
		throw error;
	}
	process.stderr.write(`wrote ${out}\n`);
}

function writeFailure(code: string): string {
	if (code === 'EISDIR') return 'it is a folder';
	if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file, not a folder';
	if (code === 'EROFS') return 'the file system is read-only';
	return 'permission denied';
}
