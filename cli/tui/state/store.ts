/**
 * The application state outside React: key handlers read `get()` (the state after every key so
 * far, not the state of the last frame drawn) and write with `update(fn)`, so a burst of keys
 * never reads a stale cursor, year or typed text (issue 13). React draws it through
 * `useSyncExternalStore` (hooks/use-store.ts).
 */
export interface Store<S> {
	get(): S;
	update(fn: (state: S) => S): void;
	subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
	let state = initial;
	const listeners = new Set<() => void>();
	return {
		get: () => state,
		update(fn) {
			const next = fn(state);
			if (next === state) return;
			state = next;
			for (const l of listeners) l();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
