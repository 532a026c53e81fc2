// Runs a library bundle of dist/vendor (cli/build-vendor.mjs) with V8's code cache: the bundle is
// compiled from `NAME.cjs.v8cache` when that file matches this Node (V8 checks its version, flags and
// the source) and compiled from source otherwise, with the same result. The cache is written by the
// build only (HUKOU_SIM_VENDOR_CACHE=write, after a few commands ran the libraries); a command never writes it.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const writing = process.env.HUKOU_SIM_VENDOR_CACHE === 'write';

/** One instance per library, also when another bundle uses it (string-width inside yargs). */
const loaded = new Map();

module.exports = function loadVendor(name) {
	const known = loaded.get(name);
	if (known) return known;
	const file = path.join(__dirname, `${name}.cjs`);
	const cacheFile = `${file}.v8cache`;
	let cachedData;
	if (!writing) {
		try {
			cachedData = fs.readFileSync(cacheFile);
		} catch {
			cachedData = undefined;
		}
	}
	const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {filename: file, cachedData});
	const module = {exports: {}};
	script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, __dirname);
	// After the commands of the build ran: the cache then holds the functions they compiled, not only the top level.
	if (writing) {
		process.once('exit', () => {
			fs.writeFileSync(`${cacheFile}.${process.pid}.tmp`, script.createCachedData());
			fs.renameSync(`${cacheFile}.${process.pid}.tmp`, cacheFile);
		});
	}
	loaded.set(name, module.exports);
	return module.exports;
};
