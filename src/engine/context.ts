/** What a formula reads of the parameters: values per year and unit, and the province (shared) value per year. */
export interface ParameterValues {
	/** Values of a parameter for every year and unit (nYears * nUnits). */
	get(id: string): Float64Array;
	/** The value without per-unit or per-class overrides, per year index (province expressions). */
	shared(id: string): Float64Array;
}
