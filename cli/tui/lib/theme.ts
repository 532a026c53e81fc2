/**
 * Colours that read on light and dark terminals: only the named ANSI colours the terminal's own
 * palette adapts (no white, black or grey), plus bold/dim/inverse. NO_COLOR (no-color.org) turns
 * every colour off; marks (✓ ✗ ▲ ▼) carry the meaning without colour.
 *
 * Lines are drawn as one <Text> each with the escape codes written here, not as nested <Text>
 * elements: Ink's layout time grows with the number of nodes (TOOLCHAIN §3.5), and a screen has
 * hundreds of styled segments. Codes are only written when the UI runs in a terminal
 * (`enableAnsi`, called by launch.tsx); component tests read plain text.
 */
export type Role = 'good' | 'bad' | 'accent' | 'heading' | 'warn';

const COLOURS: Record<Role, number> = {good: 32, bad: 31, accent: 35, heading: 34, warn: 33};

export const noColor = (): boolean => (process.env['NO_COLOR'] ?? '') !== '';

let ansi = false;

export function enableAnsi(on: boolean): void {
	ansi = on;
}

export interface Style {
	readonly role?: Role;
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly inverse?: boolean;
}

/** `text` wrapped in the escape codes of its style (none when ANSI is off or nothing is set). */
export function styled(text: string, style: Style): string {
	if (!ansi || text === '') return text;
	const codes: number[] = [];
	if (style.bold) codes.push(1);
	if (style.dim) codes.push(2);
	if (style.inverse) codes.push(7);
	if (style.role && !noColor()) codes.push(COLOURS[style.role]);
	return codes.length === 0 ? text : `\x1b[${codes.join(';')}m${text}\x1b[0m`;
}
