/**
 * A sensitivity problem: the named inputs and their distributions, as SALib's `problem`
 * (Herman & Usher 2017, "SALib: An open-source Python library for sensitivity analysis", JOSS 2(9)),
 * but typed and checked in one pass.
 */
import {validateDistribution, type Distribution} from './distributions.js';

export interface Problem {
	names: string[];
	dists: Distribution[];
	/**
	 * Optional group of each input (SALib's `groups`): Sobol' and Morris then treat each group as one
	 * factor, moved together (Saltelli et al. 2008, "Global Sensitivity Analysis: The Primer", §1.2.15;
	 * Campolongo, Cariboni & Saltelli 2007, §3). Groups are numbered in order of first appearance.
	 */
	groups?: string[];
	/**
	 * Rank correlations between pairs of inputs, induced by Iman & Conover (1982) on random samples
	 * (mc, lhs, sobol); the other inputs stay independent.
	 */
	correlations?: {a: string; b: string; rank: number}[];
}

/** The factors of a grouped problem: names in order of first appearance, and the group of each input. */
export interface Groups {
	names: string[];
	of: Int32Array;
}

/** The groups of a problem, or null when it has none. */
export function problemGroups(p: Problem): Groups | null {
	if (!p.groups) return null;
	const index = new Map<string, number>();
	const of = Int32Array.from(p.groups, (g) => {
		if (!index.has(g)) index.set(g, index.size);
		return index.get(g)!;
	});
	return {names: [...index.keys()], of};
}

/** Thrown for a user mistake; `problems` lists every issue found in one pass. */
export class SensitivityInputError extends Error {
	constructor(
		message: string,
		readonly problems: readonly string[] = [message],
	) {
		super(message);
		this.name = 'SensitivityInputError';
	}
}

/** Every problem with a Problem definition (empty when it is valid). */
export function problemErrors(p: Problem): string[] {
	const errs: string[] = [];
	if (!Array.isArray(p.names) || p.names.length === 0) errs.push('problem.names: expected at least one input name');
	if (!Array.isArray(p.dists) || p.dists.length !== p.names?.length) {
		errs.push(`problem: ${p.names?.length ?? 0} names but ${p.dists?.length ?? 0} distributions; expected one distribution per name`);
	}
	const seen = new Set<string>();
	p.names?.forEach((n, i) => {
		if (typeof n !== 'string' || n === '') errs.push(`problem.names[${i}]: expected a non-empty string`);
		else if (seen.has(n)) errs.push(`problem.names[${i}]: duplicate input name '${n}'`);
		seen.add(n);
	});
	p.dists?.forEach((d, i) => errs.push(...validateDistribution(d, `problem.dists[${i}] (${p.names?.[i] ?? '?'})`)));
	const names = new Set(p.names ?? []);
	const pairs = new Set<string>();
	(p.correlations ?? []).forEach((c, i) => {
		for (const end of [c.a, c.b]) if (!names.has(end)) errs.push(`problem.correlations[${i}]: unknown input ${JSON.stringify(end)}; expected one of ${[...names].join(', ')}`);
		if (c.a === c.b) errs.push(`problem.correlations[${i}]: ${JSON.stringify(c.a)} is correlated with itself`);
		if (!(typeof c.rank === 'number' && c.rank > -1 && c.rank < 1)) errs.push(`problem.correlations[${i}]: rank must be a number strictly between -1 and 1, got ${JSON.stringify(c.rank)}`);
		const key = [c.a, c.b].sort().join('\u0000');
		if (pairs.has(key)) errs.push(`problem.correlations[${i}]: the pair ${c.a}, ${c.b} is given twice`);
		pairs.add(key);
	});
	if (p.groups !== undefined) {
		if (!Array.isArray(p.groups) || p.groups.length !== p.names?.length) errs.push(`problem.groups: ${p.groups?.length ?? 0} groups for ${p.names?.length ?? 0} inputs; expected one group name per input`);
		else p.groups.forEach((g, i) => (typeof g !== 'string' || g === '') && errs.push(`problem.groups[${i}]: expected a non-empty group name`));
		if (Array.isArray(p.groups) && new Set(p.groups).size < 2) errs.push('problem.groups: a single group leaves nothing to compare; expected at least two');
	}
	return errs;
}

export function assertProblem(p: Problem): void {
	const errs = problemErrors(p);
	if (errs.length > 0) throw new SensitivityInputError(`invalid problem:\n  ${errs.join('\n  ')}`, errs);
}

/** Uniform inputs from [name, min, max] triples, the common case and SALib's `bounds`. */
export function uniformProblem(inputs: readonly (readonly [string, number, number])[]): Problem {
	return {names: inputs.map((i) => i[0]), dists: inputs.map(([, min, max]) => ({type: 'uniform', min, max}))};
}
