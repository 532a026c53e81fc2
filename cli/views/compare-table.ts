/**
 * The readable comparison: what changed in the inputs, the province totals, the units in one year,
 * who gains and who loses in each allocation program, and the targets met in one run and not the
 * other. Chinese and English aligned by display width.
 */
import {isMetadataChange, type Comparison, type ProgramDelta} from '../../src/compare/index.js';
import {displayUnit, show} from '../format/quantity.js';
import {changeUnit, type LandUnit} from '../../src/format/display-unit.js';
import {showTarget} from '../../src/format/target-unit.js';
import {renderTable} from '../format/table.js';
import {parameterValue} from '../../src/format/parameter-value.js';
import {percent, signed} from './compare-format.js';
import {label, type Lang} from './labels.js';
import {UNIT_COLUMNS} from './run-summary.js';
import {shortLabel} from './short-labels.js';

const PROVINCE_SERIES = ['hukouUrbanizationRate', 'rateGap', 'settled', 'transfers', 'transfersPerSettled', 'infraSubsidy', 'infraUnfunded', 'citizenizationCost', 'fiscalGap', 'landQuotaNeed', 'landQuotaGranted', 'landQuotaShortfall', 'homesteadSurplus'];

export interface CompareViewOptions {
	readonly lang: Lang;
	/** Year of the per-unit table (default: the last compared year). */
	readonly unitYear?: number;
	/** Series the user asked for (default: the key series). */
	readonly series?: readonly string[];
	/** Land in 公顷 (default), 亩 or 万亩. */
	readonly land?: LandUnit;
}

