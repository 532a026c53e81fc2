/**
 * The calculation tree as text: one line per node (label, value in display units, the kind of
 * input), then its formula, the branch that applied and, for parameters, where the value comes
 * from (entry, dated key, unit, status, source). Box-drawing guides show the nesting.
 */
import type {Explanation, ExplainNode} from '../../src/explain/index.js';
import type {DisplayOptions} from '../../src/format/display-unit.js';
import {displayUnit, show} from '../format/quantity.js';
import {displayPath} from '../paths.js';
import {label, type Lang} from './labels.js';

const KIND: Record<ExplainNode['kind'], readonly [string, string]> = {
	series: ['序列', 'series'],
	province: ['全省', 'province'],
	parameter: ['参数', 'parameter'],
	data: ['数据', 'data'],
	intermediate: ['中间量', 'intermediate'],
	constant: ['常量', 'constant'],
	allocation: ['分配', 'allocation'],
};

function valueText(node: ExplainNode, lang: Lang, shownIn: DisplayOptions): string {
	if (!Number.isFinite(node.value)) return node.value === Infinity ? label('无上限', 'none (no limit)', lang) : String(node.value);
	if (node.measure === 'number' || node.measure === 'ratio') return String(Number(node.value.toPrecision(6)));
	const d = displayUnit(node.measure, shownIn);
	const unit = node.measure === 'share' || !d.zh ? '' : ` ${lang === 'en' ? d.en : d.zh}`;
	const raw = ` [${Number(node.value.toPrecision(10))}]`;
	return `${show(node.value, node.measure, shownIn)}${unit}${raw}`;
}

/** `shownIn.land`: land in 公顷 (default), 亩 or 万亩 (--land-unit); the bracketed raw value stays in the model's unit (m², 亩). */
export function explainTree(e: Explanation, lang: Lang, unitName: string, unitNames: ReadonlyMap<string, string> = new Map(), shownIn: DisplayOptions = {}): string {
	const lines: string[] = [];
	const root = e.tree;
	lines.push(`${label(root.label_zh, root.label_en, lang)} (${root.name}) · ${unitName} · ${e.year} = ${valueText(root, lang, shownIn)}`);
	lines.push(`${label('运行结果', 'the run reports', lang)}: ${valueText({...root, value: e.runValue}, lang, shownIn)}${Math.abs(root.value - e.runValue) <= 1e-9 * Math.max(1, Math.abs(e.runValue)) ? ' ✓' : ' ✗'}`);
	details(root, '', lines, lang);
	const ctx = {lang, root: root.unit, names: unitNames, shownIn};
	root.children.forEach((child, i) => walk(child, '', i === root.children.length - 1, lines, ctx));
	return `${lines.join('\n')}\n`;
}

function details(node: ExplainNode, prefix: string, lines: string[], lang: Lang): void {
	if (node.formula) lines.push(`${prefix}= ${node.formula}`);
	if (node.clause) lines.push(`${prefix}${label('依据', 'clause', lang)}: ${node.clause}`);
	if (node.note) lines.push(`${prefix}${label('说明', 'note', lang)}: ${node.note}`);
	if (node.kind === 'parameter' || node.kind === 'data') {
		const parts = [node.kind === 'data' && node.from ? displayPath(node.from) : node.from, node.date ? `${label('取值年份', 'dated', lang)} ${node.date}` : undefined, node.unitText ? `${label('单位', 'unit', lang)}: ${node.unitText}` : undefined, `${label('状态', 'status', lang)}: ${node.status ?? 'estimate'}`].filter(Boolean);
		lines.push(`${prefix}${parts.join(' · ')}`);
		if (node.source) lines.push(`${prefix}${label('来源', 'source', lang)}: ${node.source}`);
	}
}

interface WalkContext {
	readonly lang: Lang;
	/** The unit of the explained number: other units are named (a province total's contributions). */
	readonly root?: string;
	readonly names: ReadonlyMap<string, string>;
	readonly shownIn: DisplayOptions;
}

function walk(node: ExplainNode, prefix: string, last: boolean, lines: string[], ctx: WalkContext): void {
	const {lang} = ctx;
	const [zh, en] = KIND[node.kind];
	const other = node.kind === 'series' && node.unit !== undefined && node.unit !== ctx.root ? ` · ${ctx.names.get(node.unit) ?? node.unit}` : '';
	const where = node.kind === 'series' || node.kind === 'province' ? `${other} · ${node.year}` : '';
	lines.push(`${prefix}${last ? '└─ ' : '├─ '}${label(node.label_zh, node.label_en, lang)} (${node.name}${where}) = ${valueText(node, lang, ctx.shownIn)}  [${label(zh, en, lang)}${node.truncated ? ', …' : ''}]`);
	const inner = `${prefix}${last ? '   ' : '│  '}`;
	details(node, inner, lines, lang);
	node.children.forEach((child, i) => walk(child, inner, i === node.children.length - 1, lines, ctx));
}
