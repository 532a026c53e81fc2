/**
 * The resolved syntax tree: the formula language's tree (src/expr/ast.ts) with every name bound to
 * what it reads — a parameter, a series this year or last, a unit-table column, a province figure
 * (a sum over units or a named province quantity), the year — and the domain's operators as nodes.
 */
import type {BinaryOp} from '../expr/ast.js';

export type RAst =
	| {readonly k: 'num'; readonly v: number}
	| {readonly k: 'const'; readonly name: string; readonly v: number}
	| {readonly k: 'param'; readonly p: number}
	| {readonly k: 'shared'; readonly p: number}
	| {readonly k: 'series'; readonly s: number}
	| {readonly k: 'prev'; readonly s: number}
	| {readonly k: 'col'; readonly c: number}
	| {readonly k: 'scalar'; readonly q: number}
	| {readonly k: 'year'}
	| {readonly k: 't'}
	| {readonly k: 'unary'; readonly op: 'neg' | 'not'; readonly a: RAst}
	| {readonly k: 'bin'; readonly op: BinaryOp; readonly a: RAst; readonly b: RAst}
	| {readonly k: 'if'; readonly c: RAst; readonly a: RAst; readonly b: RAst}
	| {readonly k: 'fn'; readonly fn: string; readonly args: readonly RAst[]}
	| {readonly k: 'tier'; readonly a: RAst}
	| {readonly k: 'programs'; readonly kinds: readonly string[]; readonly terms: readonly RAst[]};

/** Base-year quantities of the unit table, in persons and m² (data("residentPop")…). */
export const DATA_FIELDS = ['residentPop', 'urbanResidentPop', 'hukouPop', 'urbanHukouPop', 'centralCityShare', 'urbanLand'] as const;
export type DataField = (typeof DATA_FIELDS)[number];

/** The column name under which a run's arrays hold a base-year quantity (not a name a CSV header can take). */
export const dataColumn = (field: DataField): string => `data:${field}`;

/** Visit every node of a tree (depth first, parents before children). */
export function visit(a: RAst, f: (node: RAst) => void): void {
	f(a);
	switch (a.k) {
		case 'unary':
		case 'tier':
			visit(a.a, f);
			break;
		case 'bin':
			visit(a.a, f);
			visit(a.b, f);
			break;
		case 'if':
			visit(a.c, f);
			visit(a.a, f);
			visit(a.b, f);
			break;
		case 'fn':
			for (const x of a.args) visit(x, f);
			break;
		case 'programs':
			for (const x of a.terms) visit(x, f);
			break;
		default:
	}
}

/** What a tree reads this year: series and province figures (prev() reads are not dependencies). */
export function dependencies(a: RAst | undefined): {series: number[]; scalars: number[]} {
	const series = new Set<number>();
	const scalars = new Set<number>();
	if (a) {
		visit(a, (node) => {
			if (node.k === 'series') series.add(node.s);
			else if (node.k === 'scalar') scalars.add(node.q);
		});
	}
	return {series: [...series], scalars: [...scalars]};
}
