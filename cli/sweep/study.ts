/**
 * What a sweep studies: the uncertain inputs (a Problem), the lever combinations crossed with them,
 * the model module the workers load and its outcome names. Built either from a scenario's
 * `uncertainties`, `levers` and `outcomes`, or from a built-in analytic test model.
 */
import {createHash} from 'node:crypto';
import {testFunctionSpec, type ModelSpec} from '../../src/runner/index.js';
import {TEST_FUNCTIONS, type Distribution, type Problem, type TestFunctionName} from '../../src/sensitivity/index.js';
import type {CompiledScenario} from '../../src/index.js';
import {MODULE_EXT} from '../../src/runner/model.js';
import {UsageError} from '../errors.js';
import type {StudyObservation} from './conditioning.js';
import type {InputBinding, ScenarioModelOptions} from './scenario-model.js';
import {toPortable} from '../../src/model/portable.js';

/** The module a scenario sweep's workers load (cli/sweep/scenario-model.ts). */
const SCENARIO_MODEL_MODULE = new URL(`./scenario-model${MODULE_EXT}`, import.meta.url).href;
import type {Measure} from '../../src/engine/types.js';

export interface Lever {
	name: string;
	values: number[];
}

export interface Study {
	kind: 'model' | 'scenario';
	/** Model name or scenario path, as given. */
	target: string;
	problem: Problem;
	levers: Lever[];
	model: ModelSpec;
	outputs: string[];
	/** Outcome labels for tables (id → label). */
	labels: Record<string, string>;
	/** Outcome units (id → measure), for tables in the units officials read. */
	measures?: Record<string, Measure>;
	/** sha256 of the scenario file, the files it extends and its unit table. */
	sha256?: string;
	/** The scenario's calibration observations, for sweep --condition (conditioning.ts). */
	observations?: {calibration: StudyObservation[]; joint: StudyObservation[]};
}

export function modelStudy(name: string): Study {
	if (!(name in TEST_FUNCTIONS)) {
		throw new UsageError(`--model: unknown test model '${name}'; expected one of ${Object.keys(TEST_FUNCTIONS).join(', ')}`);
	}
	const f = TEST_FUNCTIONS[name as TestFunctionName]();
	return {kind: 'model', target: name, problem: f.problem, levers: [], model: testFunctionSpec(name as TestFunctionName), outputs: f.outputs, labels: {y: `${name} y`}};
}

/** Load the core lazily: `--model` sweeps never need the scenario stack (mathjs is slow to import). */
export async function scenarioStudy(file: string, options: {levers?: boolean} = {}): Promise<Study> {
	const {openScenario} = await import('../../src/index.js');
	return studyOfScenario(file, openScenario(file), options);
}

/**
 * `levers: false` (sweep --no-levers) leaves the levers out from the start, so that the compiled scenario
 * workers receive is decided by the uncertainties alone (a lever's parameter with dependents would otherwise
 * make every worker compile the scenario again).
 */
