/**
 * THE YARDSTICK of `npm run bench` (not the engine): the baseline's whole model written by hand as
 * fused loops over Float64Arrays, the way one would write it without a model compiler. It computes
 * every output series of henan-2017.yaml and its 2030 variant — population, settlement with the
 * central-city/towns split and the origin outflow, the incremental and gross costs, reward factors,
 * the four programs of the baseline (factor method with eligibility, coefficients, floors and caps by
 * models/allocation.ts; Henan's share of the national fund as the formula of its settlers), finance
 * with the movers' general-transfer adjustment, bonds and PPP, land in two parts (central city and
 * county towns, each with its tier, ±10% and the 超大/特大 rule), the plan cap (proportional rule)
 * and homestead exit and trade — with the parameters read as arrays from the scenario's table
 * (nothing folded), into buffers kept per scenario (no allocation per run). The bench times it
 * beside simulate() and checks that it reproduces every series of the engine
 * (test/engine/yardstick.test.ts does too). It is a floor for the engine's speed, not a second
 * model: the equations are those of models/*.ts and of the baseline's programs: section; a scenario
 * with other programs or the priority cap rule is refused.
 */
import {allocate, applyCoefficients, factorShares} from '../models/allocation.js';
import {LAND_USES, M2_PER_MU, tierStandard} from '../models/land.js';
import type {CompiledScenario} from '../src/index.js';
import type {ParameterValues} from '../src/engine/context.js';
import {YARDSTICK_SERIES, type YardstickSeries} from './bench-yardstick-series.js';

export {YARDSTICK_SERIES} from './bench-yardstick-series.js';

/** The programs the yardstick writes by hand, as the baseline declares them (id and kind). */
const BASELINE_PROGRAMS = 'centralReward:transfer,provincialReward:transfer,infraCentral:subsidy,infraProvincial:subsidy';

interface Workspace {
	readonly out: Record<YardstickSeries, Float64Array>;
	/** Per-unit steps of a year that are not outputs. */
	readonly rural: Float64Array;
	readonly draw: Float64Array;
	readonly rest: Float64Array;
	readonly bondDemand: Float64Array;
	readonly shortBefore: Float64Array;
	readonly leftover: Float64Array;
	readonly cap2: Float64Array;
	readonly centralShare: Float64Array;
	/** Allocation scratch: factor values (3), shares, coefficient, floor, cap, allocation. */
	readonly x: readonly [Float64Array, Float64Array, Float64Array];
	readonly y: Float64Array;
	readonly need: Float64Array;
	readonly settledX: Float64Array;
	readonly shares: Float64Array;
	readonly coef: Float64Array;
	readonly floor: Float64Array;
	readonly cap: Float64Array;
	readonly alloc: Float64Array;
	readonly weights: number[];
}

const workspaces = new WeakMap<CompiledScenario, Workspace>();

/** The scenario's arrays, kept for the next call; `fresh`: new ones, as a first run allocates them. */
function workspaceOf(scenario: CompiledScenario, fresh: boolean): Workspace {
	let w = fresh ? undefined : workspaces.get(scenario);
	if (w) return w;
	const programs = scenario.programs.map((p) => `${p.id}:${p.kind}`).join(',');
	if (programs !== BASELINE_PROGRAMS) throw new Error(`the yardstick is the baseline's model by hand; this scenario's programs are ${programs}`);
	if (scenario.land.capRule !== 'proportional') throw new Error('the yardstick writes the proportional land cap rule only');
	const n = scenario.units.ids.length;
	const size = n * scenario.years.length;
	const out = Object.create(null) as Record<YardstickSeries, Float64Array>;
	for (const name of YARDSTICK_SERIES) out[name] = new Float64Array(size);
	const v = () => new Float64Array(n);
	const steps = {rural: v(), draw: v(), rest: v(), bondDemand: v(), shortBefore: v(), leftover: v(), cap2: v(), centralShare: v()};
	w = {out, ...steps, x: [v(), v(), v()], y: v(), need: v(), settledX: v(), shares: v(), coef: v(), floor: v(), cap: v(), alloc: v(), weights: [0, 0, 0]};
	workspaces.set(scenario, w);
	return w;
}

/** One factor-method program of a year into `into` at offset `at`: shares, coefficients, then floors and caps (models/allocation.ts). */
function program(w: Workspace, pool: number, factors: number, into: Float64Array, at: number): void {
	factorShares(w.x, w.weights, w.shares, factors);
	applyCoefficients(w.shares, w.coef);
	allocate(pool, w.shares, w.floor, w.cap, w.alloc);
	into.set(w.alloc, at);
}

