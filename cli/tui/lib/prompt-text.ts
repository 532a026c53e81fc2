/**
 * A prompt line that always shows what is typed: the label gives way first (cut with …), then the
 * start of a long text (…tail), so the end of the text and the cursor are always on screen.
 */
import {truncate, width as textWidth} from './text.js';

export function promptText(label: string, text: string, width: number): string {
	const room = Math.max(4, width - 1);
	const whole = `${label}: ${text}`;
	if (textWidth(whole) <= room) return whole;
	const labelRoom = room - textWidth(text) - 2;
	if (labelRoom >= 8) return `${truncate(label, labelRoom)}: ${text}`;
	const short = truncate(label, 8);
	const tailRoom = room - textWidth(short) - 3;
	let tail = '';
	for (const ch of [...text].reverse()) {
		if (textWidth(ch + tail) > tailRoom) break;
		tail = ch + tail;
	}
	return `${short}: …${tail}`;
}
