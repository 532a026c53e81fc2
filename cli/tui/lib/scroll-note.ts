/** "rows 5–18 of 18 ↑": which rows of a list are on screen, and arrows where more are hidden. */
export function rowsNote(top: number, shown: number, total: number, noun = 'rows'): string {
	if (total === 0) return `${noun} 0 of 0`;
	const last = Math.min(total, top + shown);
	const up = top > 0 ? ' ↑' : '';
	const down = last < total ? ' ↓' : '';
	return `${noun} ${top + 1}–${last} of ${total}${up}${down}`;
}
