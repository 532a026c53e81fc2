/**
 * Allocation programs, DESIGN §2 "Transfers" and "Infrastructure subsidies". The scenario declares
 * them (programs: in the YAML); src/model/graph.ts turns each into equations of this model:
 * - `transfer`: a pool split by the factor method (市民化奖励资金, plan §三(一)); factors are
 *   expressions per unit (origin-weighted settlers, residence-permit holders, fiscal difficulty…),
 *   weighted, times a unit coefficient (tilt to towns, §三(一) 向中小城镇倾斜), within floor and cap
 *   (models/allocation.ts);
 * - `subsidy`: the same for infrastructure subsidy pools (§三(二)), usually with an eligibility
 *   rule and a cap at a share of the unit's need;
 * - `perCapita`: an amount per unit with no fixed pool, e.g. the general-transfer adjustment that
 *   counts settled residents at full weight (转移支付动态调整机制, §三(一)).
 */
import type {ModelDecl} from '../src/model/declare.js';

export const programs = {
	id: 'programs',
	zh: '转移支付与补助项目(因素法)',
	en: 'Allocation programs (factor method)',
	clause: '§三(一), §三(二)',
	parameters: [],
	series: [],
} as const satisfies ModelDecl;
