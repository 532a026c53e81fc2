/** The store's current state, re-rendering on every change. */
import {useSyncExternalStore} from 'react';
import type {Store} from '../state/store.js';

export function useStore<S>(store: Store<S>): S {
	return useSyncExternalStore(store.subscribe, store.get, store.get);
}
