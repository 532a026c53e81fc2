import {describe, expect, it} from 'vitest';
import {ExplainError} from '../../src/explain/index.js';

// explain, scale and compare each refuse a question with their own kind of error; the CLI prints any of them
// as a user's mistake (message, hint, exit 2), even one a command forgot to wrap.

describe('the kinds of a question asked wrongly', () => {
	it('share one base (message and hint, exit 2 in the CLI) and keep their own names', async () => {
		const {RequestError} = await import('../../src/errors/scenario-error.js');
		const {ScaleRequestError} = await import('../../src/scale/errors.js');
		const {IncomparableError} = await import('../../src/compare/index.js');
		const {reportError, UsageError} = await import('../../cli/errors.js');
		for (const Kind of [ExplainError, ScaleRequestError, IncomparableError, UsageError]) {
			const e = new Kind('unknown unit "x"', 'one of: a, b');
			expect(e).toBeInstanceOf(RequestError);
			expect(e.name).toBe(Kind.name);
			expect(e.hint).toBe('one of: a, b');
		}
		// Not wrapped by a command: still a user's mistake (exit 2), not an internal error.
		const write = process.stderr.write;
		let said = '';
		process.stderr.write = ((text: string) => ((said += text), true)) as typeof process.stderr.write;
		try {
			expect(reportError(new ExplainError('year 2031 is outside the run', 'pick a year between 2016 and 2020'), false)).toBe(2);
		} finally {
			process.stderr.write = write;
		}
		expect(said).toBe('error: year 2031 is outside the run\n    hint:     pick a year between 2016 and 2020\n');
	});
});
