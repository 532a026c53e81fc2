/**
 * Which entry of a parameter's spec gave the value of unit u in a year: the same rule as
 * params/resolve.ts (byUnit, else byClass by the unit's class, else values; a dated map gives the
 * value of the latest year ≤ the year), kept here so that explain can name it.
 */
import type {ResolvedParameterInfo} from '../params/resolve.js';

export interface ParameterSource {
	readonly from: string;
	readonly date?: string;
	/** The form written in the scenario: a number, an expression, or the dated entry's value. */
	readonly form: unknown;
}

const isDated = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parameterSource(info: ResolvedParameterInfo, unitId: string | undefined, u: number, columns: Readonly<Record<string, readonly string[]>>, year: number): ParameterSource {
	let from = 'values';
	let form: unknown = info.spec.values;
	const own = unitId === undefined ? undefined : info.spec.byUnit?.[unitId];
	if (own !== undefined) {
		from = `byUnit.${unitId}`;
		form = own;
	} else if (unitId !== undefined) {
		for (const [column, classes] of Object.entries(info.spec.byClass ?? {})) {
			const cls = columns[column]?.[u];
			if (cls !== undefined && classes[cls] !== undefined) {
				from = `byClass.${column}.${cls}`;
				form = classes[cls];
				break;
			}
		}
	}
	if (!isDated(form)) return {from, form};
	const key = Object.keys(form)
		.map(Number)
		.sort((a, b) => a - b)
		.filter((k) => k <= year)
		.pop();
	return key === undefined ? {from, form} : {from, date: String(key), form: form[String(key)]};
}
