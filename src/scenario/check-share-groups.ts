/**
 * Shares that must add up to 1 (src/params/share-groups.ts), checked for every unit and year of the
 * resolved table, and again with each sweep override at the ends of its range: sampling one member
 * of a group while the others stay fixed breaks the sum, unless another member is written as an
 * expression of it (then it is recomputed and the sum holds).
 */
import type {ParameterTable} from '../params/parameter-table.js';
import {SHARE_GROUPS, SHARE_SUM_TOLERANCE, type ShareGroup} from '../params/share-groups.js';
import type {Report, ScenarioCheckInput} from './check-scenario.js';
import {endpoints, supportOf} from './support.js';

interface Breach {
	readonly u: number;
	readonly t: number;
	readonly sum: number;
	readonly parts: readonly number[];
	readonly units: number;
}

/** The first unit and year where the group does not add up, and how many units fail somewhere. */
export function shareBreach(table: ParameterTable, group: ShareGroup): Breach | undefined {
	const values = group.ids.map((id) => table.get(id));
	const n = table.nUnits;
	let first: Omit<Breach, 'units'> | undefined;
	const failing = new Set<number>();
	for (let t = 0; t < table.years.length; t++) {
		for (let u = 0; u < n; u++) {
			let sum = 0;
			for (const v of values) sum += v[t * n + u]!;
			if (Math.abs(sum - 1) <= SHARE_SUM_TOLERANCE) continue;
			failing.add(u);
			first ??= {u, t, sum, parts: values.map((v) => v[t * n + u]!)};
		}
	}
	return first && {...first, units: failing.size};
}

const round = (x: number) => String(Math.round(x * 1e6) / 1e6);

export function checkShareGroups(input: ScenarioCheckInput, failed: (id: string) => boolean, report: Report): void {
	const {table, info} = input;
	for (const group of SHARE_GROUPS) {
		if (!group.ids.every((id) => table.has(id) && info.has(id)) || group.ids.some(failed)) continue;
		const label = `${group.label_en} (${group.label_zh})`;
		const breach = shareBreach(table, group);
		if (breach) {
			const unitId = table.unitIds[breach.u]!;
			const own = group.ids.find((id) => info.get(id)!.spec.byUnit?.[unitId] !== undefined);
			const id = own ?? group.ids[0]!;
			const p = info.get(id)!;
			report('error', own ? ['parameters', p.section, id, 'byUnit', unitId] : ['parameters', p.section, id, 'values'], `the ${label} sums to ${round(breach.sum)}, not 1, for ${unitId} in ${table.years[breach.t]}${breach.units > 1 ? ` (and ${breach.units - 1} other unit${breach.units > 2 ? 's' : ''})` : ''}`, {
				value: group.ids.map((g, k) => `${g} ${round(breach.parts[k]!)}`).join(' + '),
				expected: `${group.ids.join(' + ')} = 1 for every unit and year`,
				hint: `${group.clause}. Make them add up, or write one as the rest: ${group.ids.at(-1)}: "1 - ${group.ids.slice(0, -1).join(' - ')}"`,
			});
			continue;
		}
		const sweeps = [
			...(input.data.uncertainties ?? []).map((u, i) => ({path: ['uncertainties', i, 'dist'], parameter: u.parameter, mode: u.mode ?? 'set', values: endpoints(supportOf(u.dist))})),
			...(input.data.levers ?? []).map((l, i) => ({path: ['levers', i, 'values'], parameter: l.parameter, mode: l.mode ?? 'set', values: [...new Set(l.values)]})),
		];
		for (const s of sweeps) {
			if (!group.ids.includes(s.parameter)) continue;
			for (const value of s.values) {
				const bad = shareBreach(table.withOverrides([{parameter: s.parameter, value, mode: s.mode}]), group);
				if (!bad) continue;
				report('error', s.path, `a sweep that ${s.mode === 'set' ? 'sets' : s.mode === 'scale' ? 'scales' : 'shifts'} ${s.parameter} ${s.mode === 'set' ? 'to' : 'by'} ${value} breaks the ${label}: it sums to ${round(bad.sum)} for ${table.unitIds[bad.u]} in ${table.years[bad.t]}`, {
					value,
					expected: `${group.ids.join(' + ')} = 1 in every run`,
					hint: `write another member as the rest, so that it follows: e.g. ${group.ids.find((g) => g !== s.parameter)}: "1 - ${group.ids.filter((g) => g !== group.ids.find((x) => x !== s.parameter)).join(' - ')}"`,
				});
				break;
			}
		}
	}
}
