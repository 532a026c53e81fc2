/**
 * Join the runs.csv files of a sharded sweep (`--shard i/n`) into the unsharded file: same header
 * everywhere, run ids contiguous from 0 with no gap or overlap. Streams line by line, so memory
 * stays flat; returns the outputs for the analysis.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import {parseCsvLine, parseNumber} from './csv.js';

export class MergeError extends Error {}

export interface MergedRuns {
	rows: number;
	inputs: string[];
	outputs: string[];
	/** rows × k inputs and rows × m outputs, parsed back from the text (exact round trip). */
	X: Float64Array;
	Y: Float64Array;
	failedCount: number;
}

/**
 * Merge `files` (one runs.csv per shard, any order) into `outFile`. `outputs` names the outcome
 * columns (the columns before them, after `run`, are inputs).
 */
export async function mergeRuns(files: readonly string[], outFile: string, outputs: readonly string[], expectedRows?: number): Promise<MergedRuns> {
	const parts: {file: string; first: number; header: string}[] = [];
	for (const file of files) {
		if (!fs.existsSync(file)) throw new MergeError(`merge: ${file} not found; hint: is that shard finished? (an unfinished one has runs.csv.partial; rerun it with --resume)`);
		const [header, first] = await firstLines(file);
		parts.push({file, header: header ?? '', first: first ? Number(first.slice(0, first.indexOf(','))) : Number.NaN});
	}
	parts.sort((a, b) => a.first - b.first);
	const header = parts[0]?.header ?? '';
	for (const p of parts) {
		if (p.header !== header) throw new MergeError(`merge: ${p.file} has a different header from ${parts[0]!.file}; hint: the shards come from different sweeps`);
	}
	const cols = parseCsvLine(header);
	const k = cols.length - 2 - outputs.length;
	if (k < 0 || cols.slice(1 + k, 1 + k + outputs.length).join('\u0000') !== outputs.join('\u0000')) {
		throw new MergeError(`merge: runs.csv columns [${cols.join(', ')}] do not end with the outcomes [${outputs.join(', ')}] and 'error'`);
	}
	const m = outputs.length;
	const X: number[] = [];
	const Y: number[] = [];
	let next = 0;
	let failed = 0;
	const lines: string[] = [header + '\n'];
	let text = '';
	const tmp = `${outFile}.merging`;
	const fd = fs.openSync(tmp, 'w');
	try {
		for (const p of parts) {
			let skip = true;
			for await (const line of readline.createInterface({input: fs.createReadStream(p.file), crlfDelay: Infinity})) {
				if (skip) {
					skip = false;
					continue;
				}
				if (line === '') continue;
				const f = parseCsvLine(line);
				const run = Number(f[0]);
				if (run !== next) {
					throw new MergeError(`merge: expected run ${next} but ${p.file} has run ${run}; hint: ${run > next ? `runs ${next}…${run - 1} are missing (a shard not given?)` : 'two shards overlap'}`);
				}
				next++;
				for (let j = 0; j < k; j++) X.push(parseNumber(f[1 + j]!));
				for (let j = 0; j < m; j++) Y.push(parseNumber(f[1 + k + j]!));
				if (f[1 + k + m]) failed++;
				lines.push(line + '\n');
				if (lines.length >= 4096) {
					text = lines.join('');
					fs.writeSync(fd, text);
					lines.length = 0;
				}
			}
		}
		fs.writeSync(fd, lines.join(''));
	} finally {
		fs.closeSync(fd);
	}
	if (expectedRows !== undefined && next !== expectedRows) {
		fs.rmSync(tmp, {force: true});
		throw new MergeError(`merge: the shards hold runs 0…${next - 1} but the sweep has ${expectedRows} runs; hint: runs ${next}…${expectedRows - 1} are missing (a shard not given?)`);
	}
	fs.renameSync(tmp, outFile);
	return {rows: next, inputs: cols.slice(1, 1 + k), outputs: [...outputs], X: Float64Array.from(X), Y: Float64Array.from(Y), failedCount: failed};
}

async function firstLines(file: string): Promise<[string | undefined, string | undefined]> {
	const out: string[] = [];
	for await (const line of readline.createInterface({input: fs.createReadStream(file), crlfDelay: Infinity})) {
		out.push(line);
		if (out.length === 2) break;
	}
	return [out[0], out[1]];
}

