/**
 * The malformed-input corpus (test/fixtures/bad/, one file per failure, named after it, as
 * OpenFisca's tests/core/parameter_validation/): for each, the first error's message, file, line,
 * column and key path (or CSV row/column), that it carries a value, an expectation and a hint,
 * and the exit code of the real CLI (`validate` → 2; warnings only → 0).
 */
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {type Diagnostic, formatDiagnostic, openScenario, ScenarioError} from '../../src/index.js';
import {BAD, type CliResult, cliAsync, inBatches} from './cli-helpers.js';

interface Case {
	readonly fixture: string;
	readonly file: string;
	readonly line: number;
	readonly column: number;
	readonly path: string | RegExp;
	readonly message: RegExp;
	/** Defaults to 'error' (exit 2); a warning-only fixture validates with exit 0. */
	readonly severity?: 'warning';
	/** The value shown to the user (checked when given). */
	readonly value?: unknown;
}

const W = 'parameters.settlement.willingness.values';
const CASES: readonly Case[] = [
	{fixture: 'tab-indent.yaml', file: 'tab-indent.yaml', line: 4, column: 1, path: 'parameters.settlement', message: /^a tab character is used for indentation$/},
	{fixture: 'duplicate-key.yaml', file: 'duplicate-key.yaml', line: 5, column: 5, path: 'parameters.settlement.willingness', message: /^the key "willingness" appears twice in the same mapping$/, value: 'willingness'},
	{fixture: 'alias-bomb.yaml', file: 'alias-bomb.yaml', line: 3, column: 8, path: 'b.0', message: /cannot be expanded: it uses aliases \(\*name\) that expand too many times/},
	{fixture: 'yaml-syntax.yaml', file: 'yaml-syntax.yaml', line: 5, column: 1, path: 'parameters.settlement.willingness.values', message: /^YAML syntax: Flow map .* end with a \}$/},
	{fixture: 'unknown-key.yaml', file: 'unknown-key.yaml', line: 4, column: 17, path: 'parameters.settlement.willingnes', message: /^unknown parameter "willingnes" in section "settlement"$/, value: 'willingnes'},
	{fixture: 'unknown-top-key.yaml', file: 'unknown-top-key.yaml', line: 2, column: 1, path: 'paramters', message: /^unknown key "paramters"$/},
	{fixture: 'unknown-metadata-key.yaml', file: 'unknown-metadata-key.yaml', line: 6, column: 7, path: 'parameters.settlement.willingness.staus', message: /^unknown key "staus"$/, value: 'user'},
	{fixture: 'misplaced-parameter.yaml', file: 'misplaced-parameter.yaml', line: 4, column: 18, path: 'parameters.cost.willingness', message: /belongs in section "settlement", not "cost"/},
	{fixture: 'wrong-type.yaml', file: 'wrong-type.yaml', line: 4, column: 18, path: 'parameters.settlement.willingness', message: /^wrong type: a list$/, value: [0.4]},
	{fixture: 'wrong-enum.yaml', file: 'wrong-enum.yaml', line: 3, column: 16, path: 'options.landCapRule', message: /^"proportinal" is not one of the allowed values$/, value: 'proportinal'},
	{fixture: 'nan-value.yaml', file: 'nan-value.yaml', line: 4, column: 18, path: W, message: /^\.nan is not a number that can be computed with$/, value: '.nan'},
	{fixture: 'infinity-value.yaml', file: 'infinity-value.yaml', line: 4, column: 13, path: 'parameters.settlement.takeUp.values', message: /^\.inf is not a number/, value: '.inf'},
	{fixture: 'out-of-range.yaml', file: 'out-of-range.yaml', line: 4, column: 18, path: W, message: /^willingness = 35 is outside its allowed range$/, value: 35},
	{fixture: 'out-of-range-dated.yaml', file: 'out-of-range-dated.yaml', line: 6, column: 34, path: 'parameters.settlement.willingness.values.2018', message: /^willingness = 35 is outside its allowed range$/, value: 35},
	{fixture: 'implausible-value.yaml', file: 'implausible-value.yaml', line: 4, column: 18, path: W, message: /^willingness = 0\.9 is outside the plausible range; the run goes on$/, severity: 'warning', value: 0.9},
	{fixture: 'missing-base-year.yaml', file: 'missing-base-year.yaml', line: 6, column: 18, path: 'parameters.settlement.willingness.byUnit.kaifeng', message: /^no value for 2016: the first dated value is for 2018$/},
	{fixture: 'parameter-cycle.yaml', file: 'parameter-cycle.yaml', line: 4, column: 8, path: 'parameters.custom.a', message: /^parameters depend on each other in a cycle: a → b → a$/},
	{fixture: 'byunit-unknown-unit.yaml', file: 'byunit-unknown-unit.yaml', line: 5, column: 26, path: 'parameters.settlement.willingness.byUnit.zhengzou', message: /^byUnit names "zhengzou", which is not a unit of the table$/, value: 'zhengzou'},
	{fixture: 'missing-extends.yaml', file: 'missing-extends.yaml', line: 1, column: 10, path: 'extends', message: /^cannot read .*no-such-base\.yaml: there is no such file$/, value: 'no-such-base.yaml'},
	{fixture: 'cyclic-extends-a.yaml', file: 'cyclic-extends-b.yaml', line: 1, column: 10, path: 'extends', message: /^extends forms a cycle: cyclic-extends-a\.yaml → cyclic-extends-b\.yaml → cyclic-extends-a\.yaml$/},
	{fixture: 'cyclic-extends-b.yaml', file: 'cyclic-extends-a.yaml', line: 1, column: 10, path: 'extends', message: /^extends forms a cycle: cyclic-extends-b\.yaml → /},
	{fixture: 'missing-units.yaml', file: 'missing-units.yaml', line: 1, column: 1, path: 'units', message: /^no unit table$/},
	{fixture: 'units-not-csv.yaml', file: 'units-not-csv.yaml', line: 3, column: 9, path: 'units.file', message: /^the unit table must be a \.csv or \.xlsx file/, value: '../../../package.json'},
	{fixture: 'too-many-years.yaml', file: 'too-many-years.yaml', line: 2, column: 26, path: 'years.end', message: /by at most 100 years$/, value: 2200},
	{fixture: 'expression-syntax.yaml', file: 'expression-syntax.yaml', line: 4, column: 18, path: W, message: /^the expression does not parse: Value expected at character 8$/, value: '0.35 + * 2'},
	{fixture: 'series-aggregation-unknown.yaml', file: 'series-aggregation-unknown.yaml', line: 7, column: 18, path: 'series.perSettler.aggregation', message: /^the province aggregation \(ratio\) names "setled", which is not a series$/, value: 'setled'},
	{fixture: 'calibration-unknown-series-standalone.yaml', file: 'calibration-unknown-series-standalone.yaml', line: 10, column: 16, path: 'calibration.observations.0.series', message: /^unknown series "hukouUrbanizationRate"$/, value: 'hukouUrbanizationRate'},
	{fixture: 'expression-unknown-name.yaml', file: 'expression-unknown-name.yaml', line: 4, column: 18, path: W, message: /^the expression uses an unknown name "yeer"$/},
	{fixture: 'expression-forbidden-import.yaml', file: 'expression-forbidden-import.yaml', line: 4, column: 18, path: W, message: /^the expression calls import\(\), which is forbidden/},
	{fixture: 'expression-assignment.yaml', file: 'expression-assignment.yaml', line: 4, column: 18, path: W, message: /^the expression contains an assignment \(=\), which is not allowed$/},
	{fixture: 'expression-function-definition.yaml', file: 'expression-function-definition.yaml', line: 4, column: 18, path: W, message: /^the expression defines a function, which is not allowed$/},
	{fixture: 'expression-constructor.yaml', file: 'expression-constructor.yaml', line: 4, column: 18, path: W, message: /^the expression does not parse/},
	{fixture: 'expression-too-deep.yaml', file: 'expression-too-deep.yaml', line: 4, column: 18, path: W, message: /^the expression nests brackets deeper than 40 levels$/},
	{fixture: 'expression-too-long.yaml', file: 'expression-too-long.yaml', line: 4, column: 18, path: W, message: /^the expression is 2003 characters long; at most 2000 are allowed$/},
	{fixture: 'expression-division-by-zero.yaml', file: 'expression-division-by-zero.yaml', line: 4, column: 18, path: W, message: /^the expression gives Infinity \(unit zhengzhou, 2016\)$/, value: '1 / 0'},
	{fixture: 'program-pool-division-by-zero.yaml', file: 'program-pool-division-by-zero.yaml', line: 4, column: 11, path: 'programs.provincialReward.pool', message: /^the expression gives Infinity in 2017$/},
	{fixture: 'csv-missing-column.yaml', file: 'csv-missing-column.csv', line: 1, column: 1, path: 'column hukouPop_10k', message: /^the header has no column "hukouPop_10k"$/},
	{fixture: 'csv-ragged-row.yaml', file: 'csv-ragged-row.csv', line: 3, column: 60, path: 'row 2 (kaifeng)', message: /^the row has 9 fields but the header has 10 \(1 missing\)$/},
	{fixture: 'csv-text-in-number.yaml', file: 'csv-text-in-number.csv', line: 4, column: 27, path: 'row 3 (luoyang), column urbanResidentPop_10k', message: /^"368\.24万" in column urbanResidentPop_10k is not a number$/, value: '368.24万'},
	{fixture: 'csv-negative-population.yaml', file: 'csv-negative-population.csv', line: 6, column: 39, path: 'row 5 (anyang), column urbanHukouPop_10k', message: /^a population cannot be negative$/, value: -171.39},
	{fixture: 'csv-urban-exceeds-total.yaml', file: 'csv-urban-exceeds-total.csv', line: 7, column: 20, path: 'row 6 (hebi), column urbanResidentPop_10k', message: /^urban residents \(161\.24\) exceed the resident population \(92\.34\)$/},
	{fixture: 'csv-totals-dont-add-up.yaml', file: 'csv-totals-dont-add-up.csv', line: 1, column: 20, path: 'column residentPop_10k', message: /^the units add up to 8651\.28, but the scenario's units\.totals\.residentPop_10k is 9532\.42 \(9\.2% off\)$/},
	// Issue 15: whole-scenario checks, names, YAML forms and CSV locale.
	{fixture: 'share-group-not-one.yaml', file: 'share-group-not-one.yaml', line: 5, column: 42, path: 'parameters.settlement.originSameUnit.byUnit.zhengzhou', message: /^the origin mix of settlers \(落户来源构成\) sums to 1\.1, not 1, for zhengzhou in 2016$/, value: 'originSameUnit 0.65 + originOtherUnits 0.4 + originOtherProvinces 0.05'},
	{fixture: 'sweep-breaks-share-group.yaml', file: 'sweep-breaks-share-group.yaml', line: 4, column: 45, path: 'uncertainties.0.dist', message: /^a sweep that sets originOtherProvinces to 0 breaks the origin mix of settlers \(落户来源构成\): it sums to 0\.95 for zhengzhou in 2016$/, value: 0},
	{fixture: 'uncertainty-outside-range.yaml', file: 'uncertainty-outside-range.yaml', line: 4, column: 36, path: 'uncertainties.0.dist', message: /^the distribution reaches 1\.5 to 3, outside the allowed range of willingness$/, value: {type: 'uniform', min: 1.5, max: 3}},
	{fixture: 'uncertainty-unbounded.yaml', file: 'uncertainty-unbounded.yaml', line: 4, column: 31, path: 'uncertainties.0.dist', message: /^the distribution reaches −∞ to ∞, outside the allowed range of takeUp$/},
	{fixture: 'lever-outside-range.yaml', file: 'lever-outside-range.yaml', line: 4, column: 38, path: 'levers.0.values', message: /^the lever values reach 0\.3 to 1\.4, outside the allowed range of willingness$/, value: [0.3, 1.4]},
	{fixture: 'calibration-bounds-outside-range.yaml', file: 'calibration-bounds-outside-range.yaml', line: 5, column: 11, path: 'calibration.bounds', message: /^the bounds 0–2 leave the allowed range of takeUp$/, value: [0, 2]},
	{fixture: 'calibration-year-outside-run.yaml', file: 'calibration-year-outside-run.yaml', line: 7, column: 14, path: 'calibration.observations.0.year', message: /^observation year 2030 is outside the run 2016–2020$/, value: 2030},
	{fixture: 'target-year-outside-run.yaml', file: 'target-year-outside-run.yaml', line: 5, column: 13, path: 'targets.settledPerYear.years.0', message: /^target year 2025 is outside the run$/, value: 2025},
	{fixture: 'evaluation-year-outside-run.yaml', file: 'evaluation-year-outside-run.yaml', line: 4, column: 43, path: 'options.evaluationYears.final', message: /^the final evaluation year 2025 is outside the run$/, value: 2025},
	{fixture: 'outcome-year-outside-run.yaml', file: 'outcome-year-outside-run.yaml', line: 6, column: 11, path: 'outcomes.late.expr', message: /^prov\(…\) reads the year 2030, outside the run$/},
	{fixture: 'byclass-unknown-column.yaml', file: 'byclass-unknown-column.yaml', line: 5, column: 39, path: 'parameters.settlement.willingness.byClass.sizeClas', message: /^byClass names the column "sizeClas", which the unit table does not have$/, value: 'sizeClas'},
	{fixture: 'units-status-unknown-column.yaml', file: 'units-status-unknown-column.yaml', line: 5, column: 15, path: 'units.status.hukouPop', message: /^units\.status names the column "hukouPop", which the unit table does not have$/, value: 'hukouPop'},
	{fixture: 'year-key-twice.yaml', file: 'year-key-twice.yaml', line: 5, column: 42, path: 'parameters.settlement.willingness.2017', message: /^the key 2017 appears twice in the same mapping \(once as a number, once as quoted text\)$/, value: '2017'},
	{fixture: 'builtin-name-parameter.yaml', file: 'builtin-name-parameter.yaml', line: 5, column: 5, path: 'parameters.custom.constructor', message: /^"constructor" cannot be a name$/, value: 'constructor'},
	{fixture: 'builtin-name-program.yaml', file: 'builtin-name-program.yaml', line: 4, column: 3, path: 'programs.toString', message: /^"toString" cannot be a name$/, value: 'toString'},
	{fixture: 'yaml-binary-tag.yaml', file: 'yaml-binary-tag.yaml', line: 3, column: 16, path: 'name', message: /^the YAML tag !!binary is not accepted$/},
	{fixture: 'yaml-multiple-documents.yaml', file: 'yaml-multiple-documents.yaml', line: 3, column: 1, path: '', message: /^the file holds more than one YAML document \(a line ---\)$/},
	{fixture: 'yaml-nbsp-indent.yaml', file: 'yaml-nbsp-indent.yaml', line: 4, column: 2, path: '', message: /^a non-ASCII space \(U\+00A0\) is used for indentation$/},
	{fixture: 'yaml-deep-nesting.yaml', file: 'yaml-deep-nesting.yaml', line: 3, column: 31, path: '', message: /^the document nests lists or mappings more than 24 levels deep$/},
	{fixture: 'unknown-top-key-and-range.yaml', file: 'unknown-top-key-and-range.yaml', line: 3, column: 1, path: 'paramters', message: /^unknown key "paramters"$/},
	{fixture: 'not-a-scenario.yaml', file: 'not-a-scenario.yaml', line: 1, column: 1, path: '', message: /^this is not a hukou-sim scenario: none of its 4 top-level keys is a scenario key$/},
	{fixture: 'csv-duplicate-header.yaml', file: 'csv-duplicate-header.csv', line: 1, column: 135, path: 'column 11', message: /^the header names column "sizeClass" twice \(columns 9 and 11\)$/, value: 'sizeClass'},
	{fixture: 'csv-decimal-comma.yaml', file: 'csv-decimal-comma.csv', line: 4, column: 20, path: 'row 3 (luoyang), column residentPop_10k', message: /^"679,84" in column residentPop_10k has a decimal comma$/, value: '679,84'},
	{fixture: 'csv-semicolons.yaml', file: 'csv-semicolons.csv', line: 1, column: 1, path: '', message: /^the table is separated by ";", not commas$/},
	{fixture: 'csv-full-width-digits.yaml', file: 'csv-full-width-digits.csv', line: 3, column: 20, path: 'row 2 (kaifeng), column residentPop_10k', message: /^"４５３\.８６" in column residentPop_10k is not a number$/, value: '４５３.８６'},
	{fixture: 'csv-hex-number.yaml', file: 'csv-hex-number.csv', line: 3, column: 20, path: 'row 2 (kaifeng), column residentPop_10k', message: /^"0x1C5" in column residentPop_10k is not a number$/, value: '0x1C5'},
	{fixture: 'csv-unit-province.yaml', file: 'csv-unit-province.csv', line: 5, column: 1, path: 'row 4 (province), column id', message: /^"province" is reserved for the province row of every output$/, value: 'province'},
	{fixture: 'csv-unit-builtin-name.yaml', file: 'csv-unit-builtin-name.csv', line: 6, column: 1, path: 'row 5 (constructor), column id', message: /^"constructor" cannot be a unit id$/, value: 'constructor'},
];

