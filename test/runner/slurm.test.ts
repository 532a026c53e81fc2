/**
 * The cluster recipe, run for real: a single-node Slurm on this machine (Debian slurm-wlm and munge,
 * installed by .ci/run), scripts/slurm/submit.sh submits the array job and the dependent merge, and
 * the merged sweep must equal the unsharded one byte for byte. Then the recovery the docs give: a
 * shard lost, the same submit.sh command again; finished shards do nothing, the lost one is
 * recomputed, the merge gives the same bytes. The daemons started here are stopped at the end.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = path.resolve('.');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-slurm-e2e-'));
const cluster = path.join(tmp, 'cluster');
const port = 20_000 + (process.pid % 5000) * 2;
const env = {...process.env, SLURM_CONF: path.join(cluster, 'slurm.conf'), SLURMCTLD_PORT: String(port), SLURMD_PORT: String(port + 1)};
const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, {cwd: root, env, encoding: 'utf8', timeout: 120_000});
const sweepArgs = ['--model', 'ishigami', '-n', '64'];
const deadline = (ms: number) => Date.now() + ms;

function need(): string | null {
	for (const p of ['munged', 'slurmctld', 'slurmd', 'sbatch', 'squeue']) {
		if (spawnSync('sh', ['-c', `command -v ${p}`]).status !== 0) return `${p} not found: install slurm-wlm and munge (apt-get install -y slurm-wlm munge; .ci/run does)`;
	}
	if (process.getuid?.() !== 0) return 'the local Slurm test starts slurmd, which must run as root';
	if (!fs.existsSync(path.join(root, 'dist/cli/main.js'))) return 'dist/cli/main.js missing: npm run build first (npm test does)';
	return null;
}

async function waitForQueue(jobs: string[], until: number): Promise<void> {
	while (Date.now() < until) {
		const q = sh('squeue', ['-h', '-j', jobs.join(','), '-o', '%i %T']);
		if (q.status === 0 && q.stdout.trim() === '') return;
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`Slurm jobs ${jobs.join(', ')} still queued after the time limit:\n${sh('squeue', []).stdout}`);
}

async function submit(dir: string): Promise<string[]> {
	const r = sh(path.join(root, 'scripts/slurm/submit.sh'), [dir, '3', ...sweepArgs]);
	expect(r.stderr).toBe('');
	expect(r.status).toBe(0);
	const m = /array job (\d+) \(shards 1-3\), merge job (\d+)/.exec(r.stdout);
	expect(m).not.toBeNull();
	await waitForQueue([m![1]!, m![2]!], deadline(120_000));
	return [m![1]!, m![2]!];
}

describe('Slurm recipe on a single-node cluster', () => {
	const missing = need();
	beforeAll(() => {
		if (missing) return;
		execFileSync(path.join(root, 'scripts/slurm/local-cluster.sh'), ['start', cluster], {env, stdio: 'pipe', timeout: 90_000});
	}, 120_000);
	afterAll(() => {
		if (fs.existsSync(cluster)) spawnSync(path.join(root, 'scripts/slurm/local-cluster.sh'), ['stop', cluster], {env, timeout: 30_000});
		fs.rmSync(tmp, {recursive: true, force: true});
	});

	it('array job + dependent merge give the unsharded sweep; a lost shard is recovered by submitting again', async () => {
		expect(missing).toBeNull();
		const whole = path.join(tmp, 'whole');
		expect(sh('node', ['dist/cli/main.js', 'sweep', ...sweepArgs, '--out', whole]).status).toBe(0);
		const dir = path.join(tmp, 'sweep');
		await submit(dir);
		const same = () => {
			for (const f of ['runs.csv', 'indices.csv']) expect(fs.readFileSync(path.join(dir, 'all', f), 'utf8')).toBe(fs.readFileSync(path.join(whole, f), 'utf8'));
		};
		same();
		// Logs under the sweep folder, one per task; each task's progress counts its own runs.
		expect(fs.readdirSync(path.join(dir, 'logs')).filter((f) => f.endsWith('.log')).sort()).toEqual(['merge.log', 'shard-1.log', 'shard-2.log', 'shard-3.log']);
		expect(fs.readFileSync(path.join(dir, 'logs/shard-3.log'), 'utf8')).toMatch(/shard 3\/3 107\/107 runs 100\.0%/);

		fs.rmSync(path.join(dir, 'shard-2'), {recursive: true});
		await submit(dir);
		same();
		const log1 = fs.readFileSync(path.join(dir, 'logs/shard-1.log'), 'utf8');
		// --open-mode=append: the second attempt is added to the first one's log; the finished shard did nothing.
		expect(log1.match(/shard 1\/3 on /g)).toHaveLength(2);
		expect(log1).toMatch(/shard 1\/3 \(runs 0…105\) is already complete; nothing to do/);
		expect(fs.readFileSync(path.join(dir, 'logs/shard-2.log'), 'utf8').match(/runs 106…212 written/g)).toHaveLength(2);
	}, 300_000);
});
