/**
 * Everything the UI remembers, in one value: the screen, the overlay stack, the open prompt or
 * question, the year and unit, the levers (with undo and what was last saved), and each screen's
 * own selections. Switching screens or closing an overlay changes only `screen` or `overlays`, so
 * everything else is exactly where it was.
 */
import type {CompiledScenario} from '../../../src/index.js';
import type {SortSpec} from '../lib/city-rows.js';
import type {LeverValues} from '../lib/levers.js';
import type {ScreenId} from '../lib/screens.js';
import type {SweepFolder} from '../lib/sweep-folder.js';
import type {Alternative} from '../lib/alternative.js';
import type {Press} from '../lib/keypress.js';
import type {SweepDiscovery} from '../lib/discovery-lines.js';

export type Overlay =
	| {readonly kind: 'help'; readonly top: number}
	| {readonly kind: 'why'; readonly series: string; readonly unit: number; readonly top: number; readonly find: string}
	| {readonly kind: 'curve'; readonly unit: number}
	| {readonly kind: 'warnings'; readonly top: number};

/** A one-line text field; what it is for decides what Enter does (keys/prompt.ts). */
export type PromptKind = 'filter' | 'find' | 'value' | 'save' | 'compare' | 'sweep' | 'cases';

export interface Prompt {
	readonly kind: PromptKind;
	readonly text: string;
	/** The text before the prompt opened (Esc on a filter restores nothing: it clears). */
	readonly before: string;
}

/** A yes/no question in the status line. */
export type Confirm =
	| {readonly kind: 'overwrite'; readonly file: string}
	| {readonly kind: 'quit'}
	| {readonly kind: 'implausible'; readonly lever: string; readonly value: number; readonly why: string};

export interface AppState {
	readonly screen: ScreenId;
	readonly overlays: readonly Overlay[];
	readonly prompt?: Prompt;
	readonly confirm?: Confirm;
	readonly message: string;
	/** Selected year index. */
	readonly t: number;
	/** Selected unit (cities table row, city detail). */
	readonly unit: number;
	readonly levers: LeverValues;
	/** Earlier lever values, the latest last (u undoes). */
	readonly undo: readonly LeverValues[];
	/** The levers as last saved (or as loaded): q asks before dropping a difference. */
	readonly saved: LeverValues;
	readonly cities: {readonly col: number; readonly sort: SortSpec; readonly filter: string; readonly delta: boolean};
	readonly detail: {readonly section: number; readonly cursors: readonly number[]};
	readonly leverScreen: {readonly cursor: number; readonly find: string};
	readonly overview: {readonly top: number};
	readonly compare: {readonly alt?: Alternative; readonly sortCol: number; readonly cursor: number; readonly find: string};
	readonly sweep: {
		readonly loaded?: SweepFolder | string;
		readonly outcome: number;
		readonly policy: number;
		readonly hist: boolean;
		readonly top: number;
		/** The scenario-discovery view (d): PRIM for one outcome and its cases of interest. */
		readonly discovery?: SweepDiscovery;
	};
	/**
	 * Work under way in the background (a sweep folder being read, PRIM running), as the status line says
	 * it; keys typed meanwhile wait in `queued` and are applied in order when it is done (keys/dispatch.ts).
	 */
	readonly busy?: string;
	readonly queued: readonly Press[];
}

export interface InitialOptions {
	readonly screen?: ScreenId;
	readonly levers?: LeverValues;
	readonly alternative?: Alternative;
	/** A folder to read at start (its read is asynchronous). */
	readonly sweepDir?: string;
	readonly detailCursors: readonly number[];
	readonly message?: string;
}

/** The status line while a sweep folder is read. */
export const readingLabel = (dir: string): string => `reading ${dir} … 正在读取`;

export function initialState(scenario: CompiledScenario, o: InitialOptions): AppState {
	const levers = o.levers ?? new Map<string, number>();
	return {
		screen: o.screen ?? 'overview',
		overlays: [],
		message: o.message ?? '',
		t: scenario.years.length - 1,
		unit: 0,
		levers,
		undo: [],
		saved: new Map(),
		cities: {col: 0, sort: {col: -1, desc: false}, filter: '', delta: false},
		detail: {section: 0, cursors: o.detailCursors},
		leverScreen: {cursor: 0, find: ''},
		overview: {top: 0},
		compare: {alt: o.alternative, sortCol: 1, cursor: 0, find: ''},
		sweep: {outcome: 0, policy: 0, hist: false, top: 0},
		busy: o.sweepDir === undefined ? undefined : readingLabel(o.sweepDir),
		queued: [],
	};
}
