/**
 * A synthetic scenario for `npm run bench`: the baseline's parameters and programs over many units
 * with a seeded spread of sizes (3,000 units: the county level of all of China).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {compileScenario, loadScenario, type CompiledScenario} from '../src/index.js';
import {PACKAGE_ROOT} from './paths.js';

/** 3,000 units with a seeded spread of sizes; the baseline's parameters and programs. */
export function syntheticScenario(units: number, endYear: number): CompiledScenario {
	const classes = ['small', 'medium', 'II-large', 'I-large'];
	let seed = 12345;
	const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const rows = ['id,name_zh,name_en,residentPop_10k,urbanResidentPop_10k,hukouPop_10k,urbanHukouPop_10k,centralCityShare,sizeClass,urbanLand_km2'];
	// The first units take the baseline's ids, so that its per-unit entries (byUnit) still name units of the table.
	const baseIds = readFileSync(path.join(PACKAGE_ROOT, 'scenarios', 'data', 'henan-2016-units.csv'), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean);
	for (let i = 0; i < units; i++) {
		const pop = 10 + rand() * 150;
		const urban = pop * (0.3 + rand() * 0.5);
		const hukou = pop * (0.9 + rand() * 0.3);
		const id = baseIds[i] ?? `county-${i}`;
		const share = (0.2 + rand() * 0.6).toFixed(2);
		const size = classes[Math.floor(rand() * 4)];
		const land = (urban * 0.012 * (0.6 + rand())).toFixed(2);
		rows.push(`${id},县${i},County ${i},${pop.toFixed(2)},${urban.toFixed(2)},${hukou.toFixed(2)},${(urban * 0.6).toFixed(2)},${share},${size},${land}`);
	}
	const baseline = path.join(PACKAGE_ROOT, 'scenarios', 'henan-2017.yaml');
	const yaml = readFileSync(baseline, 'utf8')
		.replace('file: data/henan-2016-units.csv', 'file: synthetic-units.csv')
		.replace(/ {2}totals:\n( {4}.*\n)+/, '')
		// The synthetic table's land column is urbanLand_km2 (no 2021 built-up proxy to give a status to).
		.replace('    builtUpArea2021_km2: verified\n', '')
		.replace('years: {base: 2016, end: 2020}', `years: {base: 2016, end: ${endYear}}`);
	const files: Record<string, string> = {'/virtual/synthetic.yaml': yaml, '/virtual/synthetic-units.csv': `${rows.join('\n')}\n`};
	return compileScenario(loadScenario('/virtual/synthetic.yaml', (p) => files[p] ?? readFileSync(p, 'utf8')));
}
