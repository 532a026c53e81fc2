/**
 * Rounding a split to whole published units so that the parts add up exactly to the rounded total
 * (largest-remainder / Hamilton method): every part is rounded down, then the units still missing go
 * one each to the parts with the largest fractional remainders (ties: the earlier part). Each part
 * differs from its exact value by less than 1.
 */
export function largestRemainder(values: readonly number[], total: number): number[] {
	const floors = values.map((v) => Math.floor(Math.max(0, v)));
	let missing = total - floors.reduce((a, b) => a + b, 0);
	if (values.length === 0) return floors;
	const order = values.map((_, i) => i).sort((a, b) => Math.max(0, values[b]!) - floors[b]! - (Math.max(0, values[a]!) - floors[a]!) || a - b);
	// In exact arithmetic 0 ≤ missing ≤ n; rounding of the total can leave it one outside, handled by cycling.
	for (let k = 0; missing > 0; k++, missing--) floors[order[k % order.length]!]! += 1;
	// Too many: take them back from the smallest remainders (parts already at 0 are skipped).
	const taken = order.filter((i) => floors[i]! > 0).reverse();
	for (let k = 0; missing < 0 && k < taken.length; k++, missing++) floors[taken[k]!]! -= 1;
	return floors;
}
