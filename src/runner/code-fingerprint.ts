/**
 * A fingerprint of the code that computes a sweep: the sha256 of every file of this build (the
 * compiled `dist/` tree, or the TypeScript sources under tsx/vitest), by relative path and content.
 * Two builds with the same version string but different code get different fingerprints, so `merge`
 * and `--resume` refuse to join runs computed by different code.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The folders of a build that hold code (scenarios and data are hashed with the study). */
const CODE_DIRS = ['src', 'models', 'cli'];

let cached: string | undefined;

/** 16 hex digits of sha256 over the build's files (computed once per process). */
export function codeFingerprint(): string {
	if (cached) return cached;
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const files: string[] = [];
	const walk = (dir: string): void => {
		for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
			if (e.name.startsWith('.') || e.name === 'node_modules') continue;
			const p = path.join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile() && !e.name.endsWith('.map')) files.push(p);
		}
	};
	for (const d of CODE_DIRS) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
	const hash = createHash('sha256');
	for (const f of files.sort()) {
		hash.update(path.relative(root, f).split(path.sep).join('/'));
		hash.update('\u0000');
		hash.update(fs.readFileSync(f));
		hash.update('\u0000');
	}
	cached = hash.digest('hex').slice(0, 16);
	return cached;
}
