/** docs/model.md's equation tables are generated from the declarations: the committed page must not be stale. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {MODELS} from '../../models/index.js';
import {withTables} from '../../src/model/docs.js';

describe('docs/model.md', () => {
	it('has the equation tables of the current declarations (run npm run docs after changing a model)', () => {
		const page = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
		expect(withTables(page, MODELS)).toBe(page);
	});
	it('gives every series and parameter of every model a row of its own', () => {
		const page = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
		// The first cell of each table row: `name` for a series or parameter (a note may follow it), *name* for a hidden step.
		const rows = new Set([...page.matchAll(/^\| [`*]([^`*|]+)[`*][^|]* \|/gm)].map((m) => m[1]!));
		for (const m of MODELS) {
			for (const s of m.series) expect(rows, `series ${s.name}`).toContain(s.name);
			for (const p of m.parameters) expect(rows, `parameter ${p.id}`).toContain(p.id);
		}
	});
});

describe('src/expr/formula-cache.generated.ts', () => {
	it('holds the trees of every formula of the models and the shipped scenarios (run npm run docs after changing one)', async () => {
		const {formulaCacheSource} = await import('../../cli/gen-formula-cache.js');
		const committed = readFileSync(new URL('../../src/expr/formula-cache.generated.ts', import.meta.url), 'utf8');
		expect(formulaCacheSource()).toBe(committed);
	});
});
