/**
 * The one mathjs of the tool, used only to parse: our own compiler walks the syntax tree against a
 * whitelist (ast.ts), so mathjs never evaluates user text (its security page: never pass user text
 * to evaluate, and disable import, createUnit, evaluate, parse, compile, simplify, derivative,
 * resolve, chain, reviver inside expressions — ast.ts refuses those names and every node type that
 * could reach them). It is mathjs's own one-file bundle (an export of the package), loaded on the
 * first formula: the ES-module build is 650 files, whose loading cost every command a second.
 */
import {createRequire} from 'node:module';
import type {MathNode} from 'mathjs';

let parse: ((text: string) => MathNode) | undefined;

/** Parse an expression to a mathjs syntax tree (throws mathjs SyntaxError with a char position). */
export function parseExpression(text: string): MathNode {
	parse ??= (createRequire(import.meta.url)('mathjs/lib/browser/math.js') as {parse: (text: string) => MathNode}).parse;
	return parse(text);
}
