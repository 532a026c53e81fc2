/**
 * Save the levers as a scenario overlay: `extends: <the loaded file>` plus only the changed
 * parameters (status: user), and the whole land-tier table when a tier changed (lists are replaced
 * whole by `extends:` merging). `hukou-sim run <overlay>` then gives the TUI's figures.
 */
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {stringify} from 'yaml';
import type {CompiledScenario} from '../../../src/index.js';
import {writeFileAtomic} from '../../../src/runner/atomic-write.js';
import {changedLevers, type LeverValues} from './levers.js';
import {checkOutputPath} from '../../output.js';

type Doc = Record<string, unknown>;

export function overlayDocument(scenario: CompiledScenario, values: LeverValues, outFile: string): Doc {
	const rel = path.relative(path.dirname(path.resolve(outFile)), scenario.file).split(path.sep).join('/');
	const changed = changedLevers(scenario, values);
	const doc: Doc = {
		extends: rel,
		name: {zh: `${scenario.name.zh}(终端界面调整)`, en: `${scenario.name.en} (edited in the TUI)`},
	};
	const sections: Record<string, Doc> = {};
	const entry = (parameter: string): Doc => {
		const section = scenario.parameterInfo.get(parameter)?.section ?? 'custom';
		const bySection = (sections[section] ??= {});
		return (bySection[parameter] ??= {status: 'user', note: 'edited in hukou-sim tui'}) as Doc;
	};
	const yamlValue = (v: number) => (Number.isFinite(v) ? v : 'none');
	for (const lever of changed) {
		const t = lever.target;
		const v = values.get(lever.id)!;
		if (t.kind === 'param') entry(t.parameter)['values'] = yamlValue(v);
		else if (t.kind === 'paramUnit') {
			const e = entry(t.parameter);
			e['byUnit'] = {...((e['byUnit'] as Doc | undefined) ?? {}), [t.unit]: yamlValue(v)};
		}
	}
	if (Object.keys(sections).length > 0) doc['parameters'] = sections;
	if (changed.some((l) => l.target.kind === 'tier')) {
		const tiers = scenario.land.tiers.map((tier, i) => ({...(Number.isFinite(tier.upTo) ? {upTo: tier.upTo} : {}), standard: values.get(`landTier${i}`) ?? tier.standard}));
		doc['landTiers'] = {rows: tiers, status: 'user', note: 'edited in hukou-sim tui'};
	}
	return doc;
}

export function overlayText(scenario: CompiledScenario, values: LeverValues, outFile: string): string {
	const changed = changedLevers(scenario, values);
	const head = [
		'# Scenario overlay written by `hukou-sim tui`: the loaded scenario plus the levers changed in the UI.',
		`# Changed: ${changed.map((l) => l.id).join(', ') || 'nothing'}. Run it with: hukou-sim run ${outFile}`,
	];
	return `${head.join('\n')}\n${stringify(overlayDocument(scenario, values, outFile), {lineWidth: 0})}`;
}

/** Write atomically (temporary sibling, then rename); returns the absolute path. */
export function saveOverlay(scenario: CompiledScenario, values: LeverValues, outFile: string): string {
	// Never over the scenario (or a file it extends, or its table): the overlay would replace what it extends.
	const abs = checkOutputPath(outFile);
	mkdirSync(path.dirname(abs), {recursive: true});
	writeFileAtomic(abs, overlayText(scenario, values, outFile));
	return abs;
}

/** Default file name: next to the loaded scenario, `<name>-tui.yaml`. */
export function defaultOverlayPath(scenario: CompiledScenario): string {
	const base = path.basename(scenario.file).replace(/\.ya?ml$/i, '');
	return path.join(path.dirname(scenario.file), `${base}-tui.yaml`);
}