/** The reward funds' unit coefficient (size-class tilt times the tilt to towns, §三(一)), floor and cap as shares of the pool. */
function rewardBounds(w: Workspace, c0: Float64Array, sizeTilt: Float64Array, tilt: Float64Array, floorShare: Float64Array, capShare: Float64Array, off: number, pool: number): void {
	for (let u = 0; u < c0.length; u++) {
		const i = off + u;
		w.coef[u] = sizeTilt[i]! * (c0[u]! + (1 - c0[u]!) * tilt[i]!);
		w.floor[u] = floorShare[i]! * pool;
		w.cap[u] = capShare[i]! * pool;
	}
}

/**
 * The baseline's run by hand: every output series, year-major (index t·n + u) like RunResult.series.
 * The arrays are the scenario's own buffers, valid until the next call for that scenario, or with `fresh` new
 * ones (the cost of a run that allocates its series, for the 3,000-unit figure of the bench).
 */
export function yardstick(scenario: CompiledScenario, params: ParameterValues = scenario.parameters, fresh = false): Readonly<Record<YardstickSeries, Float64Array>> {
	const w = workspaceOf(scenario, fresh);
	const {units, years} = scenario;
	const n = units.ids.length;
	const T = years.length;
	const tiers = scenario.land.tiers;
	const g = (id: string) => params.get(id);
	const h = (id: string) => params.shared(id);
	const c0 = units.centralCityShare;
	const o = w.out;
	const pop = o.residentPop;
	const rate = o.residentUrbanizationRate;
	const urban = o.urbanResidentPop;
	const pool = o.settlementPool;
	const elig = o.eligibleShare;
	const settled = o.settled;
	const sCentral = o.settledCentral;
	const sTowns = o.settledTowns;
	const same = o.settledSameUnit;
	const intra = o.settledIntraProvince;
	const cross = o.settledCrossProvince;
	const outflow = o.hukouOutflow;
	const cohort = o.cohort;
	const hukou = o.hukouPop;
	const urbanHukou = o.urbanHukouPop;
	const hukouRate = o.hukouUrbanizationRate;
	const gap = o.rateGap;
	const permits = o.permitHolders;
	const costIndex = o.costIndex;
	const infraNeed = o.infraNeed;
	const housing = o.housingCost;
	const oneOff = o.oneOffCost;
	const school = o.schoolPlacesCost;
	const minLivInc = o.minLivingIncrement;
	const pensionInc = o.pensionIncrement;
	const permitService = o.permitServiceCost;
	const recurring = o.recurringCost;
	const citizen = o.citizenizationCost;
	const localCost = o.localCost;
	const grossOneOff = o.grossOneOffCost;
	const grossRecurring = o.grossRecurringCost;
	const grossCitizen = o.grossCitizenizationCost;
	const sw = o.settledWeighted;
	const cw = o.cohortWeighted;
	const movers = o.transferMovers;
	const central = o.centralReward;
	const provincial = o.provincialReward;
	const gta = o.generalTransferAdjustment;
	const infraC = o.infraCentral;
	const infraP = o.infraProvincial;
	const transfers = o.transfers;
	const perSettled = o.transfersPerSettled;
	const subsidy = o.infraSubsidy;
	const match = o.infraLocalMatch;
	const bond = o.infraBond;
	const ppp = o.infraPpp;
	const unfunded = o.infraUnfunded;
	const fiscalGap = o.fiscalGap;
	const cup = o.centralUrbanPop;
	const tup = o.townsUrbanPop;
	const stdCentral = o.landStandardCentral;
	const stdTowns = o.landStandardTowns;
	const need = o.landQuotaNeed;
	const standard = o.landStandard;
	const granted = o.landQuotaGranted;
	const land = o.existingLand;
	const townsLand = o.townsLand;
	const lpc = o.landPerCapita;
	const tlpc = o.townLandPerCapitaNow;
	const shortfall = o.landQuotaShortfall;
	const households = o.homesteadHouseholds;
	const surplus = o.homesteadSurplus;
	const usedOwn = o.homesteadUsedOwn;
	const sold = o.quotaTradeSold;
	const bought = o.quotaTradeBought;
	const revenue = o.quotaTradeRevenue;
	const cost = o.quotaTradeCost;
	const exitPaid = o.exitCompensationPaid;
	const shortAfter = o.landShortfallAfterExit;
	const uses = LAND_USES.map((use) => o[`landUse${use}`]);
	const gR = g('residentGrowth');
	const gH = g('hukouGrowth');
	const rise = g('residentUrbanizationRise');
	const umax = g('residentUrbanizationMax');
	const hukouScale = g('urbanHukouScale');
	const open = g('openCity');
	const insY = g('socialInsuranceYears');
	const tau = g('insuranceSpreadYears');
	const legal = g('legalResidenceShare');
	const will = g('willingness');
	const take = g('takeUp');
	const direct = g('directChannelRate');
	const oS = g('originSameUnit');
	const oO = g('originOtherUnits');
	const oC = g('originOtherProvinces');
	const cover = g('permitCoverage');
	const infraCost = g('infraCostPerPerson');
	const houseShare = g('housingEligibleShare');
	const houseCost = g('housingCostPerPerson');
	const kids = g('childrenPerSettler');
	const pupil = g('perPupilOutlay');
	const inPublic = g('migrantChildrenInPublicSchools');
	const minTake = g('minLivingTakeUp');
	const urbanMin = g('urbanMinLivingStandard');
	const ruralMin = g('ruralMinLivingStandard');
	const pensionDiff = g('pensionUrbanRuralDifference');
	const health = g('healthSubsidy');
	const pension = g('pensionSubsidy');
	const minLiv = g('minLivingPerSettler');
	const employ = g('employmentServices');
	const city = g('cityManagement');
	const costG = g('costGrowth');
	const permitShare = g('permitServiceShare');
	const local = g('costShareLocal');
	const wSame = g('originWeightSameUnit');
	const wIntra = g('originWeightIntraProvince');
	const wCross = g('originWeightCrossProvince');
	const phase = g('cohortPhaseDown');
	const sizeTilt = g('sizeTilt');
	const tilt = g('townTilt');
	const floorShare = g('rewardFloorShare');
	const capShare = g('rewardCapShare');
	const perCap = g('generalTransferPerCapita');
	const conv = g('residentConversionRatio');
	const minSettlers = g('infraSubsidyMinSettlers');
	const matchRatio = g('infraMatchingRatio');
	const subsidyCap = g('infraSubsidyCapShare');
	const bondShare = g('infraBondShare');
	const bondLimit = g('infraBondLimit');
	const pppShare = g('infraPppShare');
	const landCap = g('landProvincialCap');
	const mega = g('megaCityCore');
	const megaThreshold = g('megaCityThreshold');
	const megaFrom = g('megaCityFromYear');
	const adjust = g('landAdjustment');
	const townLand0 = g('townLandPerCapita');
	const hhSize = g('ruralHouseholdSize');
	const homestead = g('homesteadPerHousehold');
	const exitRate = g('homesteadExitRate');
	const reclaim = g('reclamationRatio');
	const price = g('quotaPrice');
	const compensation = g('exitCompensation');
	const platform = g('quotaPlatformBuys');
	const useShare = LAND_USES.map((use) => g(`landUse${use}`));
	const national = h('centralRewardNational');
	const nwS = h('nationalWeightSettlers');
	const nwP = h('nationalWeightPermits');
	const nwD = h('nationalWeightDifficulty');
	const nSettled = h('nationalSettled');
	const nOrigin = h('nationalOriginWeight');
	const nPermits = h('nationalPermitHolders');
	const difficultyShare = h('provinceDifficultyShare');
	const provincialPool = h('provincialRewardPool');
	const wS = h('rewardWeightSettlers');
	const wP = h('rewardWeightPermits');
	const wD = h('rewardWeightDifficulty');
	const infraCentralPool = h('infraSubsidyCentralPool');
	const infraProvincialPool = h('infraSubsidyProvincialPool');
	const rural = w.rural;
	const draw = w.draw;
	const rest = w.rest;
	const bondDemand = w.bondDemand;
	const shortBefore = w.shortBefore;
	const leftover = w.leftover;
	const cap2 = w.cap2;
	const centralShare = w.centralShare;
	const x = w.x;
	const y = w.y;
	const settledX = w.settledX;
	const coef = w.coef;
	const floor = w.floor;
	const cap = w.cap;
	const weights = w.weights;
	const needX = w.need;

	// The base year: the unit table, and the stocks' initial values.
	for (let u = 0; u < n; u++) {
		const c = c0[u]!;
		const uh = units.urbanHukouPop[u]! * hukouScale[u]!;
		pop[u] = units.residentPop[u]!;
		rate[u] = units.urbanResidentPop[u]! / units.residentPop[u]!;
		urban[u] = units.urbanResidentPop[u]!;
		pool[u] = Math.max(0, units.urbanResidentPop[u]! - uh);
		hukou[u] = units.hukouPop[u]!;
		urbanHukou[u] = uh;
		hukouRate[u] = uh / units.hukouPop[u]!;
		gap[u] = rate[u]! - hukouRate[u]!;
		permits[u] = cover[u]! * pool[u]!;
		costIndex[u] = 1;
		land[u] = units.urbanLand[u]!;
		cup[u] = c > 0 ? urban[u]! * c : urban[u]!;
		tup[u] = urban[u]! - cup[u]!;
		townsLand[u] = tup[u]! * townLand0[u]!;
		lpc[u] = cup[u]! > 0 ? land[u]! / cup[u]! : 0;
		tlpc[u] = tup[u]! > 0 ? townsLand[u]! / tup[u]! : 0;
	}

	for (let t = 1; t < T; t++) {
		const off = t * n;
		const year = years[t]!;
		const provincialPoolT = provincialPool[t]!;
		let ruralSum = 0;
		let needSum = 0;
		let swSum = 0;
		let permitSum = 0;
		// Population, settlement, cost, reward factors, the programs' inputs, the land standards.
		for (let u = 0; u < n; u++) {
			const i = off + u;
			const p = i - n;
			const c = c0[u]!;
			pop[i] = pop[p]! * (1 + gR[i]!);
			rate[i] = Math.min(1, Math.max(0, Math.min(Math.max(rate[p]!, umax[i]!), rate[p]! + rise[i]!)));
			urban[i] = pop[i]! * rate[i]!;
			const start = urbanHukou[p]! * (1 + gH[i]!);
			const r = Math.max(0, hukou[p]! * (1 + gH[i]!) - start);
			rural[u] = r;
			ruralSum += r;
			const pl = Math.max(0, urban[i]! - start);
			pool[i] = pl;
			const ce = c * (open[i]! * legal[i]! + (1 - open[i]!) * Math.exp(-insY[i]! / tau[i]!));
			const e = (elig[i] = ce + (1 - c) * legal[i]!);
			const flow = Math.min(pl, pl * e * will[i]! * take[i]! + direct[i]! * pop[i]!);
			const s = flow * oS[i]! > r ? r / oS[i]! : flow;
			settled[i] = s;
			const sc = (sCentral[i] = e > 0 ? (s * ce) / e : s * c);
			const st = (sTowns[i] = s - sc);
			same[i] = s * oS[i]!;
			intra[i] = s * oO[i]!;
			cross[i] = s * oC[i]!;
			cohort[i] = cohort[p]! + s;
			urbanHukou[i] = start + s;
			const ph = (permits[i] = cover[i]! * Math.max(0, pl - s));
			permitSum += ph;
			const idx = (costIndex[i] = costIndex[p]! * (1 + costG[i]!));
			const infra = (infraNeed[i] = Math.max(0, urban[i]! - urban[p]!) * infraCost[i]! * idx);
			const house = (housing[i] = s * houseShare[i]! * houseCost[i]! * idx);
			oneOff[i] = house;
			const schoolPP = kids[i]! * (1 - inPublic[i]!) * pupil[i]! * idx;
			const minLivPP = minTake[i]! * Math.max(0, 12 * urbanMin[i]! - ruralMin[i]!) * idx;
			const incPP = schoolPP + minLivPP + pensionDiff[i]! * idx;
			const sch = (school[i] = cohort[i]! * schoolPP);
			const ml = (minLivInc[i] = cohort[i]! * minLivPP);
			const pe = (pensionInc[i] = cohort[i]! * pensionDiff[i]! * idx);
			const ps = (permitService[i] = ph * permitShare[i]! * incPP);
			const rec = (recurring[i] = sch + ml + pe + ps);
			const ci = (citizen[i] = house + rec);
			localCost[i] = ci * local[i]!;
			const grossPP = health[i]! + idx * (kids[i]! * pupil[i]! + pension[i]! + minLiv[i]! + employ[i]! + city[i]!);
			const go = (grossOneOff[i] = s * infraCost[i]! * idx + house);
			const gr = (grossRecurring[i] = (cohort[i]! + ph * permitShare[i]!) * grossPP);
			grossCitizen[i] = go + gr;
			sw[i] = same[i]! * wSame[i]! + intra[i]! * wIntra[i]! + cross[i]! * wCross[i]!;
			swSum += sw[i]!;
			cw[i] = cw[p]! * (1 - phase[i]!) + sw[i]!;
			x[0][u] = cw[i]!;
			x[1][u] = ph;
			x[2][u] = pop[i]! * (1 - rate[i]!);
			y[u] = sw[i]!;
			needX[u] = infra;
			settledX[u] = s;
			const cu = (cup[i] = c > 0 ? urban[i]! * c : urban[i]!);
			tup[i] = urban[i]! - cu;
			const megaCentral = Math.max(mega[i]!, year >= megaFrom[i]! && cup[p]! >= megaThreshold[i]! ? 1 : 0);
			const stdC = (stdCentral[i] = (1 - megaCentral) * tierStandard(tiers, lpc[p]!) * (1 + adjust[i]!));
			const stdT = (stdTowns[i] = tierStandard(tiers, tlpc[p]!) * (1 + adjust[i]!));
			const nd = (need[i] = sc * stdC + st * stdT);
			standard[i] = s > 0 ? nd / s : stdC;
			centralShare[u] = nd > 0 ? (sc * stdC) / nd : c;
			needSum += nd;
		}
		// The two reward funds (§三(一)): settlers, permit holders, difficulty; tilts; floor and cap.
		// Henan's share of the national fund follows its settlers and permit holders (the baseline's pool formula).
		const centralPool = national[t]! * ((nwS[t]! * swSum) / (nSettled[t]! * nOrigin[t]!) + (nwP[t]! * permitSum) / nPermits[t]! + nwD[t]! * difficultyShare[t]!);
		weights[0] = wS[t]!;
		weights[1] = wP[t]!;
		weights[2] = wD[t]!;
		rewardBounds(w, c0, sizeTilt, tilt, floorShare, capShare, off, centralPool);
		program(w, centralPool, 3, central, off);
		const cohortFactor = x[0];
		cohortFactor.set(y);
		rewardBounds(w, c0, sizeTilt, tilt, floorShare, capShare, off, provincialPoolT);
		program(w, provincialPoolT, 3, provincial, off);
		// The two infrastructure subsidies (§三(二)): eligible units, capped at a share of the need.
		weights[0] = 1;
		for (let u = 0; u < n; u++) {
			const i = off + u;
			const ok = settled[i]! >= minSettlers[i]!;
			x[0][u] = needX[u]!;
			coef[u] = ok ? 1 : 0;
			floor[u] = 0;
			cap[u] = ok ? Math.min(subsidyCap[i]!, 1 / (1 + matchRatio[i]!)) * needX[u]! : 0;
		}
		program(w, infraCentralPool[t]!, 1, infraC, off);
		let drawSum = 0;
		for (let u = 0; u < n; u++) {
			const i = off + u;
			const elsewhere = ruralSum - rural[u]!;
			draw[u] = elsewhere > 0 ? intra[i]! / elsewhere : 0;
			drawSum += draw[u]!;
			cap2[u] = Math.max(0, Math.min(subsidyCap[i]!, 1 / (1 + matchRatio[i]!)) * infraNeed[i]! - infraC[i]!);
			const gr = (granted[i] = needSum <= landCap[i]! ? need[i]! : need[i]! * (landCap[i]! / needSum));
			shortfall[i] = Math.max(0, need[i]! - gr);
			for (let k = 0; k < uses.length; k++) uses[k]![i] = gr * useShare[k]![i]!;
		}
		for (let u = 0; u < n; u++) {
			const i = off + u;
			const ok = settled[i]! >= minSettlers[i]!;
			x[0][u] = settledX[u]!;
			coef[u] = ok ? 1 : 0;
			floor[u] = 0;
			cap[u] = ok ? cap2[u]! : 0;
		}
		program(w, infraProvincialPool[t]!, 1, infraP, off);
		// The origin outflow of hukou, the movers' general-transfer adjustment, transfers, financing, homestead exit.
		let bondSum = 0;
		let supply = 0;
		let demand = 0;
		for (let u = 0; u < n; u++) {
			const i = off + u;
			const r = rural[u]!;
			const out = (outflow[i] = Math.min(Math.max(0, r - same[i]!), r * (drawSum - draw[u]!)));
			hukou[i] = hukou[i - n]! * (1 + gH[i]!) + intra[i]! + cross[i]! - out;
			hukouRate[i] = hukou[i]! > 0 ? urbanHukou[i]! / hukou[i]! : 0;
			gap[i] = rate[i]! - hukouRate[i]!;
			const mv = (movers[i] = movers[i - n]! + intra[i]! + cross[i]! - out);
			const adj = (gta[i] = perCap[i]! * (1 - conv[i]!) * mv);
			const tr = (transfers[i] = central[i]! + provincial[i]! + adj);
			perSettled[i] = cohort[i]! > 0 ? tr / cohort[i]! : 0;
			fiscalGap[i] = localCost[i]! - tr;
			const sub = (subsidy[i] = infraC[i]! + infraP[i]!);
			const m = (match[i] = Math.min(Math.max(0, infraNeed[i]! - sub), matchRatio[i]! * sub));
			rest[u] = Math.max(0, infraNeed[i]! - sub - m);
			bondDemand[u] = rest[u]! * bondShare[i]!;
			bondSum += bondDemand[u]!;
			const hh = (households[i] = (same[i]! + out) / hhSize[i]!);
			const sp = (surplus[i] = hh * exitRate[i]! * homestead[i]! * reclaim[i]! * M2_PER_MU);
			const own = (usedOwn[i] = Math.min(sp, shortfall[i]!));
			shortBefore[u] = shortfall[i]! - own;
			leftover[u] = sp - own;
			supply += leftover[u]!;
			demand += shortBefore[u]!;
			exitPaid[i] = (sp / M2_PER_MU) * compensation[i]!;
		}
		const volume = Math.min(supply, demand);
		// Bonds within the debt limit, PPP, the quota market, the two land stocks (each part by its share of the need).
		for (let u = 0; u < n; u++) {
			const i = off + u;
			const b = (bond[i] = bondDemand[u]! * (bondSum > bondLimit[i]! ? bondLimit[i]! / bondSum : 1));
			const pp = (ppp[i] = (rest[u]! - b) * pppShare[i]!);
			unfunded[i] = Math.max(0, rest[u]! - b - pp);
			const bo = (bought[i] = demand > 0 ? shortBefore[u]! * (volume / demand) : 0);
			const added = granted[i]! + usedOwn[i]! + bo;
			land[i] = land[i - n]! + added * centralShare[u]!;
			townsLand[i] = townsLand[i - n]! + added * (1 - centralShare[u]!);
			lpc[i] = cup[i]! > 0 ? land[i]! / cup[i]! : 0;
			tlpc[i] = tup[i]! > 0 ? townsLand[i]! / tup[i]! : 0;
			const toUnits = supply > 0 ? leftover[u]! * (volume / supply) : 0;
			const so = (sold[i] = toUnits + (leftover[u]! - toUnits) * platform[i]!);
			revenue[i] = (so / M2_PER_MU) * price[i]!;
			cost[i] = (bo / M2_PER_MU) * price[i]!;
			shortAfter[i] = Math.max(0, shortBefore[u]! - bo);
		}
	}
	return o;
}

