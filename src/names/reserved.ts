/**
 * Names a user may not choose for a unit, class, column, parameter, program, outcome, target or
 * function: JavaScript's built-in property names. Code keeps user names in Maps or prototype-less
 * objects; refusing these names as well means no other tool that reads our JSON or CSV into a
 * plain object meets a `__proto__` or `constructor` key either, and a mistake gets a located
 * message instead of an internal error. `province` is the id of the province row in every
 * output (run CSV, explain, scale --unit province), so no unit may take it.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
	...Object.getOwnPropertyNames(Object.prototype),
	// apply, bind, call, arguments, caller: looked up on function tables; `name` and `length` are
	// own properties of functions, not inherited by objects, and ordinary column names.
	...Object.getOwnPropertyNames(Function.prototype).filter((n) => n !== 'name' && n !== 'length'),
	'__proto__',
	'prototype',
]);

/** Whether a user-chosen name is a JavaScript built-in property name (toString, __proto__…). */
export function isPrototypeName(name: string): boolean {
	return PROTOTYPE_NAMES.has(name);
}

/** Unit ids with a meaning of their own in outputs and options. */
export const RESERVED_UNIT_IDS: ReadonlySet<string> = new Set(['province']);

export const PROTOTYPE_HINT = 'JavaScript built-in names (toString, constructor, __proto__, valueOf…) cannot be used as names: choose another';
