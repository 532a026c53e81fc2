/** Results go to stdout or to a file written atomically (temporary file, then rename). */
import path from 'node:path';
import {mkdirSync} from 'node:fs';
import {writeFileAtomic} from '../src/runner/atomic-write.js';

export function emit(text: string | Uint8Array, out?: string): void {
	if (!out) {
		process.stdout.write(text);
		return;
	}
	mkdirSync(path.dirname(path.resolve(out)), {recursive: true});
	writeFileAtomic(out, text);
	process.stderr.write(`wrote ${out}\n`);
}
