/**
 * The values to scan: `FROM:TO:N` gives N points from FROM to TO inclusive (N ≥ 2; N = 1 gives FROM),
 * as absolute settlers (`--settled`), multiples of the scenario's own settlement (`--factor`) or
 * settlers added to it (`--delta`). Numbers may use e-notation, `_` separators, or the suffixes
 * k (thousand) and 万 (ten thousand): `0:60万:13`.
 */
import {ScaleRequestError} from './errors.js';

export interface RangeSpec {
	readonly from: number;
	readonly to: number;
	readonly count: number;
}

const SUFFIX: Readonly<Record<string, number>> = {'': 1, k: 1e3, K: 1e3, '万': 1e4, w: 1e4, m: 1e6, M: 1e6};

export function parseAmount(text: string, what: string): number {
	const match = /^([+-]?[0-9_]*\.?[0-9_]+(?:e[+-]?\d+)?)\s*(k|K|万|w|m|M)?$/i.exec(text.trim());
	const value = match ? Number(match[1]!.replaceAll('_', '')) * SUFFIX[match[2] ?? '']! : Number.NaN;
	if (!Number.isFinite(value)) throw new ScaleRequestError(`${what}: "${text}" is not a number`, 'write e.g. 100000, 1e5, 100k or 10万');
	return value;
}

export function parseRange(text: string, option: string): RangeSpec {
	const parts = text.split(':');
	if (parts.length < 2 || parts.length > 3) {
		throw new ScaleRequestError(`${option} "${text}" is not FROM:TO:N`, `e.g. ${option} 0:600000:25 (25 points from 0 to 600,000)`);
	}
	const from = parseAmount(parts[0]!, option);
	const to = parseAmount(parts[1]!, option);
	const count = parts[2] === undefined ? 11 : Number(parts[2]);
	if (!Number.isInteger(count) || count < 1 || count > 10_000) {
		throw new ScaleRequestError(`${option} "${text}": N must be a whole number of points from 1 to 10000`, `e.g. ${option} ${parts[0]}:${parts[1]}:21`);
	}
	return {from, to, count};
}

export function linspace({from, to, count}: RangeSpec): number[] {
	if (count === 1) return [from];
	return Array.from({length: count}, (_, i) => (i === count - 1 ? to : from + ((to - from) * i) / (count - 1)));
}

/** Absolute settled values from a range given as settlers, a factor of `own`, or settlers added to `own`. */
export function settledValues(kind: 'settled' | 'factor' | 'delta', range: RangeSpec, own: number): number[] {
	const xs = linspace(range);
	const values = kind === 'settled' ? xs : kind === 'factor' ? xs.map((f) => f * own) : xs.map((d) => own + d);
	const bad = values.find((x) => x < 0);
	if (bad !== undefined) {
		throw new ScaleRequestError(`--${kind} ${range.from}:${range.to}:${range.count} gives a negative settlement (${Math.round(bad)})`, `the scenario's own value is ${Math.round(own)}; keep the range at or above 0 settlers`);
	}
	return values;
}
