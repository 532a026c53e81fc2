/** The screens, their tab labels and the keys each shows in the footer. */
import type {KeyHint} from '../components/Footer.js';
import type {Tab} from '../components/TabBar.js';

export type ScreenId = 'overview' | 'cities' | 'detail' | 'levers' | 'compare' | 'sweep';

export const TABS: ReadonlyArray<Tab & {readonly id: ScreenId}> = [
	{id: 'overview', zh: '总览', en: 'Overview'},
	{id: 'cities', zh: '各市', en: 'Cities'},
	{id: 'detail', zh: '城市详情', en: 'City'},
	{id: 'levers', zh: '政策杠杆', en: 'Levers'},
	{id: 'compare', zh: '情景对比', en: 'Compare'},
	{id: 'sweep', zh: '敏感性', en: 'Sweep'},
];

const GLOBAL: KeyHint[] = [
	['1-6', 'screen'],
	['?', 'help'],
	['q', 'quit'],
];

export const SCREEN_KEYS: Record<ScreenId, KeyHint[]> = {
	overview: [['↑↓', 'scroll'], ['←→', 'year'], ...GLOBAL],
	cities: [['↑↓', 'city'], ['←→', 'year'], ['[ ]', 'column'], ['s', 'sort'], ['/', 'search'], ['d', 'Δ'], ['⏎', 'detail'], ['w', 'why'], ...GLOBAL],
	detail: [['[ ]', 'section'], ['↑↓', 'row'], ['←→', 'year'], ['n p', 'city'], ['w', 'why'], ['Esc', 'back'], ...GLOBAL],
	levers: [['↑↓', 'lever'], ['←→', 'change'], ['e', 'type'], ['r R', 'reset'], ['s', 'save'], ...GLOBAL],
	compare: [['o', 'open file'], ['↑↓', 'city'], ['←→', 'year'], ['[ ]', 'sort'], ...GLOBAL],
	sweep: [['o', 'open folder'], ['[ ]', 'outcome'], ['p', 'policy'], ['h', 'histogram'], ...GLOBAL],
};
