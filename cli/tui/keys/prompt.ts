/**
 * Keys while a prompt is open: characters are appended to the state's text (so a burst of typed
 * characters all arrive, in order), Backspace, Ctrl+U clears, Esc cancels, Enter submits to what
 * the prompt is for.
 */
import type {Press} from '../lib/keypress.js';
import {checkLever} from '../lib/lever-range.js';
import {showLever} from '../lib/format.js';
import {parseLeverInput} from '../lib/parse-lever.js';
import {openAlternative} from '../lib/alternative.js';
import {safe} from '../lib/safe-text.js';
import {displayPath} from '../../paths.js';
import type {AppState, Prompt} from '../state/app-state.js';
import type {Ctx} from '../state/context.js';
import {setLever} from '../state/lever-actions.js';
import {requestSave} from '../state/save.js';
import {submitCases} from './discover.js';
import {findKey} from './find.js';
import {openSweep} from './open-sweep.js';

export function promptKey(s: AppState, p: Press, ctx: Ctx): AppState {
	const prompt = s.prompt!;
	if (p.name === 'return') return submit({...s, prompt: undefined}, prompt, ctx);
	if (p.name === 'escape') return cancel({...s, prompt: undefined}, prompt);
	let text = prompt.text;
	if (p.name === 'backspace' || p.name === 'delete') text = [...text].slice(0, -1).join('');
	else if (p.ctrl && p.text === 'u') text = '';
	else if (p.name === '' && !p.ctrl && p.text !== '') text += p.text;
	else return s;
	const next = {...s, prompt: {...prompt, text}};
	// The cities filter follows what is typed.
	return prompt.kind === 'filter' ? {...next, cities: {...s.cities, filter: text}} : next;
}

function cancel(s: AppState, prompt: Prompt): AppState {
	if (prompt.kind === 'filter') return {...s, cities: {...s.cities, filter: ''}};
	return s;
}

function submit(s: AppState, prompt: Prompt, ctx: Ctx): AppState {
	const text = prompt.text.trim();
	switch (prompt.kind) {
		case 'filter':
			return {...s, cities: {...s.cities, filter: prompt.text}};
		case 'find':
			return findKey(s, prompt.text, ctx);
		case 'value':
			return submitValue(s, prompt.text, ctx);
		case 'save':
			return requestSave(s, ctx, prompt.text);
		case 'compare': {
			const opened = openAlternative(text);
			if (typeof opened === 'string') return {...s, message: `cannot open ${safe(text)}: ${opened}`};
			return {...s, compare: {...s.compare, alt: opened, cursor: 0}, message: `comparing with ${safe(displayPath(opened.file))}`};
		}
		case 'sweep': {
			if (!text) return {...s, message: 'no folder given'};
			return openSweep(s, text, ctx);
		}
		case 'cases':
			return submitCases(s, prompt.text, ctx);
	}
}

function submitValue(s: AppState, text: string, ctx: Ctx): AppState {
	const lever = ctx.levers[s.leverScreen.cursor];
	if (!lever) return s;
	const parsed = parseLeverInput(lever, text);
	if (!parsed.ok) return {...s, message: `not changed: ${parsed.message}`};
	const check = checkLever(ctx.scenario, lever, parsed.value);
	if (!check.ok) return {...s, message: `not changed: ${check.message}`};
	if (check.warning) return {...s, confirm: {kind: 'implausible', lever: lever.id, value: parsed.value, why: check.warning}};
	return {...setLever(s, ctx, lever, parsed.value), message: `${lever.id} = ${showLever(parsed.value, lever.measure)}`};
}
