/**
 * Screen 5: the scenario with the current levers (A) against an alternative file (B, `--compare
 * <file>` or o here; keys: keys/compare.ts). Province figures side by side, then every unit's
 * change, sorted by the chosen column ([ ]): who gains and who loses.
 */
import {Lines} from '../components/Lines.js';
import {useScroll} from '../hooks/use-scroll.js';
import {compareRows} from '../keys/compare.js';
import {simulateAlternative} from '../lib/alternative-run.js';
import {COMPARE_SERIES, PROVINCE_COMPARE} from '../lib/compare.js';
import {show, showDelta} from '../lib/format.js';
import type {ViewProps} from '../lib/screen-props.js';
import {rowsNote} from '../lib/scroll-note.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {fit, width as textWidth} from '../lib/text.js';
import {displayPath} from '../../paths.js';
import {safe} from '../lib/safe-text.js';

export {openAlternative, type Alternative} from '../lib/alternative.js';

/** For these a rise is a loss for the city (more unfunded cost). */
const RISE_IS_LOSS = new Set(['fiscalGap']);

export function Compare({ctx, s, run}: ViewProps) {
	const {scenario, width, height} = ctx;
	const alt = s.compare.alt;
	const result = run.result;
	const t = s.t;
	const year = result.years[t]!;
	const rows = compareRows(s, ctx);
	const cursor = Math.min(s.compare.cursor, Math.max(0, rows.length - 1));
	// Lines above the unit rows: names, province heading and rows, blank, title, column heads; one below: the row note.
	const bodyH = Math.max(1, height - 1 - (PROVINCE_COMPARE.length + 5));
	const top = useScroll(cursor, bodyH, rows.length);
	const lines: Line[] = [];
	if (!alt) {
		lines.push([seg('情景对比 Compare', {bold: true, role: 'heading'})]);
		lines.push(plain('No alternative yet. Press o and give a scenario file, e.g. scenarios/henan-2017-town-tilt.yaml,'));
		lines.push(plain('or start with: hukou-sim tui --compare <file>.', {dim: true}));
		return <Lines lines={lines} width={width} height={height} />;
	}
	const altRun = simulateAlternative(alt);
	const labelW = Math.max(12, Math.min(40, width - 40));
	const valW = width >= 150 ? 16 : 12;
	const half = Math.floor((width - 8) / 2);
	lines.push([seg('A ', {bold: true}), seg(fit(safe(scenario.name.zh + (s.levers.size ? ` + ${s.levers.size} levers` : '')), half)), seg('  B ', {bold: true}), seg(fit(safe(`${alt.scenario.name.zh}  (${displayPath(alt.file)})`), half))]);
	lines.push([seg(fit(`全省 Province ${year}`, labelW), {bold: true, role: 'heading'}), ...['A', 'B', 'B − A'].map((h) => seg(fit(h, valW, 'right'), {bold: true}))]);
	const ta = altRun.years.indexOf(year);
	for (const [name, zh, en, measure] of PROVINCE_COMPARE) {
		const a = result.province[name]?.[t] ?? NaN;
		const b = ta < 0 ? NaN : (altRun.province[name]?.[ta] ?? NaN);
		lines.push([seg(fit(`${zh} ${en}`, labelW)), seg(fit(show(a, measure), valW, 'right')), seg(fit(show(b, measure), valW, 'right')), seg(fit(showDelta(b - a, measure), valW, 'right'), {bold: true})]);
	}
	const k = s.compare.sortCol;
	const good = (name: string, d: number) => (RISE_IS_LOSS.has(name) ? d < 0 : d > 0);
	// A change too small for the digits shown counts as none (no ▲ next to a 0).
	const flatAt = (i: number, d: number) => showDelta(d, COMPARE_SERIES[i]![3]) === '0' || showDelta(d, COMPARE_SERIES[i]![3]) === '—';
	const [name] = COMPARE_SERIES[k]!;
	const gains = rows.filter((r) => !flatAt(k, r.deltas[k]!) && good(name, r.deltas[k]!)).length;
	const loses = rows.filter((r) => !flatAt(k, r.deltas[k]!) && !good(name, r.deltas[k]!)).length;
	lines.push([]);
	lines.push([seg('谁得谁失 Who gains, who loses', {bold: true, role: 'heading'}), seg(`  by ${COMPARE_SERIES[k]![1]} ${COMPARE_SERIES[k]![2]}: ${gains} gain ▲, ${loses} lose ▼ (B − A)`, {dim: true})]);
	const zhW = Math.max(...result.units.map((u) => textWidth(u.name_zh)));
	const enW = width >= 150 ? 16 : 12;
	const nameW = zhW + 1 + enW;
	const colW = Math.max(8, Math.min(20, Math.floor((width - nameW) / COMPARE_SERIES.length)));
	const headOf = (zh: string, en: string) => (colW >= textWidth(`Δ${zh} ${en}`) + 1 ? `Δ${zh} ${en}` : colW >= en.length + 2 ? `Δ${en}` : `Δ${zh}`);
	lines.push([seg(fit('城市 Unit', nameW)), ...COMPARE_SERIES.map(([, zh, en], i) => seg(fit(headOf(zh, en), colW, 'right'), i === k ? {inverse: true} : {bold: true}))]);
	rows.slice(top, top + bodyH).forEach((r, j) => {
		const u = result.units[r.u]!;
		const selected = top + j === cursor;
		lines.push([
			seg(`${fit(u.name_zh, zhW)} ${fit(u.name_en, enW)}`, selected ? {inverse: true} : {}),
			...COMPARE_SERIES.map(([series, , , measure], i) => {
				const d = r.deltas[i]!;
				const flat = flatAt(i, d);
				const g = good(series, d);
				return seg(fit(`${showDelta(d, measure)}${flat ? ' ' : g ? '▲' : '▼'}`, colW, 'right'), {role: flat ? undefined : g ? 'good' : 'bad', bold: i === k});
			}),
		]);
	});
	while (lines.length < height - 1) lines.push([]);
	lines.length = Math.min(lines.length, height - 1);
	lines.push([seg(rowsNote(top, Math.min(bodyH, rows.length - top), rows.length), {dim: true}), seg(s.compare.find ? ` · find "${s.compare.find}" (n next)` : '', {dim: true})]);
	return <Lines lines={lines} width={width} height={height} />;
}
