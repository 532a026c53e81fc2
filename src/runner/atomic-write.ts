/** Write a file so readers never see it half-written: write a temporary sibling, then rename. */
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
	const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
	fs.writeFileSync(tmp, data);
	fs.renameSync(tmp, file);
}
