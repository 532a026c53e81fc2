/**
 * The settler factors of the reward programs (plan §三(一); 财预〔2016〕162号 and 〔2022〕60号):
 * settlers counted by origin at different rates (cross-province > intra-province > same unit), and
 * the stock of earlier cohorts, phased down (退坡) at a dated rate (0 before 2022). Also the
 * parameters that the baseline's program expressions read (pools, weights, tilts): they are
 * validated when a scenario sets them, but a scenario with other programs need not have them.
 */
import type {ModelDecl} from '../src/model/declare.js';
import {flow, stock} from '../src/model/declare.js';
import {NONNEG, SHARE, asLever, def, optionalDef} from '../src/params/parameter-def.js';

export const rewardFactors = {
	id: 'rewardFactors',
	zh: '奖励资金因素',
	en: 'Reward factors',
	clause: '§三(一)',
	parameters: [
		def('transfers', 'originWeightSameUnit', 'ratio', [0, 100], [0.5, 3], '本市落户奖励权重', 'reward weight of a same-unit settler'),
		def('transfers', 'originWeightIntraProvince', 'ratio', [0, 100], [0.5, 3], '省内跨市落户奖励权重', 'reward weight of an intra-province settler'),
		def('transfers', 'originWeightCrossProvince', 'ratio', [0, 100], [0.5, 3], '跨省落户奖励权重', 'reward weight of a cross-province settler'),
		def('transfers', 'cohortPhaseDown', 'share', SHARE, undefined, '以前年度落户奖励退坡率', 'phase-down of earlier cohorts per year (退坡)'),
		optionalDef('transfers', 'centralRewardNational', 'yuan', NONNEG, [5e9, 1e11], '中央财政市民化奖励资金(全国)', 'central citizenization reward fund, national'),
		optionalDef('transfers', 'provinceShareOfCentral', 'share', SHARE, [0, 0.2], '本省占中央奖励资金比例', "the province's share of the central fund"),
		asLever(optionalDef('transfers', 'provincialRewardPool', 'yuan', NONNEG, [0, 1e10], '省级市民化奖励资金', 'provincial reward fund'), 1e8, '§三(一)', {zh: '省级奖励资金', en: 'Provincial reward pool', max: 1e11}),
		asLever(optionalDef('transfers', 'rewardWeightSettlers', 'share', SHARE, undefined, '因素权重:落户人数', 'factor weight: settlers'), 0.05, '§三(一)', {zh: '奖励权重:落户', en: 'Reward weight: settlers'}),
		asLever(optionalDef('transfers', 'rewardWeightPermits', 'share', SHARE, undefined, '因素权重:居住证持有人', 'factor weight: residence-permit holders'), 0.05, '§三(一)', {zh: '奖励权重:居住证', en: 'Reward weight: permits'}),
		asLever(optionalDef('transfers', 'rewardWeightDifficulty', 'share', SHARE, undefined, '因素权重:财政困难程度', 'factor weight: fiscal difficulty'), 0.05, '§三(一)', {zh: '奖励权重:困难', en: 'Reward weight: difficulty'}),
		asLever(optionalDef('transfers', 'townTilt', 'ratio', [0, 10], [1, 2], '向县城和小城镇倾斜系数', 'tilt coefficient for settlers in county towns'), 0.1, '§三(一)', {zh: '县城小城镇倾斜系数', en: 'Town tilt of rewards', max: 5}),
		optionalDef('transfers', 'sizeTilt', 'ratio', [0, 10], [1, 2], '按城市规模倾斜系数', 'tilt coefficient by city size class (§三(一) 向中小城镇倾斜)'),
		asLever(optionalDef('transfers', 'smallMediumTilt', 'ratio', [0, 10], [1, 2], '中小城市倾斜系数', 'tilt for small and medium cities (the value sizeTilt takes for them)'), 0.05, '§三(一)', {zh: '中小城市倾斜系数', en: 'Small/medium city tilt', max: 5}),
		optionalDef('transfers', 'nationalWeightSettlers', 'share', SHARE, undefined, '中央分配因素权重:落户人数', "weight of settlers in the central fund's split among provinces"),
		optionalDef('transfers', 'nationalWeightPermits', 'share', SHARE, undefined, '中央分配因素权重:居住证持有人', "weight of permit holders in the central fund's split among provinces"),
		optionalDef('transfers', 'nationalWeightDifficulty', 'share', SHARE, undefined, '中央分配因素权重:财政困难', "weight of fiscal difficulty in the central fund's split among provinces"),
		optionalDef('transfers', 'nationalSettled', 'persons', NONNEG, [5e6, 3e7], '全国年落户人数', 'settlers a year in the whole country'),
		optionalDef('transfers', 'nationalOriginWeight', 'ratio', [0, 100], [0.8, 2], '全国落户平均来源权重', 'average origin weight of the national settlers'),
		optionalDef('transfers', 'nationalPermitHolders', 'persons', NONNEG, [1e7, 5e8], '全国居住证持有人', 'residence-permit holders in the whole country'),
		optionalDef('transfers', 'provinceDifficultyShare', 'share', SHARE, [0, 0.2], '本省财政困难因素占比', "the province's share of the national fiscal-difficulty factor"),
		optionalDef('transfers', 'rewardFloorShare', 'share', SHARE, [0, 0.05], '保底(占奖励资金)', 'floor per unit as a share of the pool'),
		optionalDef('transfers', 'rewardCapShare', 'share', SHARE, undefined, '封顶(占奖励资金)', 'cap per unit as a share of the pool'),
		def('transfers', 'generalTransferPerCapita', 'yuan_per_person', NONNEG, [0, 1e4], '均衡性转移支付人均标准', 'general transfer per standard person'),
		def('transfers', 'residentConversionRatio', 'share', SHARE, undefined, '常住人口折算比例', 'weight of a non-hukou resident in the general transfer formula'),
	],
	series: [
		flow('settledWeighted', 'persons', '当年落户(按来源加权)', 'settled this year, weighted by origin', 'settledSameUnit * originWeightSameUnit + settledIntraProvince * originWeightIntraProvince + settledCrossProvince * originWeightCrossProvince', {
			clause: '财预〔2022〕60号 第四条(三) 差异化的奖励标准',
		}),
		stock('cohortWeighted', 'persons', '累计落户(加权、退坡后)', 'settled since the base year, weighted and phased down', 'prev(cohortWeighted) * (1 - cohortPhaseDown) + settledWeighted', {
			initial: '0',
			clause: '财预〔2022〕60号 以前年度落户人口的奖励资金逐步退坡',
		}),
		stock('transferMovers', 'persons', '跨单位落户净迁入(累计)', 'settlers from elsewhere less hukou lost to other units, since the base year', 'prev(transferMovers) + settledIntraProvince + settledCrossProvince - hukouOutflow', {
			initial: '0',
			clause: '§三(一) 转移支付动态调整: same-unit settlers were already counted in full',
		}),
	],
} as const satisfies ModelDecl;
