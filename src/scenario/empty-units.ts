/** The unit table of a standalone scenario (no units: the scenario's own parameters and outcomes only). */
import type {UnitTable} from './units-table.js';

export function emptyUnitTable(): UnitTable {
	const none = new Float64Array(0);
	return {ids: [], nameZh: [], nameEn: [], residentPop: none, urbanResidentPop: none, hukouPop: none, urbanHukouPop: none, centralCityShare: none, urbanLand: none, columns: {}};
}
