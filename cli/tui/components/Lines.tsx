/**
 * Draws pre-fitted lines (lib/seg.ts), clipped to the width, at most `height` of them: one <Text>
 * per line with its styles as escape codes (lib/theme.ts), which keeps Ink's layout cheap. Every
 * text passes lib/safe-text.ts first: names and labels from a scenario never reach the terminal raw.
 */
import {Box, Text} from 'ink';
import {clip, type Line} from '../lib/seg.js';
import {styled} from '../lib/theme.js';
import {safe} from '../lib/safe-text.js';

export interface LinesProps {
	readonly lines: readonly Line[];
	readonly width: number;
	readonly height?: number;
}

export function Lines({lines, width, height}: LinesProps) {
	const shown = height === undefined ? lines : lines.slice(0, Math.max(0, height));
	return (
		<Box flexDirection="column" width={width}>
			<Text>{shown.map((line) => (line.length === 0 ? ' ' : clip(line.map((s) => ({...s, text: safe(s.text)})), width).map((s) => styled(s.text, s)).join(''))).join('\n')}</Text>
		</Box>
	);
}
