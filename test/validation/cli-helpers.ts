/** Run the built CLI (dist/) as a user would; `npm test` builds it first. */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BAD = path.join(ROOT, 'test/fixtures/bad');
export const BASELINE = path.join(ROOT, 'scenarios/henan-2017.yaml');
const MAIN = path.join(ROOT, 'dist/cli/main.js');

export interface CliResult {
	readonly status: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

export function cli(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliResult {
	if (!existsSync(MAIN)) throw new Error('dist/cli/main.js is missing: run `npm run build` first');
	const r = spawnSync(process.execPath, [MAIN, ...args], {cwd, encoding: 'utf8', env: {...process.env, HUKOU_SIM_DEBUG: '', ...env}, timeout: 60_000});
	return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

/** The same, without blocking: the corpus runs many CLI processes side by side. */
export function cliAsync(args: readonly string[], cwd = ROOT): Promise<CliResult> {
	if (!existsSync(MAIN)) throw new Error('dist/cli/main.js is missing: run `npm run build` first');
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [MAIN, ...args], {cwd, env: {...process.env, HUKOU_SIM_DEBUG: ''}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
		child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
		child.on('error', reject);
		child.on('close', (status) => resolve({status, stdout, stderr}));
	});
}

/** Run tasks with at most `limit` in flight. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await task(items[i]!);
		}
	};
	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
	return out;
}
