/** A yes/no question in the status line: y (or Enter) does it, n or Esc does not; for quit, s saves first. */
import {showLever} from '../lib/format.js';
import type {Press} from '../lib/keypress.js';
import {displayPath} from '../../paths.js';
import {defaultOverlayPath} from '../lib/overlay.js';
import {safe} from '../lib/safe-text.js';
import type {AppState, Confirm} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';
import {setLever} from '../state/lever-actions.js';
import {doSave} from '../state/save.js';

/** The question with its keys first, so that a narrow status line still shows how to answer. */
export function confirmQuestion(c: Confirm): string {
	if (c.kind === 'overwrite') return `Overwrite 覆盖? y yes · n no — ${safe(displayPath(c.file))} exists 文件已存在`;
	if (c.kind === 'quit') return 'Quit anyway 仍要退出? y quit · n stay · s save — levers changed and not saved 未保存';
	return `Apply anyway 仍要使用? y yes · n no — ⚠ ${c.why}`;
}

export function confirmKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const c = s.confirm!;
	const rest = {...s, confirm: undefined};
	const yes = (p.name === '' && (p.text === 'y' || p.text === 'Y')) || p.name === 'return';
	const no = (p.name === '' && (p.text === 'n' || p.text === 'N')) || p.name === 'escape';
	if (c.kind === 'quit' && p.name === '' && p.text === 's') {
		const file = displayPath(defaultOverlayPath(ctx.scenario));
		return {...rest, screen: 'levers', prompt: {kind: 'save', text: file, before: file}};
	}
	if (no) return {...rest, message: c.kind === 'overwrite' ? 'not saved 未保存' : c.kind === 'implausible' ? 'not changed 未修改' : ''};
	if (!yes) return s;
	if (c.kind === 'overwrite') return doSave(rest, ctx, c.file);
	if (c.kind === 'quit') {
		ctx.quit(0);
		return rest;
	}
	const lever = ctx.levers.find((l) => l.id === c.lever);
	if (!lever) return rest;
	return {...setLever(rest, ctx, lever, c.value), message: `${lever.id} = ${showLever(c.value, lever.measure)} (outside the plausible range 超出合理范围)`};
}
