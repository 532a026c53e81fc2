/** The screens, their tab labels and the keys each shows in the footer (and the help lists). */
import type {KeyHint} from '../components/Footer.js';
import type {Tab} from '../components/TabBar.js';
import type {Overlay} from '../state/app-state.js';

export type ScreenId = 'overview' | 'cities' | 'detail' | 'levers' | 'compare' | 'sweep';

export const TABS: ReadonlyArray<Tab & {readonly id: ScreenId}> = [
	{id: 'overview', zh: '总览', en: 'Overview'},
	{id: 'cities', zh: '各市', en: 'Cities'},
	{id: 'detail', zh: '城市详情', en: 'City'},
	{id: 'levers', zh: '政策杠杆', en: 'Levers'},
	{id: 'compare', zh: '情景对比', en: 'Compare'},
	{id: 'sweep', zh: '敏感性', en: 'Sweep'},
];

/** The keys of each screen (the footer adds q, ? and 1-6; every list also takes j/k g/G Home/End PgUp/PgDn). */
export const SCREEN_KEYS: Record<ScreenId, KeyHint[]> = {
	overview: [['↑↓', 'scroll'], ['←→', 'year']],
	cities: [['↑↓', 'city'], ['←→', 'year'], ['[ ]', 'column'], ['s', 'sort'], ['/', 'search'], ['d', 'Δ'], ['⏎', 'detail'], ['w', 'why']],
	detail: [['[ ]', 'section'], ['↑↓', 'row'], ['←→', 'year'], ['n p', 'city'], ['w', 'why'], ['c', 'curve'], ['Esc', 'back']],
	levers: [['↑↓', 'lever'], ['←→', 'change'], ['e', 'type'], ['u', 'undo'], ['r R', 'reset'], ['s', 'save'], ['/ n', 'find']],
	compare: [['o', 'open file'], ['↑↓', 'city'], ['←→', 'year'], ['[ ]', 'sort'], ['/ n', 'find']],
	sweep: [['o', 'open'], ['[ ]', 'outcome'], ['p', 'policy'], ['h', 'histogram'], ['d', 'discover'], ['↑↓', 'scroll']],
};

/** Keys everywhere (the help's first lines). */
export const GLOBAL_KEYS: KeyHint[] = [
	['1–6 Tab', 'screens'],
	['?', 'help'],
	['!', 'warnings at load'],
	['u', 'undo the last lever change'],
	['q', 'quit (asks if levers are unsaved)'],
	['Ctrl+C', 'quit at once (status 130)'],
	['j k ↑↓ g G Home End PgUp PgDn', 'move in any list'],
	['Esc', 'close an overlay, clear a filter, cancel a prompt'],
];

/** The footer: quit and help first, so that a narrow terminal still shows them. */
export const footerKeys = (screen: ScreenId): KeyHint[] => [['q', 'quit'], ['?', 'help'], ...SCREEN_KEYS[screen], ['1-6', 'screen']];

export function overlayKeys(kind: Overlay['kind']): KeyHint[] {
	if (kind === 'help') return [['Esc ?', 'close help'], ['q', 'quit']];
	if (kind === 'warnings') return [['Esc !', 'close'], ['↑↓ PgUp PgDn', 'scroll'], ['q', 'quit']];
	if (kind === 'curve') return [['Esc c', 'close'], ['←→', 'year (after closing)'], ['q', 'quit']];
	return [['Esc w', 'close'], ['↑↓ PgUp PgDn', 'scroll'], ['/ n', 'find'], ['q', 'quit']];
}
