import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DuckDBInstance} from '@duckdb/node-api';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {lockFolder, openRunsParquet, parseCsvLine, readRuns} from '../../src/runner/index.js';
import {sweepConfig, type RawSweepArgs} from '../../cli/sweep/config.js';
import {mergeSweep} from '../../cli/sweep/merge-sweep.js';
import {runSweep} from '../../cli/sweep/run-sweep.js';
import {readSweepFolder} from '../../cli/sweep/sweep-folder.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-folder-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const at = (...p: string[]): string => path.join(tmp, ...p);
const read = (dir: string, f: string): string => fs.readFileSync(at(dir, f), 'utf8');
const meta = (dir: string) => JSON.parse(read(dir, 'metadata.json'));
const sweep = (out: string, a: RawSweepArgs) => runSweep(sweepConfig({model: 'ishigami', n: 64, workers: 0, out: at(out), ...a}));
const csvRows = (dir: string): string[][] => read(dir, 'runs.csv').trim().split('\n').map(parseCsvLine);
const cli = path.resolve('test/fixtures/sweep/sweep-cli.ts');
const runCli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {encoding: 'utf8'});

async function parquetRows(file: string): Promise<unknown[][]> {
	const f = await openRunsParquet(file);
	const {columns} = await f.read(0, f.rows);
	return Array.from({length: f.rows}, (_, i) => f.columns.map((c) => (columns.get(c) as ArrayLike<unknown>)[i]));
}

describe('runs.parquet and outputs-only runs', () => {
	it('holds the same runs as runs.csv, read back by hyparquet and by DuckDB, and gives the same indices', async () => {
		await sweep('csv', {});
		await sweep('pq', {runsFormat: 'parquet'});
		expect(fs.existsSync(at('pq', 'runs.csv'))).toBe(false);
		expect(read('pq', 'indices.csv')).toBe(read('csv', 'indices.csv'));
		const csv = csvRows('csv');
		const pq = await parquetRows(at('pq', 'runs.parquet'));
		expect(pq).toHaveLength(csv.length - 1);
		pq.forEach((row, i) => {
			const c = csv[i + 1]!;
			expect(row[0]).toBe(BigInt(c[0]!));
			for (let j = 1; j < c.length - 1; j++) expect(row[j]).toBe(Number(c[j]));
			expect(row[c.length - 1]).toBeNull();
		});
		const db = await DuckDBInstance.create(':memory:');
		const con = await db.connect();
		const r = await con.runAndReadAll(`select count(*)::INTEGER as n, sum(y) as s, max(run)::INTEGER as last, count(error)::INTEGER as errors from read_parquet('${at('pq', 'runs.parquet')}')`);
		const [row] = r.getRowObjectsJson() as {n: number; s: number; last: number; errors: number}[];
		expect(row).toEqual({n: 320, s: csv.slice(1).reduce((t, c) => t + Number(c[4]), 0), last: 319, errors: 0});
		expect(meta('pq')).toMatchObject({runsFormat: 'parquet', outputsOnly: false, integrity: {file: 'runs.parquet', rows: 320}});
		con.closeSync();
	});

	it('outputs-only keeps run, outcomes and error; the indices do not change', async () => {
		await sweep('oo', {outputsOnly: true});
		expect(read('oo', 'runs.csv').split('\n')[0]).toBe('run,y,error');
		expect(read('oo', 'indices.csv')).toBe(read('csv', 'indices.csv'));
		await sweep('oo-pq', {outputsOnly: true, runsFormat: 'parquet'});
		expect((await openRunsParquet(at('oo-pq', 'runs.parquet'))).columns).toEqual(['run', 'y', 'error']);
		expect(meta('oo')).toMatchObject({outputsOnly: true, inputs: ['x1', 'x2', 'x3'], sampler: 'saltelli', seed: 42});
		expect(() => sweepConfig({model: 'ishigami', sampler: 'lhs', analyze: 'prcc', outputsOnly: true})).toThrow(/--outputs-only needs a design whose inputs can be regenerated/);
	});

	it('reads every layout back to the same inputs and outputs (outputs-only: inputs regenerated from seed + design)', async () => {
		const back = async (dir: string) => readRuns(at(dir, meta(dir).integrity.file), meta(dir), true);
		const ref = await back('csv');
		expect(ref.X).toHaveLength(320 * 3);
		for (const d of ['pq', 'oo', 'oo-pq']) {
			const r = await back(d);
			expect(r.X).toEqual(ref.X);
			expect(r.Y).toEqual(ref.Y);
		}
		// analyze and discover read a folder of any layout the same way.
		const csvFolder = await readSweepFolder(at('csv'));
		const pqFolder = await readSweepFolder(at('oo-pq'));
		expect(pqFolder.X).toEqual(csvFolder.X);
		expect(pqFolder.Y).toEqual(csvFolder.Y);
		const m = meta('pq');
		await expect(readRuns(at('pq', 'runs.parquet'), {...m, integrity: {...m.integrity, sha256: '0'.repeat(64)}}, false)).rejects.toThrow(/sha256 differs from metadata.json/);
	});

	it('Parquet shards merge to the unsharded runs and indices', async () => {
		const dirs = [1, 2, 3].map((i) => at(`pqs${i}`));
		for (const [i, d] of dirs.entries()) await runSweep(sweepConfig({model: 'ishigami', n: 64, workers: 0, out: d, shard: `${i + 1}/3`, runsFormat: 'parquet'}));
		await mergeSweep(dirs, at('pq-merged'), 'table');
		expect(fs.readFileSync(at('pq-merged', 'runs.parquet')).equals(fs.readFileSync(at('pq', 'runs.parquet')))).toBe(true);
		expect(read('pq-merged', 'indices.csv')).toBe(read('csv', 'indices.csv'));
	});
});

