/**
 * The one mathjs instance of the tool, hardened as the mathjs security page describes
 * (docs/expressions/security, example more_secure_eval.js): functions that can reach the JS
 * runtime are disabled. We only ever use `parse` to get a syntax tree, which our own compiler
 * walks against a whitelist (see compile.ts); mathjs never evaluates user text.
 */
import {all, create, type MathNode} from 'mathjs';

const math = create(all!);
const savedParse = math.parse.bind(math);

const disabled = (name: string) => () => {
	throw new Error(`Function ${name} is disabled in scenario expressions`);
};
math.import(
	{
		import: disabled('import'),
		createUnit: disabled('createUnit'),
		reviver: disabled('reviver'),
		evaluate: disabled('evaluate'),
		parse: disabled('parse'),
		simplify: disabled('simplify'),
		derivative: disabled('derivative'),
		resolve: disabled('resolve'),
		compile: disabled('compile'),
		chain: disabled('chain'),
	},
	{override: true},
);

/** Parse an expression to a mathjs syntax tree (throws mathjs SyntaxError with a char position). */
export function parseExpression(text: string): MathNode {
	return savedParse(text);
}
