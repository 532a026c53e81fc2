/**
 * A sensitivity problem: the named inputs and their distributions, as SALib's `problem`
 * (Herman & Usher 2017, "SALib: An open-source Python library for sensitivity analysis", JOSS 2(9)),
 * but typed and checked in one pass.
 */
import {validateDistribution, type Distribution} from './distributions.js';

export interface Problem {
	names: string[];
	dists: Distribution[];
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
