/** Uncertainties and levers must name parameters the scenario has, with sensible distributions. */
import type {Diagnostic} from '../errors/diagnostic.js';
import {didYouMean} from '../errors/did-you-mean.js';
import type {ScenarioFile} from './schema.js';

type Report = (severity: Diagnostic['severity'], path: readonly (string | number)[], message: string, extra?: Partial<Diagnostic>) => void;

export function checkSweepSpecs(data: ScenarioFile, parameterIds: readonly string[], report: Report): void {
	const known = new Set(parameterIds);
	const check = (list: 'uncertainties' | 'levers', i: number, parameter: string) => {
		if (!known.has(parameter)) {
			report('error', [list, i, 'parameter'], `unknown parameter "${parameter}"`, {value: parameter, expected: 'the id of a parameter of the scenario', hint: didYouMean(parameter, parameterIds) ?? 'custom parameters must be declared under parameters.custom first'});
		}
	};
	data.uncertainties?.forEach((u, i) => {
		check('uncertainties', i, u.parameter);
		const d = u.dist;
		const bad = (message: string) => report('error', ['uncertainties', i, 'dist'], message, {value: d});
		if ((d.type === 'uniform' || d.type === 'truncnormal') && !(d.min < d.max)) bad('min must be less than max');
		if (d.type === 'triangular' && !(d.min <= d.mode && d.mode <= d.max && d.min < d.max)) bad('a triangular distribution needs min ≤ mode ≤ max and min < max');
		if (d.type === 'discrete' && d.weights && d.weights.length !== d.values.length) bad('weights must have one entry per value');
	});
	data.levers?.forEach((l, i) => check('levers', i, l.parameter));
}
