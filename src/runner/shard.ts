/**
 * `--shard i/n`: split the run ids into n contiguous blocks so that independent jobs (a Slurm
 * array, GNU parallel) each run one block; `merge` joins them back in run-id order.
 */

export interface Shard {
	index: number;
	count: number;
}

export function parseShard(text: string): Shard {
	const m = /^(\d+)\/(\d+)$/.exec(text.trim());
	const index = m ? Number(m[1]) : Number.NaN;
	const count = m ? Number(m[2]) : Number.NaN;
	if (!m || !(count >= 1) || !(index >= 1 && index <= count)) {
		throw new RangeError(`--shard expects i/n with 1 <= i <= n (e.g. 3/8), got '${text}'`);
	}
	return {index, count};
}

/** Run ids [start, end) of a shard of `total` runs; shards differ in size by at most one run. */
export function shardRange(total: number, shard?: Shard): {start: number; end: number} {
	if (!shard) return {start: 0, end: total};
	return {start: Math.floor(((shard.index - 1) * total) / shard.count), end: Math.floor((shard.index * total) / shard.count)};
}