export function studyOfScenario(file: string, compiled: CompiledScenario, {levers: withLevers = true}: {levers?: boolean} = {}): Study {
	const data = compiled.data;
	const unitIds = compiled.unitInfo.map((u) => u.id);
	const names: string[] = [];
	const dists: Distribution[] = [];
	const groups: string[] = [];
	const levers: Lever[] = [];
	const bindings: InputBinding[] = [];
	for (const l of withLevers ? (data.levers ?? []) : []) {
		bindings.push({parameter: l.parameter, mode: l.mode ?? 'set', columns: [levers.length]});
		levers.push({name: l.name ?? l.parameter, values: [...l.values]});
	}
	const offset = levers.length;
	for (const u of data.uncertainties ?? []) {
		const name = u.name ?? u.parameter;
		const cols: number[] = [];
		for (const unit of u.perUnit ? unitIds : [null]) {
			cols.push(offset + names.length);
			names.push(unit === null ? name : `${name}[${unit}]`);
			dists.push(u.dist as Distribution);
			groups.push(u.group ?? names.at(-1)!);
		}
		bindings.push({parameter: u.parameter, mode: u.mode ?? 'set', columns: cols});
	}
	const correlations = scenarioCorrelations(file, data.uncertainties ?? []);
	if (names.length === 0) {
		throw new UsageError(`${file} declares no uncertainties; a sweep needs at least one (uncertainties: [{parameter, dist: {type: uniform, min, max}}])`);
	}
	const outputs = compiled.outcomes.map((o) => o.id);
	if (outputs.length === 0) throw new UsageError(`${file} declares no outcomes; a sweep needs at least one (outcomes: {id: {label, expr}})`);
	const hash = createHash('sha256');
	for (const s of compiled.loaded.sources) hash.update(s.text);
	hash.update(compiled.loaded.unitsText);
	const sha256 = hash.digest('hex');
	const portable = toPortable(compiled, bindings.map((b) => b.parameter));
	const options: ScenarioModelOptions = portable
		? {file: compiled.loaded.file, bindings, compiled: portable}
		: {file: compiled.loaded.file, bindings, scenario: {data: compiled.data, unitsFile: compiled.loaded.unitsFile, unitsText: compiled.loaded.unitsText}};
	return {
		kind: 'scenario',
		target: file,
		// An input without a group is a group of its own (SALib needs every input in a group).
		problem: {
			names,
			dists,
			...((data.uncertainties ?? []).some((u) => u.group !== undefined) ? {groups} : {}),
			...(correlations.length > 0 ? {correlations} : {}),
		},
		levers,
		model: {module: SCENARIO_MODEL_MODULE, options, outputs, key: keyOf(sha256, options.bindings)},
		outputs,
		labels: Object.fromEntries(compiled.outcomes.map((o) => [o.id, o.label_en || o.label_zh])),
		measures: Object.fromEntries(compiled.outcomes.filter((o) => o.measure).map((o) => [o.id, o.measure!])),
		sha256,
		...(data.calibration ? {observations: {calibration: data.calibration.observations.map(observed), joint: (data.calibration.joint?.observations ?? []).map(observed)}} : {}),
	};
}

const observed = (o: StudyObservation): StudyObservation => ({series: o.series, year: o.year, value: o.value, ...(o.unit ? {unit: o.unit} : {})});

export {UsageError};

type UncertaintyData = NonNullable<CompiledScenario['data']['uncertainties']>[number];

/** The rank correlations declared on uncertainties (`correlations: [{with: NAME, rank}]`), checked. */
function scenarioCorrelations(file: string, list: readonly UncertaintyData[]): {a: string; b: string; rank: number}[] {
	const byName = new Map(list.map((u) => [u.name ?? u.parameter, u] as const));
	const out: {a: string; b: string; rank: number}[] = [];
	const errs: string[] = [];
	list.forEach((u, i) => {
		const a = u.name ?? u.parameter;
		for (const c of u.correlations ?? []) {
			const other = byName.get(c.with);
			if (!other) errs.push(`uncertainties[${i}] (${a}).correlations: unknown uncertainty ${JSON.stringify(c.with)}; expected one of ${[...byName.keys()].join(', ')}`);
			else if (u.perUnit || other.perUnit) errs.push(`uncertainties[${i}] (${a}).correlations: ${u.perUnit ? a : c.with} is perUnit; rank correlations are between shared inputs only`);
			else out.push({a, b: c.with, rank: c.rank});
		}
	});
	if (errs.length > 0) throw new UsageError(`${file}:\n  ${errs.join('\n  ')}`, 'name another uncertainty (its name:, or its parameter) in correlations: [{with: NAME, rank: 0.5}]');
	return out;
}

/** The study with its levers left at the scenario's own values (`--no-levers`). */
/** The worker's cache key of a scenario model: the scenario's content and the bindings of the inputs. */
function keyOf(sha256: string, bindings: readonly InputBinding[]): string {
	return `${sha256}:${JSON.stringify(bindings)}`;
}
