/** The help overlay's lines: the keys everywhere, then per screen, folded to the width. */
import {plain, seg, type Line} from './seg.js';
import {GLOBAL_KEYS, SCREEN_KEYS, TABS} from './screens.js';
import {fit} from './text.js';
import {foldLines} from './wrap.js';


export function helpLines(width: number): Line[] {
	const lines: Line[] = [
		plain('NO_COLOR=1 turns colours off; ✓ ✗ ▲ ▼ keep the meaning. ▲▼ = change against the scenario as loaded.', {dim: true}),
		plain(`全局 Everywhere: ${GLOBAL_KEYS.map(([k, l]) => `${k} ${l}`).join(' · ')}`),
	];
	const blocks: Line[][] = TABS.map((tab, i) => [[seg(`${i + 1} ${tab.zh} ${tab.en}`, {bold: true})], [seg(`  ${SCREEN_KEYS[tab.id].map(([k, l]) => `${k} ${l}`).join(' · ')}`)]]);
	if (width >= 120) {
		const half = Math.floor(width / 2);
		for (let i = 0; i < blocks.length; i += 2) {
			const a = blocks[i]!;
			const b = blocks[i + 1] ?? [];
			for (let r = 0; r < a.length; r++) lines.push([seg(fit(a[r]!.map((x) => x.text).join(''), half), a[r]![0]), ...(b[r] ?? [])]);
		}
	} else for (const b of blocks) lines.push(...b);
	lines.push(plain('Typed lever values are checked like validate: outside the allowed range refused, outside the plausible range asked.', {dim: true}));
	lines.push(plain('d on the sweep screen: scenario discovery 情景发现 (PRIM, as hukou-sim discover): type < X or > X in the unit shown, nothing for a 0/1 outcome; Esc back.', {dim: true}));
	lines.push(plain('s on the levers saves them as a YAML overlay (asks before overwriting); hukou-sim run <overlay> gives the same figures.', {dim: true}));
	return foldLines(lines, width);
}
