/** `hukou-sim validate <scenario>`: check a scenario and its data without running it. */
import type {CommandModule} from 'yargs';
import {formatDiagnostic, openScenario, simulate} from '../../src/index.js';
import {scenarioPositional} from '../common-options.js';
import {displayPath} from '../paths.js';

interface ValidateArgs {
	scenario: string;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
	command: 'validate [scenario]',
	describe: 'check a scenario and its data, reporting every problem with its place 校验情景',
	builder: (y) =>
		scenarioPositional(y)
			.example('$0 validate scenarios/henan-2017-land-cap.yaml', 'check an overlay and the files it extends')
			.epilog('Exit code 0: valid (warnings may be printed); 2: errors found.') as never,
	handler: (args) => {
		const scenario = openScenario(args.scenario);
		// A trial run catches what only shows in numbers (NaN from extreme values).
		simulate(scenario);
		const warnings = scenario.warnings.filter((d) => d.severity === 'warning');
		for (const w of warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
		const files = [...scenario.loaded.sources.map((s) => s.file), scenario.loaded.unitsFile].map(displayPath);
		process.stdout.write(
			`valid 有效: ${displayPath(scenario.file)} — ${scenario.unitInfo.length} units, ${scenario.years[0]}–${scenario.years.at(-1)}, ${scenario.parameterInfo.size} parameters, ${scenario.programs.length} programs${warnings.length ? `, ${warnings.length} warning(s)` : ''}\n` +
				`files read 读取的文件: ${files.join(', ')}\n`,
		);
	},
};
