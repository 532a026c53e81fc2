/**
 * Warnings about the floors (保底) and caps (封顶) of the allocation programs (issue 12): the shape
 * every front end shows (run, compare, report, the TUI) and the bilingual sentence for each. A
 * warning never stops a run: the engine still hands out what it can (models/allocation.ts).
 */
import {moneyUnit} from '../format/display-unit.js';
import {fixedDigits} from '../format/fixed-digits.js';

export type BoundWarningKind =
	/** Part of the pool not handed out (ProgramResult.unallocated > 0). */
	| 'unallocated'
	/** Σ floor ≥ pool: the factor method is not used, every unit gets its floor scaled down. */
	| 'floorsExceedPool'
	/** Σ cap < pool: the caps cannot all hold and hand out the whole pool. */
	| 'capsBelowPool'
	/** A unit's floor above its cap: the cap wins. */
	| 'floorAboveCap'
	/** A comparison changed a floor or cap that binds for no unit in any compared year. */
	| 'neverBinds';

export interface BoundWarning {
	readonly kind: BoundWarningKind;
	readonly program: string;
	readonly name_zh: string;
	readonly name_en: string;
	/** before-run: found from constant bounds before simulating; run: from the run; comparison: from compare. */
	readonly when: 'before-run' | 'run' | 'comparison';
	/** Years concerned, ascending. */
	readonly years: readonly number[];
	/** Per year of `years` (yuan): unallocated, Σfloor − pool, or pool − Σcap. Empty for the other kinds. */
	readonly amounts: readonly number[];
	/** Per year of `years`: Σfloor / pool or Σcap / pool. Empty for the other kinds. */
	readonly ratios: readonly number[];
	/** Units concerned (floor above cap). */
	readonly units: readonly string[];
	/** floor or cap, for neverBinds. */
	readonly bound?: 'floor' | 'cap';
	/** Where the setting is in the scenario (before-run), as file:line:column and key path. */
	readonly at?: {readonly file: string; readonly line: number; readonly column: number; readonly path: string};
	readonly message_zh: string;
	readonly message_en: string;
	readonly hint: string;
}

const money = (yuan: number) => {
	const d = moneyUnit(yuan);
	return `${fixedDigits(yuan / d.divisor, 2)} ${d.zh}`;
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** The same ratio every year is said once. */
const ratiosText = (ratios: readonly number[]) => [...new Set(ratios.map(pct))].join('/');
/** A long list of units is cut (all of them are in `units`). */
const unitsText = (units: readonly string[]) => (units.length > 6 ? `${units.slice(0, 5).join(', ')}, … (${units.length})` : units.join(', '));
const yearsText = (years: readonly number[]) => (years.length > 2 && years.at(-1)! - years[0]! === years.length - 1 ? `${years[0]}–${years.at(-1)}` : years.join(', '));
const perYear = (w: {years: readonly number[]}, f: (k: number) => string) => w.years.map((y, k) => `${y} ${f(k)}`).join('; ');

type Parts = Omit<BoundWarning, 'message_zh' | 'message_en' | 'hint'>;

/** Add the sentences (Chinese, English) and the hint to a warning's data. */
export function worded(w: Parts): BoundWarning {
	const name = `${w.name_zh} (${w.program})`;
	const y = yearsText(w.years);
	switch (w.kind) {
		case 'unallocated':
			return {
				...w,
				message_zh: `${name} 有资金未分配:${perYear(w, (k) => money(w.amounts[k]!))}`,
				message_en: `${w.name_en} (${w.program}) leaves money unallocated: ${perYear(w, (k) => money(w.amounts[k]!))}`,
				hint: 'every unit is at its cap or not eligible: raise the caps, widen eligibility, or lower the pool',
			};
		case 'capsBelowPool':
			return {
				...w,
				message_zh: `${name} 封顶合计只占资金池的 ${ratiosText(w.ratios)}(${y}):无法全部分配`,
				message_en: `the caps of ${w.name_en} (${w.program}) add up to ${ratiosText(w.ratios)} of the pool (${y}): they cannot all hold and hand out the pool (${perYear(w, (k) => `${money(w.amounts[k]!)} short`)})`,
				hint: 'with a cap as a share of the pool, the cap times the number of eligible units must reach 100%',
			};
		case 'floorsExceedPool':
			return {
				...w,
				message_zh: `${name} 保底合计达资金池的 ${ratiosText(w.ratios)}(${y}):不再按因素法分配,各单位按保底比例缩减`,
				message_en: `the floors of ${w.name_en} (${w.program}) add up to ${ratiosText(w.ratios)} of the pool (${y}): the factor method is not used, every unit gets its floor scaled down`,
				hint: 'with a floor as a share of the pool, the floor times the number of eligible units must stay below 100%',
			};
		case 'floorAboveCap':
			return {
				...w,
				message_zh: `${name} 保底高于封顶(${unitsText(w.units)};${y}):按封顶分配`,
				message_en: `${w.name_en} (${w.program}) has a floor above the cap for ${unitsText(w.units)} (${y}): the cap applies`,
				hint: 'make the floor at most the cap',
			};
		case 'neverBinds': {
			const zh = w.bound === 'cap' ? '封顶' : '保底';
			return {
				...w,
				message_zh: `对比方案改变了 ${name} 的${zh},但在 ${y} 没有任何单位触及${zh}:该改动不影响分配`,
				message_en: `the comparison changes the ${w.bound} of ${w.name_en} (${w.program}), but it binds for no unit in ${y}: the change does not move any money`,
				hint: w.bound === 'cap' ? 'the largest share is below the new cap; `hukou-sim allocation --program ID` shows each share' : 'every share is above the new floor; `hukou-sim allocation --program ID` shows each share',
			};
		}
	}
}
