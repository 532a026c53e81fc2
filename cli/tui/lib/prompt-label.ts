/** The label of each prompt, in Chinese and English. */
import type {AppState, Prompt} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';
import {showLever} from './format.js';
import {currentValue} from '../state/lever-actions.js';
import {casesLabel} from './discovery-cases.js';

export function promptLabel(p: Prompt, s: AppState, ctx: Ctx): string {
	switch (p.kind) {
		case 'filter':
			return 'search 搜索 (中文/English; Enter keeps, Esc clears)';
		case 'find':
			return 'find 查找 (Enter, then n for the next)';
		case 'value': {
			const lever = ctx.levers[s.leverScreen.cursor];
			if (!lever) return 'value';
			return `${lever.zh} ${lever.en} = (now ${showLever(currentValue(s, ctx, lever), lever.measure)}; in the unit shown${lever.allowNone ? ', or none' : ''})`;
		}
		case 'save':
			return 'save overlay to 保存为';
		case 'compare':
			return 'alternative scenario file 备选情景文件';
		case 'sweep':
			return 'sweep folder 结果目录';
		case 'cases':
			return casesLabel(s, ctx);
	}
}
