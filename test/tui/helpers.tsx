/** Shared set-up of the TUI component tests: the baseline scenario, an App at a fixed size, key bytes. */
import path from 'node:path';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {expect, vi} from 'vitest';
import {App, type AppProps} from '../../cli/tui/app.js';
import {openScenario, type CompiledScenario} from '../../src/index.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BASELINE = path.join(ROOT, 'scenarios/henan-2017.yaml');
export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

let cached: CompiledScenario | undefined;
export const baseline = (): CompiledScenario => (cached ??= openScenario(BASELINE));

export const KEY = {up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', enter: '\r', esc: '\u001B', tab: '\t', backspace: '\u007F', ctrlU: '\u0015'};

/** One macrotask: ink-testing-library's frame only changes after it (TOOLCHAIN §3.7). */
export const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function openApp(props: Partial<AppProps> = {}, size = {columns: 80, rows: 24}) {
	const r = render(<App scenario={baseline()} size={size} {...props} />);
	const frame = () => r.lastFrame() ?? '';
	return {
		...r,
		frame,
		lines: () => frame().split('\n'),
		/** Write keys one by one, a macrotask after each. */
		async press(...keys: string[]) {
			for (const k of keys) {
				r.stdin.write(k);
				await tick();
				await tick();
			}
		},
		async see(text: string | RegExp) {
			await vi.waitFor(() => expect(frame()).toMatch(text), {timeout: 5000});
		},
	};
}

/** Every line fits in the width and the frame stays below the terminal's height (TOOLCHAIN §3.3). */
export function expectFits(frame: string, size = {columns: 80, rows: 24}): void {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThan(size.rows);
	for (const line of lines) expect(stringWidth(line), line).toBeLessThan(size.columns);
}
