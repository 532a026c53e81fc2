/**
 * Write a file so readers never see it half-written: write a temporary sibling, flush it to disk,
 * then rename it over the target (atomic on one file system). If anything fails the temporary file
 * is removed and the target is left as it was: a failed command never destroys a good file. An
 * interruption (SIGINT, SIGTERM) removes the temporary file too (src/io/temp-files.ts).
 */
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {releaseTemp, trackTemp} from '../io/temp-files.js';

/**
 * `durable: false` skips the flush: the rename still makes the file appear whole or not at all to
 * other processes and after this one is killed; only a crash of the machine may then lose it.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, {durable = true}: {durable?: boolean} = {}): void {
	const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	let fd: number | undefined;
	trackTemp(tmp);
	try {
		fd = fs.openSync(tmp, 'wx');
		fs.writeFileSync(fd, data);
		if (durable) fs.fsyncSync(fd);
		fs.closeSync(fd);
		fd = undefined;
		fs.renameSync(tmp, file);
	} catch (error) {
		if (fd !== undefined) fs.closeSync(fd);
		fs.rmSync(tmp, {force: true});
		throw error;
	} finally {
		releaseTemp(tmp);
	}
}
