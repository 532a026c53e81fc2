/**
 * Start-up loads only what a command uses: `--version` and `--help` load neither mathjs nor zod nor
 * any command module; `sweep` never loads ink, react, echarts or exceljs. Checked by listing the
 * modules Node loads (a module-loader hook), not by timing.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const MAIN = path.resolve('dist/cli/main.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'hukou-startup-'));
const hook = path.join(dir, 'hook.mjs');
writeFileSync(hook, "export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n");
const register = path.join(dir, 'register.mjs');
writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(`file://${hook}`)});\n`);

function loaded(args: string[]): string[] {
	const r = spawnSync(process.execPath, ['--import', register, MAIN, ...args], {encoding: 'utf8', cwd: dir});
	return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
}
const heavy = (mods: string[], names: string[]) => mods.filter((m) => names.some((n) => m.includes(`/node_modules/${n}/`)));

describe('start-up', () => {
	it('--version and --help load no engine, no parser, no UI', () => {
		for (const args of [['--version'], ['--help']]) {
			const mods = loaded(args);
			expect(heavy(mods, ['mathjs', 'zod', 'ink', 'react', 'echarts', 'exceljs', 'yaml'])).toEqual([]);
			expect(mods.filter((m) => m.includes('/dist/src/')).length).toBeLessThanOrEqual(5);
		}
	});
	it('sweep loads neither the TUI nor the report nor the spreadsheet writer', () => {
		const mods = loaded(['sweep', '--model', 'ishigami', '-n', '8', '--workers', '0', '--out', path.join(dir, 'sweep')]);
		expect(mods.length).toBeGreaterThan(50);
		expect(heavy(mods, ['ink', 'react', 'echarts', 'exceljs', '@inkjs'])).toEqual([]);
	});
});
