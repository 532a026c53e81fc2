/**
 * The columns of the factor-method table, written once for every output (terminal, CSV, workbook,
 * HTML report): key, Chinese and English heading, the kind of number (which fixes unit and format)
 * and how to read it from a row. Factor columns are generated from the program's factors.
 */
import {WAN_YUAN} from '../format/display-unit.js';
import type {AllocationRow, AllocationTable, Bound} from './table.js';
import {fixedDigits} from '../format/fixed-digits.js';

/** share: a fraction shown in %; money: yuan shown in 万元; published: whole 万元; persons: a count of people (人); coefficient, value: plain numbers; bound: a Bound. */
export type ColumnKind = 'share' | 'money' | 'published' | 'persons' | 'coefficient' | 'value' | 'bound';

export interface AllocationColumn {
	readonly key: string;
	readonly zh: string;
	readonly en: string;
	readonly kind: ColumnKind;
	/** Short heading for the terminal; `factor` is the factor's name, shown above its two columns. */
	readonly head: {readonly factor?: {readonly zh: string; readonly en: string}; readonly zh: string; readonly en: string};
	readonly value: (row: AllocationRow) => number | string | null;
	/** The total row: a sum, a fixed text, or empty. */
	readonly total: 'sum' | 'none';
}

export const BOUND_LABELS: Readonly<Record<Bound, {readonly zh: string; readonly en: string}>> = {
	floor: {zh: '保底', en: 'floor'},
	cap: {zh: '封顶', en: 'cap'},
	eligibility: {zh: '不符合条件', en: 'not eligible'},
	none: {zh: '按因素', en: 'none'},
};

/** Unit of each kind of column in the header. */
export const KIND_UNITS: Readonly<Record<ColumnKind, {readonly zh: string; readonly en: string}>> = {
	share: {zh: '%', en: '%'},
	money: WAN_YUAN,
	published: WAN_YUAN,
	persons: {zh: '人', en: 'persons'},
	coefficient: {zh: '倍', en: '×'},
	value: {zh: '', en: ''},
	bound: {zh: '', en: ''},
};

/**
 * The columns of a program's table. `sameColumns`: the tables (years) that must share them, e.g. one sheet of
 * several years: a floor or cap column is there when any of them has one.
 */
export function allocationColumns(table: AllocationTable, sameColumns: readonly AllocationTable[] = [table]): AllocationColumn[] {
	const factorColumns = table.factors.flatMap((f): AllocationColumn[] => [
		{key: `factors.${f.name}.value`, zh: `${f.label.zh} 因素值`, en: `${f.label.en} value`, kind: f.measure === 'yuan' ? 'money' : f.measure === 'persons' ? 'persons' : 'value', head: {factor: f.label, zh: '因素值', en: 'value'}, value: (r) => r.factors[f.name]!.value, total: 'sum'},
		{key: `factors.${f.name}.share`, zh: `${f.label.zh} 占比(权重${round(f.weight)})`, en: `${f.label.en} share (weight ${round(f.weight)})`, kind: 'share', head: {zh: '占比', en: 'share'}, value: (r) => r.factors[f.name]!.share, total: 'sum'},
	]);
	const hasFactors = table.factors.length > 0;
	// A floor of 0 everywhere (the baseline's rewardFloorShare = 0) is no floor: the column is left out.
	const hasFloor = sameColumns.some((t) => t.units.some((r) => r.floor !== null && r.floor > 0));
	const hasCap = sameColumns.some((t) => t.units.some((r) => r.cap !== null));
	return [
		...factorColumns,
		...(hasFactors
			? [
					{key: 'weightedShare', zh: '因素法份额', en: 'weighted share', head: {zh: '因素法份额', en: 'weighted'}, kind: 'share', value: (r) => r.weightedShare, total: 'sum'} satisfies AllocationColumn,
					{key: 'coefficient', zh: '调节系数', en: 'coefficient', head: {zh: '调节系数', en: 'coef.'}, kind: 'coefficient', value: (r) => r.coefficient, total: 'none'} satisfies AllocationColumn,
				]
			: []),
		{key: 'shareBeforeBounds', zh: '约束前份额', en: 'share before bounds', head: {zh: '约束前份额', en: 'before'}, kind: 'share', value: (r) => r.shareBeforeBounds, total: 'sum'},
		...(hasFloor ? [{key: 'floor', zh: '保底额', en: 'floor', head: {zh: '保底', en: 'floor'}, kind: 'money', value: (r) => r.floor, total: 'sum'} satisfies AllocationColumn] : []),
		...(hasCap ? [{key: 'cap', zh: '封顶额', en: 'cap', head: {zh: '封顶', en: 'cap'}, kind: 'money', value: (r) => r.cap, total: 'none'} satisfies AllocationColumn] : []),
		{key: 'bound', zh: '约束', en: 'bound', head: {zh: '约束', en: 'bound'}, kind: 'bound', value: (r) => r.bound, total: 'none'},
		{key: 'share', zh: '最终份额', en: 'final share', head: {zh: '最终份额', en: 'final'}, kind: 'share', value: (r) => r.share, total: 'sum'},
		{key: 'amount', zh: '测算金额', en: 'amount', head: {zh: '测算金额', en: 'amount'}, kind: 'money', value: (r) => r.amount, total: 'sum'},
		{key: 'published', zh: '下达数', en: 'published', head: {zh: '下达数', en: 'published'}, kind: 'published', value: (r) => r.published, total: 'sum'},
	];
}

const round = (w: number) => Number(w.toPrecision(4));

/** The total of a column over the units (null when the column has no total). */
export function columnTotal(table: AllocationTable, column: AllocationColumn): number | null {
	if (column.total !== 'sum') return null;
	return table.units.reduce((a, r) => a + ((column.value(r) as number | null) ?? 0), 0);
}


/** A cell as text (terminal, HTML): shares in %, money in 万元 with 2 decimals, published in whole 万元. */
export function cellText(kind: ColumnKind, v: number | string | null, lang: 'zh' | 'en' | 'both'): string {
	if (v === null) return '—';
	if (kind === 'bound') {
		const b = BOUND_LABELS[v as Bound];
		return lang === 'zh' ? b.zh : lang === 'en' ? b.en : `${b.zh} ${b.en}`;
	}
	const x = v as number;
	if (!Number.isFinite(x)) return '—';
	if (kind === 'share') return (x * 100).toFixed(2);
	if (kind === 'money') return fixedDigits(x / WAN_YUAN.divisor, WAN_YUAN.digits);
	if (kind === 'published') return fixedDigits(x, 0);
	if (kind === 'coefficient') return x.toFixed(3);
	return Math.abs(x) >= 1000 ? fixedDigits(x, 0) : String(Number(x.toPrecision(4)));
}
