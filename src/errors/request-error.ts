/**
 * A question the program cannot answer as asked (an unknown unit or series, a year outside the run,
 * two runs that cannot be compared, a bad option value): a message and a hint, never a stack trace.
 * Each kind names itself (ExplainError, ScaleRequestError, IncomparableError, UsageError).
 */
export class RequestError extends Error {
	constructor(
		message: string,
		readonly hint?: string,
	) {
		super(message);
		this.name = new.target.name;
	}
}
