/** A scaling request the scenario cannot answer (unknown unit, year outside the run, bad values). */
export class ScaleRequestError extends Error {
	constructor(
		message: string,
		readonly hint?: string,
	) {
		super(message);
		this.name = 'ScaleRequestError';
	}
}
