/** `hukou-sim validate <scenario>`: check a scenario and its data without running it. */
import type {CommandModule} from 'yargs';
import {formatDiagnostic, openScenario, simulate} from '../../src/index.js';
import {formatValue} from '../../src/errors/diagnostic.js';
import {inputAt} from '../../src/io/inputs.js';
import {changedPaths, mergeChain} from '../../src/scenario/merge.js';
import {scenarioPositional} from '../common-options.js';
import {displayPath} from '../paths.js';
import {printRunWarnings} from '../views/bound-warnings.js';
import {catalogued} from './catalogue.js';
import {err, out} from '../terminal.js';

interface ValidateArgs {
	scenario: string;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
	...catalogued('validate'),
	builder: (y) =>
		scenarioPositional(y)
			.example('$0 validate scenarios/henan-2017-land-cap.yaml', 'check an overlay and the files it extends')
			.epilog('Exit code 0: valid (warnings may be printed); 2: errors found.') as never,
	handler: (args) => {
		const scenario = openScenario(args.scenario);
		// A trial run catches what only shows in numbers (NaN from extreme values).
		const result = simulate(scenario);
		const diagnostics = scenario.warnings.filter((d) => d.severity === 'warning');
		for (const w of diagnostics) err(`${formatDiagnostic(w)}\n`);
		// Floors and caps that cannot all hold, money the programs leave unallocated (src/allocation/).
		const warningCount = diagnostics.length + printRunWarnings(scenario, result);
		// The encoding is named when it is not plain UTF-8, so that a GB18030 table is known to be read as such.
		const encoding = (file: string) => inputAt(file)?.encoding;
		const files = [...scenario.loaded.sources.map((s) => s.file), scenario.loaded.unitsFile].filter(Boolean).map((f) => (encoding(f) && encoding(f) !== 'UTF-8' ? `${displayPath(f)} (${encoding(f)})` : displayPath(f)));
		const own = scenario.graph.series.filter((s) => s.model === 'scenario').length;
		const shape = scenario.unitInfo.length === 0 ? 'standalone (no unit table, no built-in models)' : `${scenario.unitInfo.length} units, ${scenario.years[0]}–${scenario.years.at(-1)}`;
		out(
			`valid 有效: ${displayPath(scenario.file)} — ${shape}, ${scenario.parameterInfo.size} parameters, ${scenario.programs.length} programs${own ? `, ${own} series of its own` : ''}, ${scenario.outcomes.length} outcomes${warningCount ? `, ${warningCount} warning(s)` : ''}\n` +
				`files read 读取的文件: ${files.join(', ')}\n`,
		);
		// An overlay: say what it changes against the file it extends (TC's reform documentation).
		const [top, ...bases] = scenario.loaded.sources;
		if (top && bases.length > 0) {
			const chain = [...bases].reverse().map((source) => source.data);
			const base = mergeChain(chain);
			const merged = mergeChain([...chain, top.data]);
			const changed = changedPaths(base, merged).filter((p) => p[0] !== 'extends');
			const at = (doc: unknown, path: readonly string[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc);
			out(`changes against ${displayPath(bases[0]!.file)} 相对基础情景的改动: ${changed.length}\n`);
			for (const p of changed) out(`  ${p.join('.')}: ${formatValue(at(base, p))} → ${formatValue(at(merged, p))}\n`);
		}
	},
};
