/** The arithmetic of a change, in one place so that every view agrees (a scenario against itself is all zeros). */
import type {Change} from './types.js';

export function pctChange(base: number, alt: number): number | null {
	const abs = alt - base;
	if (abs === 0) return 0;
	return base !== 0 ? abs / Math.abs(base) : null;
}

export const change = (base: number, alt: number): Change => ({base, alt, abs: alt - base, pct: pctChange(base, alt)});
