/**
 * What the batch runner evaluates: a model module loaded by URL inside each worker thread (the
 * EMA Workbench's "model" behind its evaluators, Kwakkel 2017, Env. Modelling & Software 96, 239–250).
 * The module exports `createModel(options)`; the options must survive structured cloning.
 */

export interface Model {
	/** Output names, in the order `evaluate` returns them. */
	readonly outputs: readonly string[];
	/**
	 * Outputs for one row of inputs; throw (or return NaN) to mark the run as failed. The row is the caller's
	 * scratch, valid during the call only; the outputs are read before the next call (a model may reuse its array).
	 */
	evaluate(x: Float64Array): ArrayLike<number>;
}

export type CreateModel = (options: unknown) => Model | Promise<Model>;

export interface ModelSpec {
	/** URL (file:) of an ES module exporting `createModel`. */
	module: string;
	options: unknown;
	/** Output names the caller expects; checked against the model's. */
	outputs: readonly string[];
	/** Identifies the options for the worker's cache (else their JSON, which is slow for a compiled scenario). */
	key?: string;
}

/** Extension of this build's modules: '.ts' under tsx/vitest, '.js' in dist/. */
export const MODULE_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

const cache = new Map<string, Promise<Model>>();

/** Load (once per thread) the model a spec names. */
export function loadModel(spec: ModelSpec): Promise<Model> {
	const key = `${spec.module}\u0000${spec.key ?? JSON.stringify(spec.options)}`;
	let m = cache.get(key);
	if (!m) {
		m = (async () => {
			const mod = (await import(spec.module)) as {createModel?: CreateModel};
			if (typeof mod.createModel !== 'function') throw new Error(`model module ${spec.module} does not export createModel(options)`);
			const model = await mod.createModel(spec.options);
			if (model.outputs.join('\u0000') !== spec.outputs.join('\u0000')) {
				throw new Error(`model outputs [${model.outputs.join(', ')}] differ from the expected [${spec.outputs.join(', ')}]`);
			}
			return model;
		})();
		cache.set(key, m);
	}
	return m;
}
