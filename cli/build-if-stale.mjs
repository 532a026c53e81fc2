// `npm start` and `npm run bench`: build dist/ only when a source is newer than the last build
// (tsc's own build info file), so that starting the tool costs no compile when nothing changed.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync, utimesSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildVendor, VENDORED} from './build-vendor.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = (file) => {
	try {
		return statSync(file).mtimeMs;
	} catch {
		return -1;
	}
};
const built = stamp(path.join(root, 'dist', '.tsbuildinfo'));
const newest = (dir) => {
	let max = -1;
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) max = Math.max(max, newest(file));
		else if (/\.(ts|tsx|json)$/.test(entry.name)) max = Math.max(max, stamp(file));
	}
	return max;
};
const sources = Math.max(...['src', 'models', 'cli'].map((d) => newest(path.join(root, d))), ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => stamp(path.join(root, f))));
const vendored = VENDORED.every((v) => existsSync(path.join(root, 'dist', 'vendor', v.file)));
if (built < 0 || sources > built || !vendored) {
	const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], {stdio: 'inherit'});
	if (r.status !== 0) process.exit(r.status ?? 1);
	// The second step of `npm run build`: the start-up libraries bundled, dist's imports pointed at them.
	await buildVendor();
	// tsc leaves its build info untouched when nothing needed emitting: mark the check as done.
	utimesSync(path.join(root, 'dist', '.tsbuildinfo'), new Date(), new Date());
	process.exit(0);
}