export interface YardstickCheck {
	/** Output series of the engine that the yardstick reproduces, and those it lacks (should be none). */
	readonly compared: number;
	readonly missing: readonly string[];
	/** max over series, units and years of |a − b| / max(|a|, |b|) (0 where both are 0). */
	readonly maxRelative: number;
	readonly worst?: string;
}

/** How closely the yardstick reproduces a run of the engine with the same parameters. */
export function checkYardstick(scenario: CompiledScenario, engine: Readonly<Record<string, Float64Array>>, params?: ParameterValues): YardstickCheck {
	const ours = yardstick(scenario, params) as Readonly<Record<string, Float64Array>>;
	const outputs = scenario.graph.series.filter((s) => !s.hidden).map((s) => s.name);
	const missing = outputs.filter((name) => !(YARDSTICK_SERIES as readonly string[]).includes(name));
	let maxRelative = 0;
	let worst: string | undefined;
	for (const name of outputs) {
		const a = ours[name];
		const b = engine[name];
		if (!a || !b) continue;
		for (let i = 0; i < a.length; i++) {
			const d = Math.abs(a[i]! - b[i]!);
			const rel = d === 0 ? 0 : Number.isNaN(d) ? Infinity : d / Math.max(Math.abs(a[i]!), Math.abs(b[i]!));
			if (rel > maxRelative) {
				maxRelative = rel;
				worst = name;
			}
		}
	}
	return {compared: outputs.length - missing.length, missing, maxRelative, ...(worst ? {worst} : {})};
}
