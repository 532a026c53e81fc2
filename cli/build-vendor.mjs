// Second step of the build (after tsc): the libraries every command loads at start-up (yargs, zod,
// yaml, csv-parse, string-width; proper-lockfile for sweeps) are bundled into one file each under dist/vendor/ (esbuild), and the
// imports of dist/ are pointed at them. Node's ESM loader resolves, reads and compiles every module
// on its own: zod is 95 modules, yargs and its helpers 50, yaml 70 CommonJS files, and loading them
// one by one was a third of the start-up of a sweep. The library code is the same (pinned versions
// from node_modules, not minified); only the way it is loaded changes. Sources, tests and `tsx` import
// the packages as usual.
import {build} from 'esbuild';
import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const vendorDir = path.join(dist, 'vendor');

/** One bundle per library; `specifiers` are the import paths of our code that it serves. */
export const VENDORED = [
	{file: 'yargs.js', specifiers: ['yargs', 'yargs/helpers']},
	{file: 'zod.js', specifiers: ['zod']},
	{file: 'yaml.js', specifiers: ['yaml']},
	{file: 'csv-parse-sync.js', specifiers: ['csv-parse/sync']},
	{file: 'string-width.js', specifiers: ['string-width']},
	{file: 'proper-lockfile.js', specifiers: ['proper-lockfile']},
];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The entry of a bundle: re-export by name what the packages export (a CommonJS package's names too). */
async function entryOf(specifiers) {
	const lines = [];
	const seen = new Set();
	for (const spec of specifiers) {
		const mod = await import(spec);
		const names = Object.keys(mod).filter((k) => k !== 'default' && k !== '__esModule' && IDENTIFIER.test(k) && !seen.has(k));
		for (const n of names) seen.add(n);
		if (names.length) lines.push(`export {${names.join(', ')}} from ${JSON.stringify(spec)};`);
		if ('default' in mod && !seen.has('default')) {
			seen.add('default');
			lines.push(`export {default} from ${JSON.stringify(spec)};`);
		}
	}
	return lines.join('\n') + '\n';
}

// yargs finds its locale files and the package.json of the program from its own file's URL
// (lib/platform-shims/esm.mjs); in a bundle that URL would be dist/vendor/yargs.js. The shim is given
// the URL of the file in node_modules, resolved when it runs, so that it behaves as unbundled.
const ownUrl = {
	name: 'own-import-meta-url',
	setup(b) {
		b.onLoad({filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/}, (args) => {
			const text = readFileSync(args.path, 'utf8');
			const rel = path.relative(path.dirname(createRequire(import.meta.url).resolve('yargs/package.json')), args.path).split(path.sep).join('/');
			return {contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.resolve('yargs/package.json')).href`), loader: 'js', resolveDir: path.dirname(args.path)};
		});
	},
};

async function bundle(v) {
	const out = path.join(vendorDir, v.file);
	await build({
		stdin: {contents: await entryOf(v.specifiers), resolveDir: root, sourcefile: `vendor-${v.file}`},
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		outfile: `${out}.tmp`,
		plugins: [ownUrl],
		logLevel: 'error',
		legalComments: 'inline',
		// CommonJS inside the bundle (yaml) calls require for Node's own modules.
		banner: {js: "import {createRequire as __vendorRequire} from 'node:module';\nconst require = __vendorRequire(import.meta.url);"},
	});
	renameSync(`${out}.tmp`, out);
}

const stamp = (file) => {
	try {
		return statSync(file).mtimeMs;
	} catch {
		return -1;
	}
};

/** Point `from 'zod'` and `import('zod')` of the compiled files at the bundles (relative paths). */
function rewrite(dir) {
	const bySpecifier = new Map(VENDORED.flatMap((v) => v.specifiers.map((s) => [s, v.file])));
	const pattern = new RegExp(`(\\bfrom\\s*|\\bimport\\s*\\(\\s*)(['"])(${[...bySpecifier.keys()].map((s) => s.replace(/[/.]/g, '\\$&')).join('|')})\\2`, 'g');
	let changed = 0;
	const walk = (d) => {
		for (const e of readdirSync(d, {withFileTypes: true})) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.js')) {
				const text = readFileSync(p, 'utf8');
				const next = text.replace(pattern, (_, lead, quote, spec) => {
					let rel = path.relative(path.dirname(p), path.join(vendorDir, bySpecifier.get(spec))).split(path.sep).join('/');
					if (!rel.startsWith('.')) rel = `./${rel}`;
					return `${lead}${quote}${rel}${quote}`;
				});
				if (next !== text) {
					writeFileSync(p, next);
					changed++;
				}
			}
		}
	};
	walk(dir);
	return changed;
}

export async function buildVendor() {
	mkdirSync(vendorDir, {recursive: true});
	// The bundles change only with the installed packages (package-lock.json) or this script.
	const inputs = Math.max(stamp(path.join(root, 'package-lock.json')), stamp(fileURLToPath(import.meta.url)));
	for (const v of VENDORED) if (stamp(path.join(vendorDir, v.file)) < inputs) await bundle(v);
	let changed = 0;
	for (const d of ['src', 'models', 'cli']) changed += rewrite(path.join(dist, d));
	return changed;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await buildVendor();
