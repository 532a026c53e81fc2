/** Suggest the closest known name (Damerau-free Levenshtein), as OpenFisca's and TC's messages do. */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	const lower = name.toLowerCase();
	for (const candidate of candidates) {
		const d = distance(lower, candidate.toLowerCase());
		if (d < bestDistance) {
			bestDistance = d;
			best = candidate;
		}
	}
	const limit = Math.max(2, Math.floor(name.length / 3));
	return best !== undefined && bestDistance <= limit ? `did you mean "${best}"?` : undefined;
}

export function distance(a: string, b: string): number {
	const prev = new Array<number>(b.length + 1);
	for (let j = 0; j <= b.length; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0]!;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j]!;
			prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length]!;
}
