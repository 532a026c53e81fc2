/** Why a curve bends, in words a planner reads (English and Chinese), from a state change. */
import type {CompiledScenario} from '../index.js';
import type {StateEntry} from './states.js';

export interface Reason {
	readonly en: string;
	readonly zh: string;
}

export function reasonOf(scenario: CompiledScenario, year: number, entry: StateEntry, from: StateEntry['value'] | undefined, to: StateEntry['value'] | undefined): Reason {
	const unitEn = entry.unit >= 0 ? scenario.units.nameEn[entry.unit]! : 'the province';
	const unitZh = entry.unit >= 0 ? scenario.units.nameZh[entry.unit]! : '全省';
	const program = scenario.programs.find((p) => p.id === entry.program);
	const pEn = program?.name_en ?? '';
	const pZh = program?.name_zh ?? '';
	const on = to === true;
	switch (entry.kind) {
		case 'eligibility': {
			const rule = program?.text.eligible ?? '';
			return on
				? {en: `${unitEn} becomes eligible for ${pEn} (${rule})`, zh: `${unitZh}达到${pZh}补助条件(${rule})`}
				: {en: `${unitEn} is no longer eligible for ${pEn} (${rule})`, zh: `${unitZh}不再符合${pZh}补助条件(${rule})`};
		}
		case 'cap':
			return on
				? {en: `${pEn}: the cap binds for ${unitEn} (${program?.text.cap ?? ''}); the excess goes to the others`, zh: `${pZh}:${unitZh}达到封顶,超出部分分给其他单位`}
				: {en: `${pEn}: ${unitEn} is no longer capped`, zh: `${pZh}:${unitZh}不再受封顶限制`};
		case 'floor':
			return on
				? {en: `${pEn}: ${unitEn} falls to its floor (${program?.text.floor ?? ''})`, zh: `${pZh}:${unitZh}降至保底额`}
				: {en: `${pEn}: ${unitEn} rises above its floor`, zh: `${pZh}:${unitZh}高于保底额`};
		case 'unallocated':
			return on
				? {en: `${pEn}: part of the pool can no longer be allocated (every eligible unit capped)`, zh: `${pZh}:资金池有部分无法分配(符合条件的单位均已封顶)`}
				: {en: `${pEn}: the whole pool is allocated again`, zh: `${pZh}:资金池重新全部分配`};
		case 'landTier':
			return {
				en: `land tier changed: ${unitEn}'s land per person at the end of ${year} crosses a tier bound, so from ${year + 1} each settler brings ${fmt(to)} m² instead of ${fmt(from)} m² (123号)`,
				zh: `用地标准档次变化:${unitZh}${year}年末人均城镇建设用地跨档,${year + 1}年起每落户1人新增用地由${fmt(from)}平方米变为${fmt(to)}平方米(国土资发〔2016〕123号)`,
			};
		case 'landCap':
			if (typeof to === 'string') {
				const zh = {full: '全额', partial: '部分', none: '零'} as Record<string, string>;
				return {
					en: `provincial land cap: ${unitEn}'s grant goes from ${from} to ${to} (priority to the least land per person; the cap is used up ${to === 'full' ? 'after' : 'before'} its turn)`,
					zh: `全省用地上限:${unitZh}下达由${zh[String(from)] ?? from}变为${zh[to] ?? to}(人均用地少者优先)`,
				};
			}
			return on
				? {en: `provincial land cap reached: Σ need exceeds the annual plan cap, grants are ${scenario.land.capRule === 'proportional' ? 'scaled down' : 'given by priority'}`, zh: `达到全省年度计划上限:需求合计超过上限,按${scenario.land.capRule === 'proportional' ? '比例压减' : '优先序安排'}`}
				: {en: 'Σ land need falls back under the provincial cap', zh: '用地需求合计回到全省上限以内'};
		case 'pool':
			return on
				? {en: `the forced settlement exceeds ${unitEn}'s settlement pool (urban residents without urban hukou): computed as a what-if, residence-permit holders stop at 0`, zh: `设定落户人数超过${unitZh}未落户城镇常住人口:按假设计算,居住证持有人为0`}
				: {en: `the forced settlement is back within ${unitEn}'s pool`, zh: `设定落户人数回到${unitZh}潜在人群以内`};
	}
}

const fmt = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 10) / 10) : String(v));
