// Second step of the build (after tsc): the libraries every command loads at start-up (yargs, zod,
// yaml, csv-parse, string-width; proper-lockfile for sweeps) are bundled into one file each under dist/vendor/ (esbuild), and the
// imports of dist/ are pointed at them. Node's ESM loader resolves, reads and compiles every module
// on its own: zod is 95 modules, yargs and its helpers 50, yaml 70 CommonJS files, and loading them
// one by one was a third of the start-up of a sweep. The library code is the same (pinned versions
// from node_modules, not minified); only the way it is loaded changes. Sources, tests and `tsx` import
// the packages as usual.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
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
	let hasDefault = false;
	for (const spec of specifiers) {
		const mod = await import(spec);
		const names = Object.keys(mod).filter((k) => k !== 'default' && k !== '__esModule' && IDENTIFIER.test(k) && !seen.has(k));
		for (const n of names) seen.add(n);
		if (names.length) lines.push(`export {${names.join(', ')}} from ${JSON.stringify(spec)};`);
		if ('default' in mod && !hasDefault) {
			hasDefault = true;
			lines.push(`export {default} from ${JSON.stringify(spec)};`);
		}
	}
	// A library that is one function (string-width) is loaded on its first call: string-width builds an
	// Intl.Segmenter and Unicode-set regexes when it loads (~20 ms), and yargs needs it only for help texts.
	const mod = specifiers.length === 1 ? await import(specifiers[0]) : undefined;
	const lazy = seen.size === 0 && hasDefault && typeof mod?.default === 'function';
	return {code: lines.join('\n') + '\n', names: [...seen], hasDefault, lazy};
}

// Code that reads its own file's URL (yargs finds its locale files and the program's package.json
// from lib/platform-shims/esm.mjs; yargs-parser resolves config files) is given the URL of the file
// in node_modules, resolved when it runs, so that it behaves as unbundled.
const ownUrl = {
	name: 'own-import-meta-url',
	setup(b) {
		b.onLoad({filter: /[\\/]node_modules[\\/].*\.(m?js|cjs)$/}, (args) => {
			const text = readFileSync(args.path, 'utf8');
			if (!text.includes('import.meta')) return undefined;
			const at = args.path.split(path.sep).join('/');
			const pkg = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(at);
			const url = `__vendorFileUrl(${JSON.stringify(pkg[1])}, ${JSON.stringify(pkg[2])})`;
			return {contents: text.replaceAll('import.meta.url', url).replaceAll('import.meta.resolve(', '__vendorResolve('), loader: 'js', resolveDir: path.dirname(args.path)};
		});
	},
};

const BANNER = `const __vendorFileUrl = (pkg, rel) => {
	try {
		return require('node:url').pathToFileURL(require('node:path').join(require('node:path').dirname(require.resolve(pkg + '/package.json')), rel)).href;
	} catch {
		return require('node:url').pathToFileURL(__filename).href;
	}
};
const __vendorResolve = (specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href;`;

// A library that another bundle also uses (string-width, inside yargs) is not copied into it: the bundle
// asks the loader for the one instance (string-width builds an Intl.Segmenter when it loads, 7 ms each).
const shared = (own, entries) => ({
	name: 'shared-vendor',
	setup(b) {
		const others = new Map(VENDORED.filter((v) => v !== own).flatMap((v) => v.specifiers.map((s) => [s, v])));
		b.onResolve({filter: /^[^./]/}, (args) => (args.namespace !== 'vendor-shared' && others.has(args.path) ? {path: args.path, namespace: 'vendor-shared'} : undefined));
		const stub = (v) => {
			const load = `require('./vendor-loader.cjs')(${JSON.stringify(v.file.replace(/\.js$/, ''))})`;
			// As Node gives an ES module to `require`: a default export alone is the module (string-width's function).
			if (entries.get(v).lazy) return `let f;\nmodule.exports = function (...args) {\n\treturn (f ??= ${load}.default).apply(this, args);\n};`;
			return `const m = ${load};\nmodule.exports = Object.keys(m).length === 1 && 'default' in m ? m.default : m;`;
		};
		b.onLoad({filter: /.*/, namespace: 'vendor-shared'}, (args) => ({contents: stub(others.get(args.path)), loader: 'js'}));
		b.onResolve({filter: /^\.\/vendor-loader\.cjs$/, namespace: 'vendor-shared'}, () => ({path: './vendor-loader.cjs', external: true}));
	},
});

