/**
 * A one-line text field (search, a lever value, a file path). Enter submits, Esc cancels; it takes
 * the keyboard while open (the app's global keys pause, see app.tsx `captured`).
 */
import {Text} from 'ink';
import {useState} from 'react';
import {useKeys} from '../hooks/use-keys.js';
import {truncate} from '../lib/text.js';

export interface TextPromptProps {
	readonly label: string;
	readonly initial?: string;
	readonly width: number;
	readonly onSubmit: (text: string) => void;
	readonly onCancel: () => void;
	/** Called on every edit (live filtering). */
	readonly onChange?: (text: string) => void;
}

export function TextPrompt({label, initial = '', width, onSubmit, onCancel, onChange}: TextPromptProps) {
	const [text, setText] = useState(initial);
	const update = (next: string) => {
		setText(next);
		onChange?.(next);
	};
	useKeys((input, key) => {
		if (key.return) onSubmit(text);
		else if (key.escape) onCancel();
		else if (key.backspace || key.delete) update([...text].slice(0, -1).join(''));
		else if (key.ctrl && input === 'u') update('');
		else if (input && !key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && !key.tab) update(text + input);
	});
	const shown = `${label}: ${text}`;
	return (
		<Text wrap="truncate-end">
			<Text bold>{truncate(shown, Math.max(1, width - 2))}</Text>
			<Text inverse> </Text>
		</Text>
	);
}
