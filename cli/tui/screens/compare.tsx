/**
 * Screen 5: the scenario as loaded (with the current levers) against an alternative file
 * (`--compare <file>` or o here). Province figures side by side, then every unit's change, sorted
 * by the chosen column ([ ]): who gains and who loses. ←/→ year, ↑/↓ scroll.
 */
import {Box} from 'ink';
import {useMemo, useState} from 'react';
import {openScenario, simulate, ScenarioError, formatDiagnostic, type CompiledScenario} from '../../../src/index.js';
import {Lines} from '../components/Lines.js';
import {TextPrompt} from '../components/TextPrompt.js';
import {useKeys} from '../hooks/use-keys.js';
import {useScroll} from '../hooks/use-scroll.js';
import {COMPARE_SERIES, PROVINCE_COMPARE, unitDeltas} from '../lib/compare.js';
import {show, showDelta} from '../lib/format.js';
import type {ScreenProps} from '../lib/screen-props.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {fit, width as textWidth} from '../lib/text.js';
import {displayPath} from '../../paths.js';

export interface Alternative {
	readonly file: string;
	readonly scenario: CompiledScenario;
}

/** Open an alternative, or a one-line reason it cannot be opened. */
export function openAlternative(file: string): Alternative | string {
	try {
		return {file, scenario: openScenario(file)};
	} catch (error) {
		if (error instanceof ScenarioError) return formatDiagnostic(error.diagnostics.find((d) => d.severity === 'error') ?? error.diagnostics[0]!).split('\n')[0]!;
		return (error as Error).message;
	}
}

/** For these a rise is a loss for the city (more unfunded cost). */
const RISE_IS_LOSS = new Set(['fiscalGap']);

