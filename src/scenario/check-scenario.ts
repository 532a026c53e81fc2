/**
 * Checks that need the whole scenario at once (issue 15 §3): shares that must add up to 1 for
 * every unit and year (src/params/share-groups.ts), every sampled or levered value inside the
 * parameter's allowed range, calibration bounds and observation years, target, evaluation and
 * outcome years inside the run, and `byClass`/`units.status` keys that name a real column, class
 * or unit. Each would otherwise change nothing, or something else, without a word.
 */
import type {Diagnostic} from '../errors/diagnostic.js';
import {didYouMean} from '../errors/did-you-mean.js';
import {YEAR_FUNCTIONS} from '../engine/outcomes.js';
import type {ParameterTable} from '../params/parameter-table.js';
import type {ResolvedParameterInfo} from '../params/resolve.js';
import {checkShareGroups} from './check-share-groups.js';
import {valueRange, supportOf, type Interval} from './support.js';
import type {ScenarioFile} from './schema.js';
import type {UnitTable} from './units-table.js';

export type Report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra?: Partial<Diagnostic>) => void;

export interface ScenarioCheckInput {
	readonly data: ScenarioFile;
	readonly years: readonly number[];
	readonly units: UnitTable;
	readonly table: ParameterTable;
	readonly info: ReadonlyMap<string, ResolvedParameterInfo>;
	/** The series a run of this scenario reports: its models' (none for a standalone scenario), its programs', its own. */
	readonly series: readonly string[];
	/** What was found so far: checks that would repeat an earlier error stay silent. */
	readonly diagnostics: readonly Diagnostic[];
}

export function checkScenario(input: ScenarioCheckInput, report: Report): void {
	const failed = (id: string) => input.diagnostics.some((d) => d.severity === 'error' && (d.path.startsWith(`parameters.`) && d.path.split('.')[2] === id));
	checkShareGroups(input, failed, report);
	checkSampledRanges(input, failed, report);
	checkCalibration(input, report);
	checkYears(input, report);
	checkClassKeys(input, report);
}

const span = (i: Interval) => `${fmt(i[0])} to ${fmt(i[1])}`;
const fmt = (x: number) => (x === Infinity ? '∞' : x === -Infinity ? '−∞' : String(x));

/** Uncertainties and levers: the values a sweep would set must lie in the parameter's allowed range. */
function checkSampledRanges(input: ScenarioCheckInput, failed: (id: string) => boolean, report: Report): void {
	const specs = [
		...(input.data.uncertainties ?? []).map((u, i) => ({list: 'uncertainties' as const, i, parameter: u.parameter, mode: u.mode ?? 'set', support: supportOf(u.dist), key: 'dist'})),
		...(input.data.levers ?? []).map((l, i) => ({list: 'levers' as const, i, parameter: l.parameter, mode: l.mode ?? 'set', support: [Math.min(...l.values), Math.max(...l.values)] as Interval, key: 'values'})),
	];
	for (const s of specs) {
		const def = input.info.get(s.parameter)?.def;
		if (!def || failed(s.parameter) || !input.table.has(s.parameter)) continue;
		const allowed: Interval = [def.min, def.max === Number.MAX_VALUE ? Infinity : def.max];
		const reach = s.mode === 'set' ? s.support : valueRange(input.table, s.parameter, s.mode, s.support);
		if (reach[0] >= allowed[0] && reach[1] <= allowed[1]) continue;
		const what = s.list === 'levers' ? 'the lever values' : 'the distribution';
		report('error', [s.list, s.i, s.key], `${what} ${s.mode === 'set' ? (s.list === 'levers' ? 'reach' : 'reaches') : `give ${s.parameter} (${s.mode}) values of`} ${span(reach)}, outside the allowed range of ${s.parameter}`, {
			value: s.list === 'levers' ? input.data.levers![s.i]!.values : input.data.uncertainties![s.i]!.dist,
			expected: `values within ${span(allowed)} (${def.measure})`,
			hint: !Number.isFinite(reach[0]) || !Number.isFinite(reach[1]) ? 'a normal or lognormal distribution has no bounds: use truncnormal with min and max inside the range' : def.measure === 'share' ? 'shares are fractions: 150% is 1.5, outside 0–1; narrow the distribution' : 'narrow the distribution to the allowed range',
		});
	}
}

function checkCalibration(input: ScenarioCheckInput, report: Report): void {
	const c = input.data.calibration;
	if (!c) return;
	const def = input.info.get(c.parameter)?.def;
	if (!input.info.has(c.parameter)) {
		report('error', ['calibration', 'parameter'], `calibration.parameter "${c.parameter}" is not a parameter of the scenario`, {
			value: c.parameter,
			expected: 'the id of a parameter',
			hint: didYouMean(c.parameter, [...input.info.keys()]) ?? someOf('the parameters', [...input.info.keys()]),
		});
	}
	const [lo, hi] = c.bounds;
	if (!(lo < hi)) report('error', ['calibration', 'bounds'], 'the lower bound must be below the upper one', {value: c.bounds, expected: '[low, high]'});
	else if (def && (lo < def.min || hi > def.max)) {
		report('error', ['calibration', 'bounds'], `the bounds ${lo}–${hi} leave the allowed range of ${c.parameter}`, {
			value: c.bounds,
			expected: `within ${def.min} to ${def.max === Number.MAX_VALUE ? '∞' : def.max} (${def.measure})`,
			hint: 'the search would try values the model refuses: narrow the bounds',
		});
	}
	const {series} = input;
	c.observations.forEach((o, i) => {
		if (!input.years.includes(o.year)) report('error', ['calibration', 'observations', i, 'year'], `observation year ${o.year} is outside the run ${input.years[0]}–${input.years.at(-1)}`, {
			value: o.year,
			expected: `a year from ${input.years[0]} to ${input.years.at(-1)}`,
			hint: 'extend years.end, or drop the observation',
		});
		if (!series.includes(o.series)) report('error', ['calibration', 'observations', i, 'series'], `unknown series "${o.series}"`, {
			value: o.series,
			expected: 'a series of the model (run --format json lists them)',
			hint: didYouMean(o.series, series) ?? (series.length ? someOf('the series', series) : 'this scenario has no series (a standalone scenario without series: computes only outcomes): declare the observed one under series:'),
		});
	});
}

