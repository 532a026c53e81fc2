/** Small charts made of text: sparklines, horizontal bars, centred (tornado) bars, histograms. */

const SPARK = '▁▂▃▄▅▆▇█';
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** The scale of a sparkline: from zero (or the lowest value, if negative) to the largest (or zero). */
export function sparkScale(values: ArrayLike<number>, from = 0): {readonly lo: number; readonly hi: number} {
	const finite = Array.from(values).slice(from).filter(Number.isFinite);
	return {lo: Math.min(0, ...finite), hi: Math.max(0, ...finite)};
}

/**
 * One character per value on a zero-based scale (or the scale given, shared by several rows): a
 * flat series draws flat at its level, a small change draws small. Callers print the scale.
 */
export function sparkline(values: ArrayLike<number>, from = 0, scale = sparkScale(values, from)): string {
	const xs = Array.from(values).slice(from);
	const {lo, hi} = scale;
	const span = hi - lo;
	return xs
		.map((v) => {
			if (!Number.isFinite(v)) return ' ';
			if (!(span > 0)) return SPARK[0];
			return SPARK[Math.max(0, Math.min(7, Math.round(((v - lo) / span) * 7)))];
		})
		.join('');
}

/** A bar of `value / max` of `width` columns, in eighths of a column; always `width` wide. */
export function bar(value: number, max: number, width: number): string {
	if (width <= 0) return '';
	const frac = max > 0 && Number.isFinite(value) ? Math.max(0, Math.min(1, value / max)) : 0;
	const eighths = Math.round(frac * width * 8);
	const full = Math.floor(eighths / 8);
	const text = '█'.repeat(full) + (full < width ? EIGHTHS[eighths % 8] : '');
	return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/**
 * A tornado bar: the left half grows leftwards for negative values, the right half rightwards for
 * positive ones, around a centre line. Total width = 2 * half + 1.
 */
export function tornado(low: number, high: number, maxAbs: number, half: number): string {
	const cells = (v: number) => (maxAbs > 0 && Number.isFinite(v) ? Math.min(half, Math.round((Math.abs(v) / maxAbs) * half)) : 0);
	const leftLen = Math.max(low < 0 ? cells(low) : 0, high < 0 ? cells(high) : 0);
	const rightLen = Math.max(low > 0 ? cells(low) : 0, high > 0 ? cells(high) : 0);
	return ' '.repeat(half - leftLen) + '█'.repeat(leftLen) + '│' + '█'.repeat(rightLen) + ' '.repeat(half - rightLen);
}

/**
 * A bar with an interval: █ up to the estimate, ─ over the interval [value−conf, value+conf],
 * both on the scale 0…max.
 */
export function intervalBar(value: number, conf: number, max: number, width: number): string {
	const at = (v: number) => (max > 0 && Number.isFinite(v) ? Math.max(0, Math.min(width, Math.round((v / max) * width))) : 0);
	const v = at(value);
	const lo = at(value - (Number.isFinite(conf) ? conf : 0));
	const hi = at(value + (Number.isFinite(conf) ? conf : 0));
	let out = '';
	for (let i = 0; i < width; i++) out += i < lo ? '█' : i < v ? '▓' : i < hi ? '─' : ' ';
	return out;
}

/** Counts of `values` in `bins` equal bins between min and max. */
export function histogram(values: readonly number[], bins: number): {counts: number[]; min: number; max: number} {
	const xs = values.filter(Number.isFinite);
	const min = xs.length ? Math.min(...xs) : 0;
	const max = xs.length ? Math.max(...xs) : 0;
	const counts = new Array<number>(bins).fill(0);
	for (const x of xs) {
		const i = max === min ? 0 : Math.min(bins - 1, Math.floor(((x - min) / (max - min)) * bins));
		counts[i]!++;
	}
	return {counts, min, max};
}
