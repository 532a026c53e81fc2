/**
 * Content hashes of the files a sweep writes, so `merge` and `--resume` can tell a whole file from
 * one cut short or edited, and runs of one build from another's.
 */
import {createHash, type Hash} from 'node:crypto';
import fs from 'node:fs';

/** What metadata.json records about its runs file. */
export interface RunsIntegrity {
	/** runs.csv or runs.parquet */
	file: string;
	rows: number;
	bytes: number;
	sha256: string;
	/** codeFingerprint() of the build that computed the runs. */
	code: string;
}

/** sha256 of the first `bytes` bytes of a file (all of it by default), read in 1 MiB blocks. */
export function hashFile(file: string, bytes = Infinity, into: Hash = createHash('sha256')): Hash {
	const fd = fs.openSync(file, 'r');
	try {
		const buf = Buffer.allocUnsafe(1 << 20);
		let pos = 0;
		while (pos < bytes) {
			const n = fs.readSync(fd, buf, 0, Math.min(buf.length, bytes - pos), pos);
			if (n === 0) break;
			into.update(buf.subarray(0, n));
			pos += n;
		}
	} finally {
		fs.closeSync(fd);
	}
	return into;
}

export const sha256File = (file: string): string => hashFile(file).digest('hex');
