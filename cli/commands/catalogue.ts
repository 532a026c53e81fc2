/**
 * The commands of the CLI: usage and one line each, in one place. `hukou-sim --help` lists them from here
 * without loading any command module (so neither mathjs nor zod nor ink); each command module takes its
 * usage and description from here too.
 */

export const CATALOGUE = {
	allocation: {command: 'allocation [scenario]', describe: 'the factor-method table of one program: factors, shares, coefficient, floor/cap, amount, published 万元 因素法测算表'},
	calibrate: {command: 'calibrate [scenario]', describe: "fit the scenario's calibration parameter (take-up) to observed figures 校准"},
	compare: {command: 'compare <base> <alts..>', describe: 'compare alternatives with a base: changed inputs, changes per unit and year, who gains and loses, targets 情景对比'},
	explain: {command: 'explain [scenario]', describe: 'the calculation behind one number: formula, inputs, parameters with date, unit and source 计算过程'},
	merge: {command: 'merge <dirs..>', describe: 'Join the output directories of a sharded sweep (--shard i/n) and analyse 合并分片结果'},
	report: {command: 'report [scenario]', describe: 'write one self-contained HTML report (charts, targets, evaluations, inputs; a comparison) 生成报告'},
	run: {command: 'run [scenario]', describe: 'run a scenario and show the province against the plan and every unit 运行情景'},
	scale: {command: 'scale [scenario]', describe: 'how a unit’s money, subsidy and land respond to the number it settles 落户规模曲线'},
	start: {command: 'start [scenario]', describe: 'open the baseline (the TUI in a terminal, the run summary otherwise) 启动'},
	sweep: {command: 'sweep [scenario]', describe: 'Batch runs and sensitivity analysis (Sobol, Morris, tornado, Monte Carlo, PRCC) 批量运行与敏感性分析'},
	tui: {command: 'tui [scenario]', describe: 'interactive terminal UI: targets, cities, levers, compare, sweeps 交互界面'},
	validate: {command: 'validate [scenario]', describe: 'check a scenario and its data, reporting every problem with its place 校验情景'},
	analyze: {command: 'analyze [dir]', describe: 'Re-analyse a sweep folder, or inputs and outputs made elsewhere, without running the model 重新分析'},
	discover: {command: 'discover [dir]', describe: 'Scenario discovery (PRIM): the region of the inputs where an outcome is of interest 情景发现'},
} as const;

export type CommandName = keyof typeof CATALOGUE;

export function catalogued(name: CommandName): {readonly command: string; readonly describe: string} {
	return CATALOGUE[name];
}
