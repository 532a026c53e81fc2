/** The lever values being edited and the run they give, recomputed when they change. */
import {useCallback, useMemo, useState} from 'react';
import type {CompiledScenario} from '../../../src/index.js';
import type {LeverValues} from '../lib/levers.js';
import {runWithLevers, type Run} from '../lib/session.js';

export interface LeverState {
	readonly values: LeverValues;
	readonly run: Run;
	setLever(id: string, value: number | undefined): void;
	resetAll(): void;
}

export function useLevers(scenario: CompiledScenario, initial?: LeverValues): LeverState {
	const [values, setValues] = useState<LeverValues>(() => initial ?? new Map());
	const run = useMemo(() => runWithLevers(scenario, values), [scenario, values]);
	const setLever = useCallback((id: string, value: number | undefined) => {
		setValues((old) => {
			const next = new Map(old);
			if (value === undefined) next.delete(id);
			else next.set(id, value);
			return next;
		});
	}, []);
	const resetAll = useCallback(() => setValues(new Map()), []);
	return {values, run, setLever, resetAll};
}
