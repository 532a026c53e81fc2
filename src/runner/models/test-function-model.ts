/** Model module for the built-in analytic test functions (`sweep --model ishigami|sobol-g|linear`). */
import {TEST_FUNCTIONS, type TestFunctionName} from '../../sensitivity/index.js';
import type {Model, ModelSpec} from '../model.js';
import {MODULE_EXT} from '../model.js';

export function createModel(options: unknown): Model {
	const name = (options as {name: TestFunctionName}).name;
	const make = TEST_FUNCTIONS[name];
	if (!make) throw new Error(`unknown test model '${name}'; expected one of ${Object.keys(TEST_FUNCTIONS).join(', ')}`);
	const f = make();
	return {outputs: f.outputs, evaluate: (x) => f.evaluate(x)};
}

export function testFunctionSpec(name: TestFunctionName): ModelSpec {
	return {module: new URL(`./test-function-model${MODULE_EXT}`, import.meta.url).href, options: {name}, outputs: TEST_FUNCTIONS[name]().outputs};
}