/** A hint naming the first few of a list. */
function someOf(what: string, names: readonly string[]): string {
	return `${what}: ${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}`;
}

/** A call of an outcome function whose numeric arguments are years (src/engine/outcomes.ts), with its arguments. */
const YEAR_CALL = new RegExp(String.raw`\b(${YEAR_FUNCTIONS.join('|')})\s*\(([^()]*)\)`, 'g');

function checkYears(input: ScenarioCheckInput, report: Report): void {
	const {years, data} = input;
	const first = years[0]!;
	const last = years.at(-1)!;
	const outside = (y: number) => !years.includes(y);
	const expected = `a year from ${first} to ${last} (the run)`;
	for (const [id, t] of Object.entries(data.targets ?? {})) {
		if (t.years === 'all') continue;
		t.years.forEach((y, i) => {
			if (outside(y)) report('error', ['targets', id, 'years', i], `target year ${y} is outside the run`, {
				value: y,
				expected,
				hint: 'the target would never be checked: extend years.end or drop the year',
			});
		});
	}
	const ev = data.options?.evaluationYears;
	if (ev) {
		for (const key of ['midterm', 'final'] as const) {
			if (outside(ev[key])) report('error', ['options', 'evaluationYears', key], `the ${key} evaluation year ${ev[key]} is outside the run`, {
				value: ev[key],
				expected,
				hint: 'the evaluation would silently vanish from every output',
			});
		}
		if (ev.midterm > ev.final) report('error', ['options', 'evaluationYears', 'midterm'], 'the midterm evaluation comes after the final one', {
			value: ev.midterm,
			expected: `at most ${ev.final}`,
		});
	}
	for (const [id, o] of Object.entries(data.outcomes ?? {})) {
		for (const call of o.expr.matchAll(YEAR_CALL)) {
			for (const arg of call[2]!.split(',').map((a) => a.trim())) {
				if (/^\d{4}$/.test(arg) && outside(Number(arg))) report('error', ['outcomes', id, 'expr'], `${call[1]}(…) reads the year ${arg}, outside the run`, {
					value: o.expr,
					expected,
					hint: 'extend years.end, or use a year of the run',
				});
			}
		}
	}
}

/** `byClass` must name a column of the unit table and classes that occur in it; `units.status` real columns. */
function checkClassKeys(input: ScenarioCheckInput, report: Report): void {
	const columns = input.units.columns;
	const names = Object.keys(columns);
	for (const p of input.info.values()) {
		for (const [column, classes] of Object.entries(p.spec.byClass ?? {})) {
			const path = ['parameters', p.section, p.id, 'byClass', column];
			if (!Object.hasOwn(columns, column)) {
				report('error', path, `byClass names the column "${column}", which the unit table does not have`, {
					value: column,
					expected: `a column of the unit table: ${names.join(', ')}`,
					hint: didYouMean(column, names) ?? 'classes come from a text column such as sizeClass',
				});
				continue;
			}
			const present = [...new Set(columns[column])];
			for (const cls of Object.keys(classes)) {
				if (present.includes(cls)) continue;
				// A warning, not an error: a class table is often a rule written for every size of city (the baseline's
				// 住建部 cost classes), applied to a table that has only some of them.
				report('warning', [...path, cls], `no unit has ${column} = "${cls}"; the entry changes nothing`, {
					value: cls,
					expected: `one of: ${present.slice(0, 12).join(', ')}`,
					hint: didYouMean(cls, present) ?? 'check the spelling against the table, or ignore this if the entry is a rule for other tables',
				});
			}
		}
	}
	const ids = input.units.ids;
	for (const [column, status] of Object.entries(input.data.units?.status ?? {})) {
		if (!Object.hasOwn(columns, column)) {
			report('error', ['units', 'status', column], `units.status names the column "${column}", which the unit table does not have`, {
				value: column,
				expected: `a column: ${names.join(', ')}`,
				hint: didYouMean(column, names) ?? 'correct the name',
			});
			continue;
		}
		if (typeof status === 'string') continue;
		for (const key of Object.keys(status)) {
			if (key !== 'default' && !ids.includes(key)) report('error', ['units', 'status', column, key], `"${key}" is not a unit of the table`, {
				value: key,
				expected: 'default or a unit id',
				hint: didYouMean(key, [...ids, 'default']) ?? 'ids are in the id column',
			});
		}
	}
}
