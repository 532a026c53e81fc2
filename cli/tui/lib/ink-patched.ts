/**
 * Whether the installed Ink carries this project's patch (patches/ink+6.8.0.patch, applied by `npm ci`'s
 * prepare): its log-update module then exports a mark. Without the patch Ink's incremental rendering draws every
 * changed line one row low, so the UI writes whole frames instead (run-tui.tsx). Ink's build files are not in its
 * exports: the module is loaded by path (it is loaded already, so this costs nothing).
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

export async function inkPatched(): Promise<boolean> {
	try {
		const build = path.dirname(createRequire(import.meta.url).resolve('ink'));
		const logUpdate = (await import(pathToFileURL(path.join(build, 'log-update.js')).href)) as {HUKOU_SIM_PATCHED?: unknown};
		return logUpdate.HUKOU_SIM_PATCHED === true;
	} catch {
		return false;
	}
}