function diagnosticsOf(fixture: string): readonly Diagnostic[] {
	try {
		return openScenario(path.join(BAD, fixture)).warnings;
	} catch (error) {
		if (error instanceof ScenarioError) return error.diagnostics;
		throw error;
	}
}

describe('the malformed-input corpus', () => {
	it.each(CASES)('$fixture', (c) => {
		const all = diagnosticsOf(c.fixture);
		const severity = c.severity ?? 'error';
		const d = all.find((x) => x.severity === severity)!;
		expect(d, `a ${severity} for ${c.fixture}`).toBeDefined();
		if (c.severity) expect(all.filter((x) => x.severity === 'error')).toEqual([]);
		expect(d.message).toMatch(c.message);
		expect(path.basename(d.file)).toBe(c.file);
		expect(path.isAbsolute(d.file)).toBe(true);
		expect([d.line, d.column]).toEqual([c.line, c.column]);
		expect(d.path).toEqual(c.path);
		if ('value' in c) expect(d.value).toEqual(c.value);
		// Every message says what was expected and how to fix it.
		expect(d.hint, 'a hint').toBeTruthy();
		expect(d.expected ?? '', 'an expectation').not.toBe('');
		expect(formatDiagnostic(d)).toMatch(new RegExp(`^${d.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${c.line}:${c.column}: ${severity}: `));
	});

	it('an unknown top-level key does not hide the other errors (one pass)', () => {
		const messages = diagnosticsOf('unknown-top-key-and-range.yaml').map((d) => d.message);
		expect(messages).toEqual(['unknown key "paramters"', 'willingness = 35 is outside its allowed range']);
	});

	it('a file that is not a scenario is reported once, without its contents', () => {
		const all = diagnosticsOf('not-a-scenario.yaml');
		expect(all).toHaveLength(1);
		expect(formatDiagnostic(all[0]!)).not.toMatch(/nginx|services|volumes/);
	});

	it('reports one message per place, not one per unit that inherits a bad value', () => {
		for (const c of CASES) {
			const keys = diagnosticsOf(c.fixture).map((d) => `${d.file}:${d.line}:${d.column}:${d.path}:${d.message}`);
			expect(new Set(keys).size, c.fixture).toBe(keys.length);
		}
	});

	const runs = new Map<string, CliResult>();
	beforeAll(async () => {
		const results = await inBatches(CASES, 8, (c) => cliAsync(['validate', path.join(BAD, c.fixture)]));
		CASES.forEach((c, i) => runs.set(c.fixture, results[i]!));
	}, 300_000);

	it.each(CASES)('`hukou-sim validate $fixture` exits 2 (0 for warnings only)', (c) => {
		const r = runs.get(c.fixture)!;
		expect(r.status).toBe(c.severity ? 0 : 2);
		expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // never a stack trace for a user's mistake
		expect(r.stderr).toContain(`${c.file}:${c.line}:${c.column}: ${c.severity ?? 'error'}: `);
		if (c.severity) expect(r.stdout).toMatch(/^valid 有效: /);
		else expect(r.stderr).toMatch(/error(s)?; nothing was run\. 场景文件有误,未运行。/);
	});
});
