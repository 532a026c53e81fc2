/**
 * Colours that read on light and dark terminals: only the named ANSI colours the terminal's own
 * palette adapts (no white, black or grey), plus bold/dim/inverse. NO_COLOR (no-color.org) turns
 * every colour off; marks (✓ ✗ ▲ ▼) carry the meaning without colour.
 */
export const noColor = (): boolean => (process.env['NO_COLOR'] ?? '') !== '';

export type Role = 'good' | 'bad' | 'accent' | 'heading' | 'warn';

const COLOURS: Record<Role, string> = {good: 'green', bad: 'red', accent: 'magenta', heading: 'blue', warn: 'yellow'};

/** The Ink `color` prop for a role, or undefined under NO_COLOR. */
export function colour(role: Role): string | undefined {
	return noColor() ? undefined : COLOURS[role];
}
