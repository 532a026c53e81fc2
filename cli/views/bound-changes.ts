/** The compare table's section on floors and caps the alternative changes: for whom each binds, year by year. */
import type {BoundChange} from '../../src/allocation/compare-bounds.js';
import {plainText} from '../../src/format/terminal-text.js';
import {parameterValue} from '../../src/format/parameter-value.js';
import type {Measure} from '../../src/index.js';
import type {DisplayOptions} from '../../src/format/display-unit.js';
import {label, type Lang} from './labels.js';

/** `measureOf`: a parameter's measure, so a cap share reads 5.00%, not 0.05; `shownIn`: land in 公顷 (default), 亩 or 万亩. */
export function boundChangesText(changes: readonly BoundChange[], names: ReadonlyMap<string, string>, lang: Lang, measureOf: (parameter: string) => Measure | undefined = () => undefined, shownIn: DisplayOptions = {}): string {
	if (changes.length === 0) return '';
	const L = (zh: string, en: string) => label(zh, en, lang);
	const out = ['', L('改变的保底与封顶', 'Floors and caps the alternative changes')];
	for (const c of changes) {
		const which = c.bound === 'cap' ? L('封顶', 'cap') : L('保底', 'floor');
		const rule = c.base === c.alt ? plainText(c.alt) : `${plainText(c.base ?? '—')} → ${plainText(c.alt)}`;
		const params = c.parameters.map((p) => `${plainText(p.parameter)} ${plainText(parameterValue(p.base, measureOf(p.parameter), shownIn, lang))} → ${plainText(parameterValue(p.alt, measureOf(p.parameter), shownIn, lang))}`).join('; ');
		out.push(`  ${plainText(L(c.name_zh, c.name_en))} ${which} = ${rule}${params ? ` (${params})` : ''}`);
		// Consecutive years that bind for the same units are one line (2017–2020: …).
		const runs: Array<{from: number; to: number; units: readonly string[]}> = [];
		for (const y of c.binds) {
			const last = runs.at(-1);
			if (last && last.to === y.year - 1 && last.units.join() === y.units.join()) last.to = y.year;
			else runs.push({from: y.year, to: y.year, units: y.units});
		}
		for (const r of runs) out.push(`    ${r.from === r.to ? r.from : `${r.from}–${r.to}`}: ${r.units.length === 0 ? L('没有单位触及', 'binds for no unit') : `${L('触及', 'binds for')} ${r.units.map((u) => plainText(names.get(u) ?? u)).join(', ')}`}`);
	}
	return `${out.join('\n')}\n`;
}