async function bundle(v, entries, build) {
	const name = v.file.replace(/\.js$/, '');
	const out = path.join(vendorDir, `${name}.cjs`);
	const entry = entries.get(v);
	await build({
		stdin: {contents: entry.code, resolveDir: root, sourcefile: `vendor-${name}.js`},
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node20',
		outfile: `${out}.tmp`,
		plugins: [shared(v, entries), ownUrl],
		logLevel: 'error',
		legalComments: 'inline',
		banner: {js: BANNER},
	});
	renameSync(`${out}.tmp`, out);
	// The module our code imports: the bundle's exports by name, run by the code-cache loader.
	const load = `createRequire(import.meta.url)('./vendor-loader.cjs')(${JSON.stringify(name)})`;
	const head = ['// Generated by cli/build-vendor.mjs: the library bundle beside this file, run with its V8 code cache.', "import {createRequire} from 'node:module';"];
	if (entry.lazy) {
		writeFileSync(path.join(vendorDir, v.file), [...head, 'let f;', 'export default function (...args) {', `\treturn (f ??= ${load}.default).apply(this, args);`, '}', ''].join('\n'));
		return;
	}
	const wrapper = [
		...head,
		`const m = ${load};`,
		// Some names are reserved words (zod's `catch`, `enum`, `null`): bound to locals, exported under their names.
		...entry.names.map((n, i) => `const e${i} = m[${JSON.stringify(n)}];`),
		...(entry.names.length ? [`export {${entry.names.map((n, i) => `e${i} as ${n}`).join(', ')}};`] : []),
		...(entry.hasDefault ? ['export default m.default;'] : []),
		'',
	].join('\n');
	writeFileSync(path.join(vendorDir, v.file), wrapper);
}

/** Run a sweep with the bundles so that their code cache holds what a command compiles. */
function writeCodeCache() {
	const out = mkdtempSync(path.join(os.tmpdir(), 'hukou-vendor-'));
	try {
		const r = spawnSync(process.execPath, [path.join(dist, 'cli', 'main.js'), 'sweep', path.join(root, 'scenarios', 'henan-2017-to-2030.yaml'), '-n', '2', '--no-levers', '--workers', '0', '--out', path.join(out, 'sweep')], {
			env: {...process.env, HUKOU_SIM_VENDOR_CACHE: 'write'},
			stdio: ['ignore', 'ignore', 'pipe'],
			encoding: 'utf8',
		});
		// Without a cache the bundles are compiled from source: slower, same results.
		if (r.status !== 0) process.stderr.write(`build-vendor: no code cache written (the sweep exited ${r.status}): ${r.stderr.slice(-500)}\n`);
	} finally {
		rmSync(out, {recursive: true, force: true});
	}
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
	const loader = path.join(path.dirname(fileURLToPath(import.meta.url)), 'vendor-loader.cjs');
	copyFileSync(loader, path.join(vendorDir, 'vendor-loader.cjs'));
	// The bundles change only with the installed packages (package-lock.json) or these scripts.
	const inputs = Math.max(stamp(path.join(root, 'package-lock.json')), stamp(fileURLToPath(import.meta.url)), stamp(loader));
	const stale = VENDORED.filter((v) => stamp(path.join(vendorDir, v.file)) < inputs || stamp(path.join(vendorDir, v.file.replace(/\.js$/, '.cjs'))) < inputs);
	// What each library exports (a bundle that uses another needs to know how to ask for it).
	const entries = new Map();
	if (stale.length) for (const v of VENDORED) entries.set(v, await entryOf(v.specifiers));
	if (stale.length) {
		let esbuild;
		try {
			esbuild = await import('esbuild');
		} catch (error) {
			esbuild = undefined;
			// Without esbuild (an install without dev or optional packages) each file of dist/vendor re-exports
			// its package from node_modules: slower to start, the same results.
			process.stderr.write(`build-vendor: esbuild is not available (${error.message.split('\n')[0]}); dist/ loads the libraries from node_modules\n`);
			for (const v of stale) writeFileSync(path.join(vendorDir, v.file), `// Written by cli/build-vendor.mjs without esbuild: the package itself.\n${entries.get(v).code}`);
		}
		if (esbuild) for (const v of stale) await bundle(v, entries, esbuild.build);
		else {
			for (const d of ['src', 'models', 'cli']) rewrite(path.join(dist, d));
			return 0;
		}
	}
	const bundled = stale.length;
	let changed = 0;
	for (const d of ['src', 'models', 'cli']) changed += rewrite(path.join(dist, d));
	// The cache follows the code it was made from: remade when a bundle or a compiled file changed.
	const cached = VENDORED.every((v) => stamp(path.join(vendorDir, v.file.replace(/\.js$/, '.cjs.v8cache'))) >= 0);
	if (bundled > 0 || changed > 0 || !cached) writeCodeCache();
	return changed;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await buildVendor();
