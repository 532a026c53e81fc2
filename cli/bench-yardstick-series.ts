/**
 * The output series the yardstick (cli/bench-yardstick.ts) writes by hand: every output series of
 * the baseline. The bench and test/engine/yardstick.test.ts check this list against the engine's
 * outputs, so a series added to a model without a hand-written counterpart is noticed.
 */
export const YARDSTICK_SERIES = [
	'residentPop', 'residentUrbanizationRate', 'urbanResidentPop', 'settlementPool', 'eligibleShare', 'settled', 'settledSameUnit', 'settledIntraProvince',
	'settledCrossProvince', 'hukouOutflow', 'cohort', 'hukouPop', 'urbanHukouPop', 'hukouUrbanizationRate', 'rateGap', 'permitHolders',
	'costIndex', 'infraNeed', 'housingCost', 'oneOffCost', 'recurringCost', 'citizenizationCost', 'localCost', 'settledWeighted', 'cohortWeighted',
	'centralReward', 'provincialReward', 'generalTransferAdjustment', 'infraCentral', 'infraProvincial',
	'transfers', 'transfersPerSettled', 'infraSubsidy', 'infraLocalMatch', 'infraBond', 'infraPpp', 'infraUnfunded', 'fiscalGap',
	'existingLand', 'centralUrbanPop', 'landPerCapita', 'landStandard', 'landQuotaNeed', 'landQuotaGranted', 'landQuotaShortfall',
	'landUseHousing', 'landUseEducation', 'landUseHealth', 'landUseElderly', 'landUseEmployment', 'landUseInfrastructure',
	'homesteadHouseholds', 'homesteadSurplus', 'homesteadUsedOwn', 'quotaTradeSold', 'quotaTradeBought', 'quotaTradeRevenue', 'quotaTradeCost',
	'exitCompensationPaid', 'landShortfallAfterExit',
] as const;

export type YardstickSeries = (typeof YARDSTICK_SERIES)[number];
