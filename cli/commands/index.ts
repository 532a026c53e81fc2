/** Every command of the CLI, one module each (registered in main.ts in this order). */
import type {CommandModule} from 'yargs';
import {calibrateCommand} from './calibrate.js';
import {runCommand} from './run.js';
import {startCommand} from './start.js';
import {validateCommand} from './validate.js';
import {mergeCommand} from './merge.js';
import {sweepCommand} from './sweep.js';
import {compareCommand} from './compare.js';
import {explainCommand} from './explain.js';
import {reportCommand} from './report.js';
import {scaleCommand} from './scale.js';
import {tuiCommand} from './tui.js';

export const COMMANDS: CommandModule<object, never>[] = [
	runCommand as never,
	validateCommand as never,
	calibrateCommand as never,
	startCommand as never,
	sweepCommand as never,
	mergeCommand as never,
	compareCommand as never,
	explainCommand as never,
	reportCommand as never,
	scaleCommand as never,
	tuiCommand as never,
];