export function compareTable(c: Comparison, options: CompareViewOptions): string {
	const {lang} = options;
	const land = {land: options.land};
	const L = (zh: string, en: string) => label(zh, en, lang);
	const out: string[] = [];
	out.push(`${L('对比', 'Comparison')}: ${L(c.base.name_zh, c.base.name_en)} → ${L(c.alt.name_zh, c.alt.name_en)}`);
	out.push(`${c.base.file} → ${c.alt.file} · ${c.years[0]}–${c.years.at(-1)}`);
	out.push('');
	out.push(L('改变的参数', 'Changed parameters'));
	// Status, notes and sources that changed are in the JSON and xlsx; the table lists values.
	const values = c.changedParameters.filter((p) => !isMetadataChange(p));
	if (values.length === 0) out.push(`  ${L('无', 'none')}`);
	else {
		out.push(
			renderTable(
				[L('参数', 'Parameter'), L('基线', 'Base'), L('方案', 'Alternative'), L('单位', 'Unit'), L('状态', 'Status')],
				values.map((p) => [p.parameter ? `${p.path.replace(/^parameters\.[^.]+\./, '').replace(/\.values$/, '')}${p.label_zh ? ` ${L(p.label_zh, p.label_en ?? '')}` : ''}` : p.path, parameterValue(p.base, p.measure, land, lang), parameterValue(p.alt, p.measure, land, lang), p.unit ?? '', p.status ?? '']),
				['left', 'right', 'right', 'left', 'left'],
			),
		);
	}
	const meta = c.changedParameters.length - values.length;
	if (meta > 0) out.push(`  (+${meta} ${L('项说明性修改(状态、备注、来源)', 'metadata edits (status, note, source)')}: --format json)`);
	const wanted = options.series ?? PROVINCE_SERIES;
	const provinceRows = wanted.filter((s) => c.deltas.province[s]);
	if (provinceRows.length > 0) {
		const last = c.years.length - 1;
		out.push('');
		out.push(`${L('全省', 'Province')} (Δ = ${L('方案 − 基线', 'alternative − base')})`);
		out.push(
			renderTable(
				['', ...c.years.map((y) => `Δ ${y}`), `${L('基线', 'base')} ${c.years[last]}`, `${L('方案', 'alt')} ${c.years[last]}`, '%'],
				provinceRows.map((name) => {
					const d = c.deltas.province[name]!;
					const unit = displayUnit(d.unit, land);
					// A rate's row: its levels in %, its changes in 百分点 (points).
					const points = changeUnit(d.unit);
					const shownUnit = d.unit === 'share' ? ` (Δ ${L(points.zh, points.en)})` : unit.zh ? ` (${lang === 'en' ? unit.en : unit.zh})` : '';
					return [`${L(d.label_zh, d.label_en)}${shownUnit}`, ...d.abs.map((v) => signed(v, d.unit, land, lang)), show(d.base[last]!, d.unit, land), show(d.alt[last]!, d.unit, land), percent(d.pct[last]!)];
				}),
			),
		);
	}
	const year = options.unitYear ?? c.years.at(-1)!;
	const k = c.years.indexOf(year);
	const columns = (options.series ?? UNIT_COLUMNS.map(([name]) => name)).filter((s) => c.deltas.series[s]);
	if (k >= 0 && columns.length > 0) {
		out.push('');
		out.push(`${L('各市变化', 'Change by unit')} ${year} (Δ)`);
		out.push(
			renderTable(
				[[L('城市', 'Unit'), ...columns.map((s) => L(...shortLabel(s, c.deltas.series[s]!.label_zh, c.deltas.series[s]!.label_en)))], ['', ...columns.map((s) => changeUnit(c.deltas.series[s]!.unit, land)[lang === 'en' ? 'en' : 'zh'])]],
				c.units.map((unit, u) => [L(unit.name_zh, unit.name_en), ...columns.map((s) => signed(c.deltas.series[s]!.abs[u]![k]!, c.deltas.series[s]!.unit, land, lang))]),
			),
		);
	}
	out.push('');
	out.push(`${L('资金分配:谁多得、谁少得', 'Allocation programs: who gains, who loses')} (${c.years[0]}–${c.years.at(-1)} ${L('合计', 'total')}, ${L('亿元', '100M yuan')})`);
	for (const p of c.programs) out.push(programBlock(p, lang));
	out.push('');
	out.push(L('规划目标', 'Targets of the plan'));
	out.push(
		renderTable(
			[L('目标', 'Target'), L('年份', 'Year'), L('基线', 'Base'), L('方案', 'Alternative'), ''],
			c.targets.map((t) => [
				L(t.label_zh, t.label_en),
				String(t.year),
				t.base ? `${showTarget(t.base.value, t.metric, lang)} ${t.base.met ? '✓' : '✗'}` : '—',
				t.alt ? `${showTarget(t.alt.value, t.metric, lang)} ${t.alt.met ? '✓' : '✗'}` : '—',
				t.differs ? L('← 结果不同', '← differs') : '',
			]),
			['left', 'right', 'right', 'right', 'left'],
		),
	);
	for (const e of c.evaluations) {
		const names = e.changed.map((x) => `${x.unit} ${x.metBase ? '✓→✗' : '✗→✓'}`).join(', ');
		out.push(`  ${L(e.kind === 'midterm' ? '中期评估' : '总结评估', e.kind === 'midterm' ? 'mid-term evaluation' : 'final evaluation')} ${e.year}: ${e.passedBase} → ${e.passedAlt} ${L('个单位达标', 'units on track')}${names ? ` (${names})` : ''}`);
	}
	return `${out.join('\n')}\n`;
}

function programBlock(p: ProgramDelta, lang: Lang): string {
	const L = (zh: string, en: string) => label(zh, en, lang);
	const head = `  ${L(p.name_zh, p.name_en)} [${p.id}]`;
	if (p.gainers.length === 0 && p.losers.length === 0) return `${head}: ${L('无变化', 'no change')}`;
	const rows = [...p.gainers, ...p.losers].map((r) => [`    ${L(r.name_zh, r.name_en)}`, show(r.base, 'yuan'), show(r.alt, 'yuan'), signed(r.abs, 'yuan'), percent(r.pct)]);
	return `${head}: ${p.gainers.length} ${L('个单位多得', 'gain')}, ${p.losers.length} ${L('个单位少得', 'lose')}\n${renderTable(['', L('基线', 'Base'), L('方案', 'Alternative'), 'Δ', '%'], rows)}`;
}
