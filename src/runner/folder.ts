/**
 * A sweep folder is written by one sweep at a time and changes from one complete sweep to the next
 * without ever holding a mix of the two.
 *
 * - Lock: proper-lockfile's `.sweep.lock` inside the folder (mtime refreshed while the sweep runs;
 *   a lock left by a process killed on this machine is taken over at once, one from another machine
 *   after 60 s). A second sweep, merge or resume into the folder is refused while the first runs.
 * - Commit: metadata.json is the mark of a complete sweep. A sweep runs into partial files (the old
 *   sweep's files stay as they were), stages its new files, then removes the old metadata.json,
 *   moves the new files in, and renames the new metadata.json last. Interrupted before that removal,
 *   the folder holds the old complete sweep; after it, a resumable new one (checkpoint.json and the
 *   partial files are removed only once the new metadata.json is in place).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import {partialFiles} from './checkpoint.js';

export class FolderLockedError extends Error {}

/**
 * Every file a sweep folder may hold as a result (old ones a new sweep does not write are removed):
 * conditioning.json too, so a sweep without --condition does not leave the previous one's report.
 */
export const RESULT_FILES = ['runs.csv', 'runs.parquet', 'indices.csv', 'conditioning.json', 'sweep.xlsx'] as const;
export const METADATA = 'metadata.json';

const LOCK = '.sweep.lock';
const STALE_MS = 60_000;

export interface FolderLock {
	release(): Promise<void>;
	/** Set when another process took the lock over (this process stalled past the stale time). */
	compromised(): Error | null;
}

interface Owner {
	host: string;
	pid: number;
}

// Beside the lock, not in it: proper-lockfile removes its lock directory with rmdir (empty only).
const ownerFile = (real: string): string => path.join(real, `${LOCK}.owner`);

/** The lock's owner is a process of this machine that no longer exists (killed: no exit handler ran). */
function ownerIsDead(real: string): boolean {
	let o: Owner;
	try {
		o = JSON.parse(fs.readFileSync(ownerFile(real), 'utf8')) as Owner;
	} catch {
		return false;
	}
	if (o.host !== os.hostname() || !Number.isSafeInteger(o.pid)) return false;
	try {
		process.kill(o.pid, 0);
		return false;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'ESRCH';
	}
}

export class NotASweepFolderError extends Error {}

/**
 * A folder a sweep may write: new, empty, or one a sweep wrote (its metadata.json says so, or it holds
 * a checkpoint). A folder holding a runs.csv, indices.csv … that no sweep wrote is refused, since the
 * commit would replace them; so is a path that is a file.
 */
export function checkSweepFolder(dir: string): void {
	if (!fs.existsSync(dir)) return;
	if (!fs.statSync(dir).isDirectory()) throw new NotASweepFolderError(`--out ${dir} is a file; a sweep writes a folder (runs, indices.csv, metadata.json); hint: choose a folder name, e.g. --out out/sweep`);
	if (fs.existsSync(partialFiles(dir).checkpoint)) return;
	const meta = path.join(dir, METADATA);
	let ours = false;
	try {
		ours = (JSON.parse(fs.readFileSync(meta, 'utf8')) as {tool?: unknown}).tool === 'hukou-sim';
	} catch {
		ours = false;
	}
	const theirs = [METADATA, ...RESULT_FILES].filter((f) => fs.existsSync(path.join(dir, f)));
	if (!ours && theirs.length > 0) {
		throw new NotASweepFolderError(`--out ${dir} holds ${theirs.join(', ')} that no hukou-sim sweep wrote; a sweep would replace them; hint: choose a new folder, e.g. --out out/sweep`);
	}
}

