/** The GNU parallel recipe (scripts/parallel/sweep.sh, installed by .ci/run): shards + merge equal the unsharded sweep, and a rerun is a no-op per shard. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-parallel-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));
const args = ['--model', 'ishigami', '-n', '64'];

describe('GNU parallel recipe', () => {
	it('gives the unsharded runs.csv and indices.csv, and reruns finished shards as no-ops', () => {
		expect(spawnSync('sh', ['-c', 'command -v parallel']).status, 'GNU parallel not found: apt-get install -y parallel (.ci/run does)').toBe(0);
		expect(fs.existsSync('dist/cli/main.js'), 'dist/cli/main.js missing: npm run build first (npm test does)').toBe(true);
		const dir = path.join(tmp, 'sweep');
		const run = () => spawnSync('scripts/parallel/sweep.sh', [dir, '3', ...args], {encoding: 'utf8', env: {...process.env, JOBS: '2'}, timeout: 120_000});
		expect(run().status).toBe(0);
		expect(spawnSync('node', ['dist/cli/main.js', 'sweep', ...args, '--out', path.join(tmp, 'whole')]).status).toBe(0);
		for (const f of ['runs.csv', 'indices.csv']) expect(fs.readFileSync(path.join(dir, 'all', f), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'whole', f), 'utf8'));
		const again = run();
		expect(again.status).toBe(0);
		expect(fs.readFileSync(path.join(dir, 'logs/shard-2'), 'utf8')).toMatch(/shard 2\/3 \(runs 106…212\) is already complete; nothing to do/);
	}, 180_000);
});
