/**
 * A formula as people read it (× and −, the operators' own signs), from the text a model or a scenario
 * writes; text that does not parse is shown as written. For explain's trees and the model tables.
 */
import {formulaText, parseFormula} from '../expr/ast.js';

export function readableFormula(text: string): string {
	try {
		return formulaText(parseFormula(text));
	} catch {
		return text;
	}
}
