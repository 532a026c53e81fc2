/**
 * The files this command has read (scenario, the files it extends, its unit table, merged shards,
 * an --input sample). Every reader registers here; an output path that is one of them, by
 * resolved path or by the same file (device and inode: symbolic and hard links), is refused,
 * so that no command can replace what it just read.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface InputFile {
	/** The path as named (resolved to absolute). */
	readonly file: string;
	/** The real path (symbolic links followed). */
	readonly real: string;
	/** What the command read it as: "scenario", "unit table", "shard"… */
	readonly role: string;
	/** The text encoding detected (UTF-8, UTF-8 with BOM, GB18030), when it is a text file. */
	readonly encoding?: string;
	readonly identity?: string;
}

const inputs = new Map<string, InputFile>();

function identity(file: string): string | undefined {
	try {
		const s = fs.statSync(file, {bigint: true});
		return `${s.dev}:${s.ino}`;
	} catch {
		return undefined;
	}
}

function realPath(file: string): string {
	try {
		return fs.realpathSync(file);
	} catch {
		return path.resolve(file);
	}
}

/** Record that the command read `file` (a file or a folder of shards). */
export function registerInput(file: string, role: string, encoding?: string): void {
	const abs = path.resolve(file);
	const real = realPath(abs);
	inputs.set(real, {file: abs, real, role, encoding, identity: identity(abs)});
}

/** The input that `file` names (same real path, same file, or a file inside an input folder), if any. */
export function inputAt(file: string): InputFile | undefined {
	const abs = path.resolve(file);
	const real = realPath(abs);
	const id = identity(abs);
	for (const input of inputs.values()) {
		if (input.real === real || (id !== undefined && input.identity === id)) return input;
	}
	return undefined;
}

/** Every input registered so far, in reading order. */
export function registeredInputs(): readonly InputFile[] {
	return [...inputs.values()];
}

/** For tests and the TUI (one process, several commands). */
export function clearInputs(): void {
	inputs.clear();
}