describe('Parquet across row groups', () => {
	it('three shards of 150,000 runs (row groups of 65,536 across shard ends) merge to the unsharded bytes', async () => {
		const cfg = {model: 'linear', sampler: 'mc', n: 150_000, workers: 0, runsFormat: 'parquet', outputsOnly: true} as const;
		await runSweep(sweepConfig({...cfg, out: at('big')}));
		const dirs = [1, 2, 3].map((i) => at(`big${i}`));
		for (const [i, d] of dirs.entries()) await runSweep(sweepConfig({...cfg, out: d, shard: `${i + 1}/3`}));
		await mergeSweep(dirs, at('big-all'), 'table', [], false);
		expect(fs.readFileSync(at('big-all', 'runs.parquet')).equals(fs.readFileSync(at('big', 'runs.parquet')))).toBe(true);
		expect((await openRunsParquet(at('big', 'runs.parquet'))).metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([65_536, 65_536, 18_928]);
		expect(fs.existsSync(at('big-all', 'indices.csv'))).toBe(false);
	}, 120_000);
});

describe('integrity of shards and checkpoints', () => {
	const shards = async (name: string) => {
		const dirs = [1, 2].map((i) => at(`${name}${i}`));
		for (const [i, d] of dirs.entries()) await runSweep(sweepConfig({model: 'ishigami', n: 64, workers: 0, out: d, shard: `${i + 1}/2`}));
		return dirs;
	};

	it('merge refuses a shard cut short, a shard of another build, and --out naming a shard', async () => {
		const dirs = await shards('cut');
		const file = path.join(dirs[1]!, 'runs.csv');
		const whole = fs.readFileSync(file);
		fs.writeFileSync(file, whole.subarray(0, whole.length - 40));
		await expect(mergeSweep(dirs, at('cut-all'), 'table')).rejects.toThrow(/is not the file its shard wrote .*cut short or edited/);
		fs.writeFileSync(file, whole);
		const m = JSON.parse(fs.readFileSync(path.join(dirs[0]!, 'metadata.json'), 'utf8'));
		fs.writeFileSync(path.join(dirs[0]!, 'metadata.json'), JSON.stringify({...m, integrity: {...m.integrity, code: '0123456789abcdef'}}));
		await expect(mergeSweep(dirs, at('cut-all'), 'table')).rejects.toThrow(/computed by a different build of hukou-sim \(code 0123456789abcdef/);
		fs.writeFileSync(path.join(dirs[0]!, 'metadata.json'), JSON.stringify(m));
		await expect(mergeSweep(dirs, dirs[0]!, 'table')).rejects.toThrow(/is one of the shard folders being merged/);
		await mergeSweep(dirs, at('cut-all'), 'table');
		expect(read('cut-all', 'runs.csv')).toBe(read('csv', 'runs.csv'));
	});

	it('--resume of a finished shard does nothing', async () => {
		const [d] = await shards('done');
		const before = fs.readFileSync(path.join(d!, 'metadata.json'), 'utf8');
		const r = await runSweep(sweepConfig({model: 'ishigami', n: 64, workers: 0, out: d!, shard: '1/2', resume: true}));
		expect(r.unchanged).toBe(true);
		expect(r.stdout).toMatch(/shard 1\/2 \(runs 0…159\) is already complete; nothing to do/);
		expect(fs.readFileSync(path.join(d!, 'metadata.json'), 'utf8')).toBe(before);
	});

	it('--resume refuses a checkpoint whose partial file was changed, or written by another build', async () => {
		const out = at('tampered');
		const cfg = {model: 'linear', sampler: 'mc', n: 300_000, workers: 1, chunkSize: 2000} as const;
		const child = spawn(process.execPath, ['--import', 'tsx', cli, 'sweep', '--model', 'linear', '--sampler', 'mc', '-n', String(cfg.n), '--workers', '1', '--chunk-size', '2000', '--out', out], {stdio: 'ignore'});
		await killAfterCheckpoint(child, out);
		const cp = path.join(out, 'checkpoint.json');
		const saved = fs.readFileSync(cp, 'utf8');
		fs.writeFileSync(cp, JSON.stringify({...JSON.parse(saved), code: 'ffffffffffffffff'}));
		await expect(runSweep(sweepConfig({...cfg, out, resume: true}))).rejects.toThrow(/computed by a different build of hukou-sim \(code ffffffffffffffff/);
		fs.writeFileSync(cp, saved);
		const partial = path.join(out, 'runs.csv.partial');
		const fd = fs.openSync(partial, 'r+');
		fs.writeSync(fd, '9', 200);
		fs.closeSync(fd);
		await expect(runSweep(sweepConfig({...cfg, out, resume: true}))).rejects.toThrow(/does not match its checkpoint \(sha256 differs/);
		fs.writeFileSync(cp, saved.slice(0, 40));
		await expect(runSweep(sweepConfig({...cfg, out, resume: true}))).rejects.toThrow(/is not a readable checkpoint \(cut short\?\)/);
	}, 90_000);
});

async function killAfterCheckpoint(child: ReturnType<typeof spawn>, out: string): Promise<void> {
	const cp = path.join(out, 'checkpoint.json');
	await new Promise<void>((resolve, reject) => {
		const timer = setInterval(() => {
			try {
				if (fs.existsSync(cp) && JSON.parse(fs.readFileSync(cp, 'utf8')).rows > 0) {
					clearInterval(timer);
					child.kill('SIGKILL');
				}
			} catch {
				/* checkpoint being renamed: poll again */
			}
		}, 20);
		child.on('exit', () => (clearInterval(timer), resolve()));
		child.on('error', reject);
	});
}

describe('one sweep per folder, never a mix', () => {
	it('refuses a second sweep into a folder in use', async () => {
		const lock = await lockFolder(at('busy'));
		await expect(sweep('busy', {})).rejects.toThrow(/is in use by another sweep or merge/);
		await lock.release();
		await sweep('busy', {});
	});

	it('refuses --out that is a file, a folder of files no sweep wrote, or the folder holding the sweep\'s own input rows', async () => {
		fs.writeFileSync(at('a-file'), 'x');
		await expect(sweep('a-file', {})).rejects.toThrow(/--out .*a-file is a file; a sweep writes a folder/);
		fs.mkdirSync(at('theirs'));
		fs.writeFileSync(at('theirs', 'runs.csv'), 'my own data\n');
		await expect(sweep('theirs', {})).rejects.toThrow(/holds runs.csv that no hukou-sim sweep wrote/);
		expect(read('theirs', 'runs.csv')).toBe('my own data\n');
		await sweep('mine', {});
		const input = at('mine', 'runs.csv');
		await expect(runSweep(sweepConfig({model: 'ishigami', sampler: 'csv', input, workers: 0, out: at('mine')}))).rejects.toThrow(/the --input file .* is one of the files the sweep writes/);
		const r = runCli(['sweep', '--model', 'ishigami', '--out', at('a-file')]);
		expect(r.status).toBe(2);
		expect(r.stderr).not.toMatch(/internal error|at .*\.ts:/);
	});

	it('a new sweep killed mid-run leaves the old complete sweep as it was; --resume then completes the new one', async () => {
		const out = at('swap');
		await runSweep(sweepConfig({model: 'linear', sampler: 'mc', n: 2000, workers: 0, out}));
		const old = ['runs.csv', 'indices.csv', 'metadata.json'].map((f) => read('swap', f));
		const child = spawn(process.execPath, ['--import', 'tsx', cli, 'sweep', '--model', 'linear', '--sampler', 'mc', '-n', '300000', '--seed', '7', '--workers', '1', '--chunk-size', '2000', '--out', out], {stdio: 'ignore'});
		await killAfterCheckpoint(child, out);
		expect(['runs.csv', 'indices.csv', 'metadata.json'].map((f) => read('swap', f))).toEqual(old);
		await runSweep(sweepConfig({model: 'linear', sampler: 'mc', n: 300_000, seed: 7, workers: 1, out, resume: true}));
		await runSweep(sweepConfig({model: 'linear', sampler: 'mc', n: 300_000, seed: 7, workers: 0, out: at('swap-straight')}));
		for (const f of ['runs.csv', 'indices.csv']) expect(read('swap', f) === read('swap-straight', f)).toBe(true);
		expect(fs.readdirSync(out).sort()).toEqual(['indices.csv', 'metadata.json', 'runs.csv']);
	}, 120_000);
});

describe('an interrupted commit', () => {
	it('leaves no metadata.json of the old sweep beside the new files, and --resume completes the new sweep', async () => {
		const out = at('commit');
		const cfg = (seed: number) => sweepConfig({model: 'linear', sampler: 'mc', n: 3000, seed, workers: 0, out});
		await runSweep(cfg(1));
		const real = fs.renameSync.bind(fs);
		const cut = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
			if (String(to).endsWith(`${path.sep}metadata.json`)) throw new Error('power cut');
			real(from, to);
		});
		await expect(runSweep(cfg(2))).rejects.toThrow('power cut');
		cut.mockRestore();
		// The old sweep's mark is gone: the folder is a resumable new sweep, not old metadata with new runs.
		expect(fs.existsSync(path.join(out, 'metadata.json'))).toBe(false);
		expect(fs.existsSync(path.join(out, 'checkpoint.json'))).toBe(true);
		await runSweep(sweepConfig({model: 'linear', sampler: 'mc', n: 3000, seed: 2, workers: 0, out, resume: true}));
		await runSweep(sweepConfig({model: 'linear', sampler: 'mc', n: 3000, seed: 2, workers: 0, out: at('commit-straight')}));
		for (const f of ['runs.csv', 'indices.csv']) expect(read('commit', f)).toBe(read('commit-straight', f));
		expect(meta('commit').seed).toBe(2);
		expect(fs.readdirSync(out).sort()).toEqual(['indices.csv', 'metadata.json', 'runs.csv']);
	});
});

describe('limits and exit status', () => {
	it('caps --workers at 4 per core and --resamples at 10,000', () => {
		expect(() => sweepConfig({model: 'ishigami', workers: os.availableParallelism() * 4 + 1})).toThrow(/more than 4 per core/);
		expect(() => sweepConfig({model: 'ishigami', resamples: 10_001})).toThrow(/--resamples 10001 is more than 10000/);
		expect(sweepConfig({model: 'ishigami', workers: os.availableParallelism() * 4, resamples: 10_000})).toMatchObject({resamples: 10_000});
	});

	it('a sweep with failed runs exits 3 and lists them in metadata.json', () => {
		const input = at('inputs.csv');
		// x3 = 1e100 overflows x3⁴ in the Ishigami function: a non-finite output, recorded as a failed run.
		fs.writeFileSync(input, 'x1,x2,x3\n0.1,0.2,0.3\n0.5,1,1e100\n1,2,3\n-1,0,2\n');
		const r = runCli(['sweep', '--model', 'ishigami', '--sampler', 'csv', '--input', input, '--workers', '0', '--out', at('failing')]);
		expect(r.status).toBe(3);
		expect(r.stderr).toMatch(/1 of 4 runs failed; they are listed in .*metadata.json/);
		const m = meta('failing');
		expect(m.failures).toMatchObject({count: 1, listed: [{run: 1, error: expect.stringMatching(/non-finite output: y=/), inputs: [0.5, 1, 1e100]}]});
		expect(m.warnings.some((w: string) => /^y: 1 of 4 runs failed/.test(w))).toBe(true);
	});
});
