/**
 * Start-up loads only what a command uses: `--version` and `--help` load neither mathjs nor zod nor
 * any command module; `sweep` never loads ink, react, echarts or exceljs, and a CSV sweep not the
 * Parquet libraries. The start-up libraries come from their bundles in dist/vendor (cli/build-vendor.mjs),
 * one file each instead of a module graph. Checked by listing the modules Node loads (a module-loader
 * hook), not by timing.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const MAIN = path.resolve('dist/cli/main.js');
const SCENARIO = path.resolve('scenarios/henan-2017-to-2030.yaml');
const dir = mkdtempSync(path.join(os.tmpdir(), 'hukou-startup-'));
const hook = path.join(dir, 'hook.mjs');
writeFileSync(hook, "export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n");
const register = path.join(dir, 'register.mjs');
writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(`file://${hook}`)});\n`);

function loaded(args: string[]): string[] {
	const r = spawnSync(process.execPath, ['--import', register, MAIN, ...args], {encoding: 'utf8', cwd: dir});
	return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
}
/** Modules of these packages, from node_modules or from their bundle in dist/vendor. */
const heavy = (mods: string[], names: string[]) => mods.filter((m) => names.some((n) => m.includes(`/node_modules/${n}/`) || m.endsWith(`/dist/vendor/${n}.js`)));

describe('start-up', () => {
	it('--version and --help load no engine, no parser, no UI', () => {
		for (const args of [['--version'], ['--help']]) {
			const mods = loaded(args);
			expect(heavy(mods, ['mathjs', 'zod', 'ink', 'react', 'echarts', 'exceljs', 'yaml'])).toEqual([]);
			expect(mods.filter((m) => m.includes('/dist/src/')).length).toBeLessThanOrEqual(5);
		}
	});
	it('the start-up libraries load as one bundled file each, not from node_modules', () => {
		const mods = loaded(['sweep', SCENARIO, '-n', '2', '--no-levers', '--workers', '0', '--out', path.join(dir, 'scenario-sweep')]);
		for (const name of ['yargs', 'zod', 'yaml', 'csv-parse-sync']) expect(mods.filter((m) => m.endsWith(`/dist/vendor/${name}.js`))).toHaveLength(1);
		expect(mods.filter((m) => /\/node_modules\/(yargs|yargs-parser|cliui|y18n|zod|yaml|csv-parse|string-width)\//.test(m))).toEqual([]);
	});
	it('sweep loads neither the TUI nor the report nor the spreadsheet writer; a CSV sweep not the Parquet libraries', () => {
		const mods = loaded(['sweep', '--model', 'ishigami', '-n', '8', '--workers', '0', '--out', path.join(dir, 'sweep')]);
		expect(mods.length).toBeGreaterThan(50);
		expect(heavy(mods, ['ink', 'react', 'echarts', 'exceljs', '@inkjs', 'hyparquet', 'hyparquet-writer'])).toEqual([]);
		const scenario = loaded(['sweep', SCENARIO, '-n', '2', '--no-levers', '--out', path.join(dir, 'scenario-csv')]);
		// A short batch runs in the main thread: not even the worker pool is loaded.
		expect(heavy(scenario, ['ink', 'react', 'echarts', 'exceljs', '@inkjs', 'hyparquet', 'hyparquet-writer', 'piscina'])).toEqual([]);
		const parquet = loaded(['sweep', SCENARIO, '-n', '2', '--no-levers', '--workers', '0', '--runs-format', 'parquet', '--out', path.join(dir, 'scenario-parquet')]);
		expect(heavy(parquet, ['hyparquet-writer']).length).toBeGreaterThan(0);
	});
	it("yargs in its bundle still finds its own files: its messages follow the user's locale", () => {
		const r = spawnSync(process.execPath, [MAIN, 'sweep', '--no-such-option'], {encoding: 'utf8', cwd: dir, env: {...process.env, LC_ALL: '', LANGUAGE: '', LANG: 'zh_CN.UTF-8'}});
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/无法识别/);
		expect(r.stderr).not.toMatch(/at .*\(.*\.js:\d+/);
	});
});
