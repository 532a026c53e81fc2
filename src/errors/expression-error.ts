/** A user expression that does not compile; `column` is 1-based within the expression text. */
export class ExpressionError extends Error {
	constructor(
		message: string,
		readonly column: number,
		readonly hint: string,
	) {
		super(message);
		this.name = 'ExpressionError';
	}
}
