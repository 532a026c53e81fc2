/**
 * The one mathjs instance of the tool. We only ever use `parse` to get a syntax tree, which our own
 * compiler walks against a whitelist (compile.ts): mathjs never evaluates user text. The instance is
 * built from the number-only entry with just the parser's dependencies, so functions that could
 * reach the JS runtime (import, createUnit, evaluate, compile, simplify, derivative, resolve, chain,
 * reviver — the ones the mathjs security page says to disable) are not even in it, and the start-up
 * cost of creating every mathjs function is avoided.
 */
import type {MathNode} from 'mathjs';
import {create, parseDependencies} from 'mathjs/number';

const {parse} = create({parseDependencies: parseDependencies!});

/** Parse an expression to a mathjs syntax tree (throws mathjs SyntaxError with a char position). */
export function parseExpression(text: string): MathNode {
	return parse(text);
}