export function Compare(props: ScreenProps & {readonly initial?: Alternative}) {
	const {scenario, run, t, setT, width, height, active, setCaptured, notify, initial} = props;
	const [alt, setAlt] = useState<Alternative | undefined>(initial);
	const [prompting, setPrompting] = useState(false);
	const [sortCol, setSortCol] = useState(1);
	const [cursor, setCursor] = useState(0);
	const altRun = useMemo(() => (alt ? simulate(alt.scenario) : undefined), [alt]);
	const result = run.result;
	const year = result.years[t]!;
	const rows = useMemo(() => (altRun ? unitDeltas(result, altRun, year, COMPARE_SERIES[sortCol]![0]) : []), [result, altRun, year, sortCol]);
	// Lines above the unit rows: names, province heading and rows, blank, title, column heads; one below: the prompt.
	const bodyH = Math.max(1, height - 1 - (PROVINCE_COMPARE.length + 5));
	const top = useScroll(cursor, bodyH, rows.length);

	useKeys((input, key) => {
		if (input === 'o') {
			setPrompting(true);
			setCaptured(true);
		} else if (key.leftArrow) setT(Math.max(0, t - 1));
		else if (key.rightArrow) setT(Math.min(result.nYears - 1, t + 1));
		else if (key.upArrow) setCursor((c) => Math.max(0, c - 1));
		else if (key.downArrow) setCursor((c) => Math.min(Math.max(0, rows.length - 1), c + 1));
		else if (input === ']') setSortCol((c) => (c + 1) % COMPARE_SERIES.length);
		else if (input === '[') setSortCol((c) => (c + COMPARE_SERIES.length - 1) % COMPARE_SERIES.length);
	}, active && !prompting);

	const lines: Line[] = [];
	if (!alt || !altRun) {
		lines.push([seg('情景对比 Compare', {bold: true, role: 'heading'})]);
		lines.push(plain('No alternative yet. Press o and give a scenario file, e.g. scenarios/henan-2017-town-tilt.yaml,'));
		lines.push(plain('or start with: hukou-sim tui --compare <file>.', {dim: true}));
	} else {
		const labelW = Math.min(26, width - 36);
		lines.push([seg('A ', {bold: true}), seg(fit(`${scenario.name.zh}`, Math.floor((width - 8) / 2))), seg('  B ', {bold: true}), seg(fit(`${alt.scenario.name.zh}  (${displayPath(alt.file)})`, Math.floor((width - 8) / 2)))]);
		lines.push([seg(fit(`全省 Province ${year}`, labelW), {bold: true, role: 'heading'}), ...['A', 'B', 'B − A'].map((h) => seg(fit(h, 12, 'right'), {bold: true}))]);
		const ta = altRun.years.indexOf(year);
		for (const [name, zh, en, measure] of PROVINCE_COMPARE) {
			const a = result.province[name]?.[t] ?? NaN;
			const b = ta < 0 ? NaN : (altRun.province[name]?.[ta] ?? NaN);
			lines.push([seg(fit(`${zh} ${en}`, labelW)), seg(fit(show(a, measure), 12, 'right')), seg(fit(show(b, measure), 12, 'right')), seg(fit(showDelta(b - a, measure), 12, 'right'), {bold: true})]);
		}
		const k = sortCol;
		const gains = rows.filter((r) => (RISE_IS_LOSS.has(COMPARE_SERIES[k]![0]) ? r.deltas[k]! < 0 : r.deltas[k]! > 0)).length;
		const loses = rows.filter((r) => (RISE_IS_LOSS.has(COMPARE_SERIES[k]![0]) ? r.deltas[k]! > 0 : r.deltas[k]! < 0)).length;
		lines.push([]);
		lines.push([seg('谁得谁失 Who gains, who loses', {bold: true, role: 'heading'}), seg(`  by ${COMPARE_SERIES[k]![1]} ${COMPARE_SERIES[k]![2]}: ${gains} gain ▲, ${loses} lose ▼ (B − A)`, {dim: true})]);
		const zhW = Math.max(...result.units.map((u) => textWidth(u.name_zh)));
		const nameW = zhW + 13;
		const colW = Math.max(8, Math.min(12, Math.floor((width - nameW) / COMPARE_SERIES.length)));
		lines.push([seg(fit('城市 Unit', nameW)), ...COMPARE_SERIES.map(([, zh, en], i) => seg(fit(`Δ${width >= 110 ? en : zh}`, colW, 'right'), i === k ? {inverse: true} : {bold: true}))]);
		rows.slice(top, top + bodyH).forEach((r, j) => {
			const u = result.units[r.u]!;
			const selected = top + j === cursor;
			lines.push([
				seg(`${fit(u.name_zh, zhW)} ${fit(u.name_en, 12)}`, selected ? {inverse: true} : {}),
				...COMPARE_SERIES.map(([name, , , measure], i) => {
					const d = r.deltas[i]!;
					const good = RISE_IS_LOSS.has(name) ? d < 0 : d > 0;
					const flat = !Number.isFinite(d) || Math.abs(d) < 1e-9;
					return seg(fit(`${showDelta(d, measure)}${flat ? ' ' : good ? '▲' : '▼'}`, colW, 'right'), {role: flat ? undefined : good ? 'good' : 'bad', bold: i === k});
				}),
			]);
		});
	}
	return (
		<Box flexDirection="column">
			<Lines lines={lines} width={width} height={height - 1} />
			{prompting ? (
				<TextPrompt
					label="alternative scenario file 备选情景文件"
					initial={alt ? displayPath(alt.file) : ''}
					width={width}
					onCancel={() => {
						setPrompting(false);
						setCaptured(false);
					}}
					onSubmit={(text) => {
						const opened = openAlternative(text.trim());
						if (typeof opened === 'string') notify(`cannot open ${text.trim()}: ${opened}`);
						else {
							setAlt(opened);
							notify(`comparing with ${displayPath(opened.file)}`);
						}
						setPrompting(false);
						setCaptured(false);
					}}
				/>
			) : (
				<Lines lines={[[]]} width={width} />
			)}
		</Box>
	);
}
