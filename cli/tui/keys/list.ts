/**
 * The list keys every screen shares: ↑/k ↓/j one row, PgUp/PgDn a page, g/Home first, G/End last.
 * Returns the new cursor, or undefined when the key is not a list key.
 */
import type {Press} from '../lib/keypress.js';

export function listMove(p: Press, cursor: number, total: number, page: number): number | undefined {
	const last = Math.max(0, total - 1);
	const to = (c: number) => Math.max(0, Math.min(last, c));
	if (p.name === 'up' || (p.name === '' && p.text === 'k')) return to(cursor - 1);
	if (p.name === 'down' || (p.name === '' && p.text === 'j')) return to(cursor + 1);
	if (p.name === 'pageup') return to(cursor - Math.max(1, page));
	if (p.name === 'pagedown') return to(cursor + Math.max(1, page));
	if (p.name === 'home' || (p.name === '' && p.text === 'g')) return 0;
	if (p.name === 'end' || (p.name === '' && p.text === 'G')) return last;
	return undefined;
}

/** ←/→ on the year. */
export function yearMove(p: Press, t: number, nYears: number): number | undefined {
	if (p.name === 'left') return Math.max(0, t - 1);
	if (p.name === 'right') return Math.min(nYears - 1, t + 1);
	return undefined;
}

/** The next index after `from` (wrapping) whose label matches `find` (case-insensitive), or undefined. */
export function findNext(labels: readonly string[], find: string, from: number): number | undefined {
	const f = find.trim().toLowerCase();
	if (f === '' || labels.length === 0) return undefined;
	for (let k = 1; k <= labels.length; k++) {
		const i = (from + k) % labels.length;
		if (labels[i]!.toLowerCase().includes(f)) return i;
	}
	return undefined;
}
