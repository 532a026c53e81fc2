/**
 * The output series the yardstick (cli/bench-yardstick.ts) writes by hand: every output series of
 * the baseline. The bench and test/engine/yardstick.test.ts check this list against the engine's
 * outputs, so a series added to a model without a hand-written counterpart is noticed.
 */
export const YARDSTICK_SERIES = [
	'residentPop', 'residentUrbanizationRate', 'urbanResidentPop', 'settlementPool', 'eligibleShare', 'settled', 'settledCentral', 'settledTowns',
	'settledSameUnit', 'settledIntraProvince', 'settledCrossProvince', 'hukouOutflow', 'cohort', 'hukouPop', 'urbanHukouPop', 'hukouUrbanizationRate',
	'rateGap', 'permitHolders', 'costIndex', 'infraNeed', 'housingCost', 'oneOffCost', 'schoolPlacesCost', 'minLivingIncrement', 'pensionIncrement',
	'permitServiceCost', 'recurringCost', 'citizenizationCost', 'localCost', 'grossOneOffCost', 'grossRecurringCost', 'grossCitizenizationCost',
	'settledWeighted', 'cohortWeighted', 'transferMovers', 'centralReward', 'provincialReward', 'infraCentral', 'infraProvincial',
	'generalTransferAdjustment', 'transfers', 'transfersPerSettled', 'infraSubsidy', 'infraLocalMatch', 'infraBond', 'infraPpp', 'infraUnfunded',
	'fiscalGap', 'centralUrbanPop', 'townsUrbanPop', 'landStandardCentral', 'landStandardTowns', 'landQuotaNeed', 'landStandard', 'landQuotaGranted',
	'existingLand', 'townsLand', 'landPerCapita', 'townLandPerCapitaNow', 'landQuotaShortfall', 'landUseHousing', 'landUseEducation', 'landUseHealth',
	'landUseElderly', 'landUseEmployment', 'landUseInfrastructure', 'homesteadHouseholds', 'homesteadSurplus', 'homesteadUsedOwn', 'quotaTradeSold',
	'quotaTradeBought', 'quotaTradeRevenue', 'quotaTradeCost', 'exitCompensationPaid', 'landShortfallAfterExit',
] as const;

export type YardstickSeries = (typeof YARDSTICK_SERIES)[number];
