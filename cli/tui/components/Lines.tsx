/** Draws pre-fitted lines (lib/seg.ts), clipped to the width, at most `height` of them. */
import {Box, Text} from 'ink';
import {clip, type Line} from '../lib/seg.js';
import {colour} from '../lib/theme.js';

export interface LinesProps {
	readonly lines: readonly Line[];
	readonly width: number;
	readonly height?: number;
}

export function Lines({lines, width, height}: LinesProps) {
	const shown = height === undefined ? lines : lines.slice(0, Math.max(0, height));
	return (
		<Box flexDirection="column" width={width}>
			{shown.map((line, i) => (
				<Text key={i} wrap="truncate-end">
					{line.length === 0 ? ' ' : clip(line, width).map((s, j) => (
						<Text key={j} color={s.role ? colour(s.role) : undefined} bold={s.bold} dimColor={s.dim} inverse={s.inverse}>
							{s.text}
						</Text>
					))}
				</Text>
			))}
		</Box>
	);
}
