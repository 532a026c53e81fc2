/** How many inputs are estimates (parameters and data columns), for the summary's last line. */
import type {CompiledScenario} from '../../src/index.js';

export interface DataQuality {
	readonly total: number;
	readonly estimates: number;
	readonly estimateNames: readonly string[];
}

const UNSURE = new Set(['estimate', 'recalled', 'calibration']);

export function dataQuality(scenario: CompiledScenario): DataQuality {
	const names: string[] = [];
	let total = 0;
	for (const [id, info] of scenario.parameterInfo) {
		total++;
		if (UNSURE.has(info.spec.status ?? 'estimate')) names.push(id);
	}
	for (const [column, status] of Object.entries(scenario.data.units?.status ?? {})) {
		total++;
		const s = typeof status === 'string' ? status : (status['default'] ?? 'estimate');
		if (UNSURE.has(s)) names.push(`${column} (data)`);
	}
	return {total, estimates: names.length, estimateNames: names};
}
