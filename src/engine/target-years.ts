import type {TargetSpec} from '../scenario/schema.js';

/** The last year each target is checked (years: 'all' is every simulated year): what allMet() reads. */
export function targetYearsOf(targets: Readonly<Record<string, TargetSpec>>, years: readonly number[]): Record<string, number> {
	const out: Record<string, number> = Object.create(null) as Record<string, number>;
	for (const [id, t] of Object.entries(targets)) out[id] = t.years === 'all' ? years.at(-1)! : Math.max(...t.years.filter((y) => years.includes(y)), years[0]!);
	return out;
}