/** Lock `dir` (created if needed) for one sweep, merge or resume. */
export async function lockFolder(dir: string): Promise<FolderLock> {
	checkSweepFolder(dir);
	fs.mkdirSync(dir, {recursive: true});
	const real = fs.realpathSync(dir);
	let lost: Error | null = null;
	const options = {
		lockfilePath: path.join(real, LOCK),
		realpath: false,
		stale: STALE_MS,
		update: 5000,
		retries: 0,
		onCompromised: (e: Error) => {
			lost = e;
		},
	};
	let release: () => Promise<void>;
	try {
		release = await lockfile.lock(real, options);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
		// A sweep killed with SIGKILL (or by a Slurm requeue) leaves its lock; on the same machine its pid tells.
		if (!ownerIsDead(real)) {
			throw new FolderLockedError(
				`${dir} is in use by another sweep or merge (lock ${path.join(dir, LOCK)}); hint: wait for it to finish, or use another --out (a lock left by a process killed on another machine expires after ${STALE_MS / 1000} s)`,
			);
		}
		fs.rmSync(path.join(real, LOCK), {recursive: true, force: true});
		fs.rmSync(ownerFile(real), {force: true});
		release = await lockfile.lock(real, options);
	}
	fs.writeFileSync(ownerFile(real), JSON.stringify({host: os.hostname(), pid: process.pid} satisfies Owner));
	// Staged files of a sweep interrupted before its commit are rebuilt from the partial files: drop them.
	for (const f of [METADATA, ...RESULT_FILES]) fs.rmSync(path.join(real, `${f}.next`), {force: true});
	// proper-lockfile calls a lock compromised when this process could not refresh it in time (a long
	// synchronous step: writing runs.parquet, a large analysis). It is lost only if another process took
	// it over since, which then names itself in the owner file.
	const ours = (): boolean => {
		try {
			const o = JSON.parse(fs.readFileSync(ownerFile(real), 'utf8')) as Owner;
			return o.host === os.hostname() && o.pid === process.pid;
		} catch {
			return false;
		}
	};
	return {
		release: async () => {
			if (lost && ours()) fs.rmSync(path.join(real, LOCK), {recursive: true, force: true});
			if (ours()) fs.rmSync(ownerFile(real), {force: true});
			await release().catch(() => undefined);
		},
		compromised: () => (lost && !ours() ? lost : null),
	};
}

/** True when another live process holds the folder's lock. */
export async function isFolderLocked(dir: string): Promise<boolean> {
	if (!fs.existsSync(path.join(dir, LOCK)) || ownerIsDead(fs.realpathSync(dir))) return false;
	return lockfile.check(fs.realpathSync(dir), {lockfilePath: path.join(fs.realpathSync(dir), LOCK), realpath: false, stale: STALE_MS});
}

/**
 * Replace the folder's results: `staged` maps result names to the complete new files (anywhere in
 * the folder); result files not staged are removed. `metadata` is the new metadata.json text.
 */
export function commitFolder(dir: string, staged: ReadonlyMap<string, string>, metadata: string): void {
	const next = path.join(dir, `${METADATA}.next`);
	const fd = fs.openSync(next, 'w');
	try {
		fs.writeFileSync(fd, metadata);
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
	for (const file of staged.values()) fsyncFile(file);
	// From here until the rename of metadata.json the folder is an incomplete (resumable) sweep.
	fs.rmSync(path.join(dir, METADATA), {force: true});
	for (const name of RESULT_FILES) {
		const from = staged.get(name);
		if (from) fs.renameSync(from, path.join(dir, name));
		else fs.rmSync(path.join(dir, name), {force: true});
	}
	fs.renameSync(next, path.join(dir, METADATA));
	fsyncDir(dir);
	const p = partialFiles(dir);
	for (const f of [p.csv, p.y, p.err, p.checkpoint]) fs.rmSync(f, {force: true});
}

function fsyncFile(file: string): void {
	const fd = fs.openSync(file, 'r');
	try {
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}

function fsyncDir(dir: string): void {
	try {
		fsyncFile(dir);
	} catch {
		// Some file systems do not fsync directories; the renames are still ordered.
	}
}

