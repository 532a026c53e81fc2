/**
 * A one-line text field, drawn from the app's state (the keys are handled in keys/prompt.ts, so
 * nothing typed is lost between frames). What is typed is always visible (lib/prompt-text.ts).
 */
import {Text} from 'ink';
import {promptText} from '../lib/prompt-text.js';
import {safe} from '../lib/safe-text.js';

export function TextPrompt({label, text, width}: {readonly label: string; readonly text: string; readonly width: number}) {
	return (
		<Text wrap="truncate-end">
			<Text bold>{promptText(label, safe(text), Math.max(4, width - 1))}</Text>
			<Text inverse> </Text>
		</Text>
	);
}
