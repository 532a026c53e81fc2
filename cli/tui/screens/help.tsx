/** The help overlay (?): every key, per screen, in Chinese and English. */
import {Lines} from '../components/Lines.js';
import {plain, seg, type Line} from '../lib/seg.js';
import {SCREEN_KEYS, TABS} from '../lib/screens.js';
import {fit} from '../lib/text.js';

export function Help({width, height}: {readonly width: number; readonly height: number}) {
	const lines: Line[] = [
		[seg('帮助 Help', {bold: true, role: 'heading'}), seg('  — q quits from anywhere; Esc or ? closes this help', {dim: true})],
		plain('全局 Everywhere: 1–6 or Tab/Shift+Tab screens · ? help · q or Ctrl+C quit'),
		plain('▲▼ mark a change against the scenario as loaded · ←→ step the year', {dim: true}),
	];
	const twoCols = width >= 120;
	const blocks: Line[][] = TABS.map((tab, i) => [
		[seg(`${i + 1} ${tab.zh} ${tab.en}`, {bold: true})],
		[seg(`  ${SCREEN_KEYS[tab.id].map(([k, l]) => `${k} ${l}`).join(' · ')}`)],
	]);
	if (twoCols) {
		const half = Math.floor(width / 2);
		for (let i = 0; i < blocks.length; i += 2) {
			const a = blocks[i]!;
			const b = blocks[i + 1] ?? [];
			for (let r = 0; r < a.length; r++) lines.push([seg(fit(a[r]!.map((s) => s.text).join(''), half), a[r]![0]), ...(b[r] ?? [])]);
		}
	} else for (const b of blocks) lines.push(...b);
	lines.push([]);
	lines.push(plain('Levers re-run the scenario at once; s saves them as a YAML overlay.', {dim: true}));
	lines.push(plain('NO_COLOR=1 turns colours off; ✓ ✗ ▲ ▼ keep the meaning.', {dim: true}));
	return <Lines lines={lines} width={width} height={height} />;
}
