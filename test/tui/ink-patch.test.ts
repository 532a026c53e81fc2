/**
 * The patch of Ink 6.8 (patches/ink+6.8.0.patch, applied by `npm ci`'s prepare): the output caches are
 * shared by every frame and bounded, and a text node's width is read from measure-text's cache. Without it a
 * redraw at 200×50 re-tokenised every line (about half of the frame); a row made of the same cells as the last
 * frame's is not converted to text again; the incremental writer's off-by-one is mended (test/tui/e2e-incremental.test.ts).
 * Ink's build files are not in its exports, so they are loaded by path.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

const inkBuild = path.dirname(createRequire(import.meta.url).resolve('ink'));
type Caches = {styledChars: Map<string, unknown>; getStyledChars(line: string): unknown};
type OutputClass = new (o: {width: number; height: number}) => {caches: Caches; write(x: number, y: number, t: string, o: object): void; get(): {output: string}};

async function outputClass(): Promise<OutputClass> {
	const mod = (await import(pathToFileURL(path.join(inkBuild, 'output.js')).href)) as {default: OutputClass};
	return mod.default;
}

describe('Ink patch', () => {
	it('shares the output caches between frames', async () => {
		const Output = await outputClass();
		const a = new Output({width: 10, height: 1});
		a.write(0, 0, '\u001B[1m户籍\u001B[22m', {transformers: []});
		expect(a.get().output).toBe('\u001B[1m户籍\u001B[22m');
		const b = new Output({width: 10, height: 1});
		expect(b.caches).toBe(a.caches);
		expect(b.caches.styledChars.has('\u001B[1m户籍\u001B[22m')).toBe(true);
	});

	it('empties the caches when they grow past their bound', async () => {
		const Output = await outputClass();
		const first = new Output({width: 1, height: 1}).caches;
		for (let k = 0; k < 100; k++) first.getStyledChars(`line ${k}`);
		expect(new Output({width: 1, height: 1}).caches).toBe(first);
		for (let k = 100; k < 6000; k++) first.getStyledChars(`line ${k}`);
		const next = new Output({width: 1, height: 1}).caches;
		expect(next).not.toBe(first);
		expect(next.styledChars.size).toBe(0);
	});

	it('draws a frame the same whatever frames came before it (rows reused only when their cells are the same)', async () => {
		const Output = await outputClass();
		const pieces = ['户籍城镇化率 36.08%', '\u001B[1m落户\u001B[22m 174.95', '\u001B[32m✓\u001B[39m met', 'plain text', '\u001B[7m› 政策杠杆\u001B[27m', ''];
		const write = fc.record({x: fc.integer({min: 0, max: 12}), y: fc.integer({min: 0, max: 5}), text: fc.constantFrom(...pieces)});
		const frame = fc.array(write, {maxLength: 8});
		const draw = (writes: ReadonlyArray<{x: number; y: number; text: string}>, width = 40) => {
			const o = new Output({width, height: 6});
			for (const w of writes) o.write(w.x, w.y, w.text, {transformers: []});
			return o.get().output;
		};
		// The reference: the same frame in a terminal of a width never drawn before, so that no row can be
		// reused (rows are trimmed, and no text reaches column 40).
		let fresh = 41;
		fc.assert(
			fc.property(frame, frame, (before, now) => {
				draw(before);
				expect(draw(now)).toBe(draw(now, fresh++));
			}),
			{numRuns: 200},
		);
	});

	it('is seen by the UI, which then draws line by line', async () => {
		const {inkPatched} = await import('../../cli/tui/lib/ink-patched.js');
		expect(await inkPatched()).toBe(true);
	});

	it('moves the cursor to the first line of a frame that ended with a newline before writing a changed line', async () => {
		// Ink 6.8 moved up one line too few here (two lines and the newline: up 1 instead of 2), and drew the
		// changed line one row low.
		const logUpdate = (await import(pathToFileURL(path.join(inkBuild, 'log-update.js')).href)) as {
			default: {create(stream: {write(s: string): boolean}, o: {incremental: boolean}): (s: string) => void};
		};
		const written: string[] = [];
		const render = logUpdate.default.create({write: (s) => (written.push(s), true)}, {incremental: true});
		render('a\nb\n');
		render('a\nc\n');
		expect(written.at(-1)).toContain('\u001B[2A');
		expect(written.at(-1)).not.toContain('\u001B[1A');
	});
});
