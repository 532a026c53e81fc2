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


/** The keys of each screen (the footer adds q, ? and 1-6). */
export const SCREEN_KEYS: Record<ScreenId, KeyHint[]> = {
	overview: [['↑↓', 'scroll'], ['←→', 'year']],
	cities: [['↑↓', 'city'], ['←→', 'year'], ['[ ]', 'column'], ['s', 'sort'], ['/', 'search'], ['d', 'Δ'], ['⏎', 'detail'], ['w', 'why']],
	detail: [['[ ]', 'section'], ['↑↓', 'row'], ['←→', 'year'], ['n p', 'city'], ['w', 'why'], ['c', 'curve'], ['Esc', 'back']],
	levers: [['↑↓', 'lever'], ['←→', 'change'], ['e', 'type'], ['r R', 'reset'], ['s', 'save']],
	compare: [['o', 'open file'], ['↑↓', 'city'], ['←→', 'year'], ['[ ]', 'sort']],
	sweep: [['o', 'open folder'], ['[ ]', 'outcome'], ['p', 'policy'], ['h', 'histogram']],
};

/** The footer: quit and help first, so that a narrow terminal still shows them. */
export const footerKeys = (screen: ScreenId): KeyHint[] => [['q', 'quit'], ['?', 'help'], ...SCREEN_KEYS[screen], ['1-6', 'screen']];
