/**
 * A lever's range as a slider (SyntheSim-like): ├──○───●──┤ with ● the value now and ○ the value
 * as loaded (◉ when they coincide); values beyond an end sit on the end.
 */
export function slider(value: number, loaded: number, lo: number, hi: number, width: number): string {
	const w = Math.max(3, width - 2);
	const at = (v: number) => (!Number.isFinite(v) ? w - 1 : hi > lo ? Math.max(0, Math.min(w - 1, Math.round(((v - lo) / (hi - lo)) * (w - 1)))) : 0);
	const cells = new Array<string>(w).fill('─');
	const a = at(loaded);
	const b = at(value);
	cells[a] = '○';
	cells[b] = a === b ? '◉' : '●';
	return `├${cells.join('')}┤`;
}
