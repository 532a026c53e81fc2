import ExcelJS from 'exceljs';
import {beforeAll, describe, expect, it} from 'vitest';
import {compareRuns} from '../../src/compare/index.js';
import stringWidth from 'string-width';
import {PUBLISHED_YUAN} from '../../src/allocation/table.js';
import {sheetUnit, writeAllocationXlsx, writeCompareXlsx, writeRunXlsx, writeSweepXlsx} from '../../src/xlsx/index.js';
import {unitHeader} from '../../src/xlsx/measure.js';
import {allocationTable} from '../../src/allocation/table.js';
import {openFixture} from '../fixtures/allocation/open.js';
import {openScenario, simulate} from '../../src/index.js';
import {openRun, scenarioPath, type Opened} from '../fixtures/compare/scenarios.js';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	return wb;
}

const rowsOf = (ws: ExcelJS.Worksheet) => {
	const out: unknown[][] = [];
	ws.eachRow({includeEmpty: true}, (row) => out.push((row.values as unknown[]).slice(1)));
	return out;
};

const close = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

let base: Opened;
let tilt: Opened;
beforeAll(() => {
	base = openRun('henan-2017.yaml');
	tilt = openRun('henan-2017-town-tilt.yaml');
});

describe('run workbook', () => {
	let wb: ExcelJS.Workbook;
	beforeAll(async () => {
		wb = await read(await writeRunXlsx(base.scenario, base.result));
	});

	it('has one sheet per topic', () => {
		expect(wb.worksheets.map((w) => w.name)).toEqual([
			'Province 全省',
			'Units 各市',
			'Programs 资金分配',
			...base.result.programs.map((p) => `${p.id} 测算表`),
			'Targets 目标',
			'Parameters 参数',
		]);
	});

	it('reads back every unit series value as a number, in the unit its header names', () => {
		const ws = wb.getWorksheet('Units 各市')!;
		const rows = rowsOf(ws);
		const header = rows.slice(1, 5);
		const infos = base.scenario.seriesInfo;
		expect(header[0]!.slice(4)).toEqual(infos.map((s) => s.name));
		expect(header[3]!.slice(4)).toEqual(infos.map((s) => unitHeader(sheetUnit(s.measure))));
		// Title row, the 4 header rows, the data, then one 全省 total row per year.
		const data = rows.slice(1 + header.length, 1 + header.length + base.result.nUnits * base.result.nYears);
		const totals = rows.slice(1 + header.length + data.length);
		expect(totals.map((r) => [r[0], r[3]])).toEqual(base.result.years.map((y) => ['province', y]));
		const settledCol = 4 + infos.findIndex((s) => s.name === 'settled');
		base.result.years.forEach((_, t) => expect(close(totals[t]![settledCol], base.result.province['settled']![t]! / 1e4)).toBe(true));
		const n = base.result.nUnits;
		let checked = 0;
		data.forEach((row, i) => {
			const t = Math.floor(i / n);
			const u = i % n;
			expect(row[0]).toBe(base.result.units[u]!.id);
			expect(row[3]).toBe(base.result.years[t]);
			infos.forEach((s, k) => {
				const v = base.result.series[s.name]![t * n + u]!;
				expect(close(row[4 + k], v / sheetUnit(s.measure).divisor), `${s.name} ${u} ${t}`).toBe(true);
				checked++;
			});
		});
		expect(checked).toBe(infos.length * n * base.result.nYears);
	});

	it('reads back the province, programs and targets', () => {
		const province = rowsOf(wb.getWorksheet('Province 全省')!).slice(2);
		const settled = province.find((r) => r[0] === 'settled')!;
		expect(settled[3]).toBe('万人 10k persons');
		base.result.years.forEach((_, t) => expect(close(settled[4 + t], base.result.province['settled']![t]! / 1e4)).toBe(true));
		const programs = rowsOf(wb.getWorksheet('Programs 资金分配')!).slice(4);
		const central2018 = programs.find((r) => r[0] === 'centralReward' && r[3] === 2018)!;
		const t = base.result.years.indexOf(2018);
		expect(close(central2018[4], base.result.programs[0]!.pool[t]! / 1e8)).toBe(true);
		expect(close(central2018[5], base.result.programs[0]!.pool[t]! / 1e8)).toBe(true);
		// The base year is data: no program rows for it.
		expect(programs.some((r) => r[3] === base.result.years[0])).toBe(false);
		const targets = rowsOf(wb.getWorksheet('Targets 目标')!).slice(2);
		const t2020 = targets.find((r) => r[0] === 'hukouRate2020')!;
		const run2020 = base.result.targets.find((r) => r.id === 'hukouRate2020')!;
		// In the display unit (%), the unit named, met in words.
		expect(close(t2020[5], run2020.value * 100)).toBe(true);
		expect(t2020[8]).toBe('%');
		expect(t2020[9]).toBe(run2020.met ? '达标 met' : '未达标 not met');
		const gain = targets.find((r) => r[0] === 'hukouRateAnnualGain' && r[4] === 2018)!;
		expect(gain[7]).toBeCloseTo(2, 12);
		expect(gain[8]).toBe('百分点 points');
		expect(targets.every((r) => r[9] === '达标 met' || r[9] === '未达标 not met')).toBe(true);
	});

	it('lists parameters with unit, status and source', () => {
		const rows = rowsOf(wb.getWorksheet('Parameters 参数')!).slice(2);
		const w = rows.find((r) => r[0] === 'willingness')!;
		expect(w.slice(0, 4)).toEqual(['willingness', '落户意愿', '全省 province', '%']);
		expect(w.slice(4, 9)).toEqual([0.35, 0.35, 0.35, 0.35, 0.35]);
		expect(w.slice(9, 13)).toEqual(['settlement', 'willingness to settle (surveys: 30–40%)', 'share', 'estimate']);
		expect(w[13]).toMatch(/30–40%/);
		const health = rows.find((r) => r[0] === 'healthSubsidy')!;
		expect(health.slice(3, 9)).toEqual(['元/人 yuan/person', 420, 450, 490, 520, 550]);
		const cap = rows.find((r) => r[0] === 'landProvincialCap')!;
		expect(cap[4] ?? null).toBe(null); // none: no limit, an empty cell
		// Money in 亿元: a pool of 10亿 reads 10.
		const pool = rows.find((r) => r[0] === 'infraSubsidyCentralPool')!;
		expect(pool.slice(3, 5)).toEqual(['亿元 100M yuan', 10]);
		// Per-unit and per-class values, each on its own row under the province value.
		const social = rows.filter((r) => r[0] === 'socialInsuranceYears');
		expect(social.map((r) => [r[2], r[4]])).toEqual([['全省 province', 1], ['zhengzhou 郑州', 2]]);
		const infra = rows.filter((r) => r[0] === 'infraCostPerPerson');
		expect(infra.map((r) => [r[2], r[4]])).toEqual([['全省 province', 30000], ['sizeClass = small', 20000], ['sizeClass = medium', 30000], ['sizeClass = II-large', 60000], ['sizeClass = I-large', 100000]]);
	});
});

describe('print-ready workbooks', () => {
	let wb: ExcelJS.Workbook;
	beforeAll(async () => {
		wb = await read(await writeRunXlsx(base.scenario, base.result));
	});
	const frozen: Record<string, number> = {'Province 全省': 3, 'Units 各市': 4, 'Programs 资金分配': 4, 'Targets 目标': 2, 'Parameters 参数': 3};

	it('freezes the header rows and the id and name columns, and filters every table', () => {
		for (const ws of wb.worksheets) {
			const view = ws.views[0] as {state: string; xSplit: number; ySplit: number};
			expect(view.state, ws.name).toBe('frozen');
			expect(view.xSplit, ws.name).toBe(frozen[ws.name] ?? 4);
			// The autofilter sits on the last header row and spans the table.
			const filter = String(ws.autoFilter);
			const [from, to] = filter.split(':');
			expect(from, ws.name).toBe(`A${view.ySplit}`);
			expect(Number(to!.replace(/^[A-Z]+/, '')), ws.name).toBeGreaterThan(view.ySplit);
			expect(ws.getRow(view.ySplit + 1).getCell(1).value, ws.name).not.toBe(null);
		}
	});

	it('prints on A4 landscape, fitted to the width, with the title and header rows on every page', () => {
		for (const ws of wb.worksheets) {
			const ps = ws.pageSetup;
			const view = ws.views[0] as {ySplit: number};
			expect(ps.paperSize, ws.name).toBe(9);
			expect(ps.orientation, ws.name).toBe('landscape');
			expect(ps.fitToPage, ws.name).toBe(true);
			expect(ps.fitToHeight, ws.name).toBe(0);
			expect(ps.printTitlesRow, ws.name).toBe(`1:${view.ySplit}`);
			// One page wide, or (the 60-series units sheet) a few pages with the id and name columns repeated.
			if (ps.fitToWidth !== 1) expect(ps.printTitlesColumn, ws.name).toMatch(/^A:[A-Z]$/);
		}
		expect(wb.getWorksheet('centralReward 测算表')!.pageSetup.fitToWidth).toBe(1);
		expect(wb.getWorksheet('Targets 目标')!.pageSetup.fitToWidth).toBe(1);
	});

	it('fits every column to its content, a Chinese character counting two', () => {
		for (const ws of wb.worksheets) {
			const view = ws.views[0] as {ySplit: number};
			const widths = new Set<number>();
			ws.columns.forEach((col, j) => {
				const width = col.width ?? 9;
				widths.add(width);
				let longest = 0;
				ws.eachRow((row, r) => {
					if (r <= view.ySplit) return;
					const cell = row.getCell(j + 1);
					// Long text wraps in its cell (and the row is made taller) rather than widening the column.
					// Notes under a table (italic) run across the empty cells to their right.
					if (typeof cell.value === 'string' && !cell.alignment?.wrapText && !cell.font?.italic) longest = Math.max(longest, stringWidth(cell.value));
				});
				expect(width, `${ws.name} column ${j + 1}`).toBeGreaterThanOrEqual(longest);
			});
			expect(widths.size, ws.name).toBeGreaterThan(2);
		}
		const city = wb.getWorksheet('Units 各市')!.getColumn(2);
		expect(city.width).toBeGreaterThanOrEqual(stringWidth('平顶山') + 2);
	});

	it('has a 测算表 per program whose year totals equal the pool', () => {
		for (const p of base.result.programs) {
			const rows = rowsOf(wb.getWorksheet(`${p.id} 测算表`)!);
			const header = rows.slice(1, 4);
			const amountCol = header[1]!.indexOf('amount');
			const publishedCol = header[1]!.indexOf('published');
			expect(amountCol).toBeGreaterThan(0);
			expect(header[2]![publishedCol]).toBe('万元 10k yuan');
			const totals = rows.filter((r) => r[1] === 'total');
			expect(totals.map((r) => r[0])).toEqual(base.result.years.slice(1));
			totals.forEach((r, k) => {
				const t = k + 1;
				const pool = p.pool[t]! - p.unallocated[t]!;
				expect(r[2]).toBe('合计');
				expect(r[publishedCol]).toBe(Math.round(pool / PUBLISHED_YUAN));
				expect(close(r[amountCol], pool / 1e4) || Math.abs((r[amountCol] as number) - pool / 1e4) < 1e-6).toBe(true);
				const units = rows.filter((x) => x[0] === base.result.years[t] && x[1] !== 'total' && typeof x[publishedCol] === 'number');
				expect(units.length).toBe(base.result.nUnits);
				expect(units.reduce((a, x) => a + (x[publishedCol] as number), 0)).toBe(r[publishedCol]);
			});
		}
	});

	it('keeps one set of columns over the years of a sheet when a floor starts in a later year', async () => {
		const {scenario, result} = openFixture('allocation/floor-from-2019.yaml');
		const tables = [1, 2, 3, 4].map((t) => allocationTable(scenario, result, 'centralReward', t));
		const rows = rowsOf((await read(await writeAllocationXlsx(scenario, tables))).worksheets[0]!);
		const header = rows[2]!;
		const floorCol = header.indexOf('floor');
		expect(floorCol).toBeGreaterThan(0);
		const jiyuan = rows.filter((r) => r[1] === 'jiyuan');
		expect(jiyuan.map((r) => r[0])).toEqual([2017, 2018, 2019, 2020]);
		for (const r of jiyuan) expect(r.length).toBeLessThanOrEqual(header.length);
		// Before 2019 the floor is 0; from 2019 the floor column holds 3% of the pool, in 万元.
		expect(jiyuan.slice(0, 2).map((r) => r[floorCol])).toEqual([0, 0]);
		jiyuan.slice(2).forEach((r, k) => expect(close(r[floorCol], (0.03 * result.programs.find((p) => p.id === 'centralReward')!.pool[k + 3]!) / 1e4)).toBe(true));
	});

	it('names the bound in words in the allocation workbook', async () => {
		const {scenario, result} = openFixture('compare/reward-cap-10.yaml');
		const tables = [1, 2, 3, 4].map((t) => allocationTable(scenario, result, 'centralReward', t));
		const one = await read(await writeAllocationXlsx(scenario, tables));
		expect(one.worksheets.map((w) => w.name)).toEqual(['centralReward 测算表']);
		const rows = rowsOf(one.worksheets[0]!);
		const boundCol = rows[2]!.indexOf('bound');
		const zz = rows.filter((r) => r[1] === 'zhengzhou');
		expect(zz.map((r) => r[boundCol])).toEqual(['封顶 cap', '封顶 cap', '封顶 cap', '封顶 cap']);
		expect(rows.filter((r) => r[1] === 'kaifeng').map((r) => r[boundCol])).toEqual(Array(4).fill('按因素 none'));
	});
});

describe('a standalone scenario (no unit table, no programs)', () => {
	it('has a workbook too, without program sheets', async () => {
		const scenario = openScenario(scenarioPath('examples/ishigami.yaml'));
		const wb = await read(await writeRunXlsx(scenario, simulate(scenario)));
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Province 全省', 'Units 各市', 'Programs 资金分配', 'Targets 目标', 'Parameters 参数']);
	});
});

describe('compare workbook', () => {
	it('lists a changed parameter in the unit of its measure: the land cap in 公顷, not m²', async () => {
		const wb = await read(await writeCompareXlsx([compareRuns(base, openRun('henan-2017-land-cap.yaml'))]));
		const changed = rowsOf(wb.getWorksheet('Changed 改变的参数')!).slice(2);
		expect(changed.find((r) => r[1] === 'parameters.land.landProvincialCap.values')!.slice(5, 8)).toEqual(['none', 10_000, '公顷 ha']);
	});

	it('round-trips the deltas and the gainers and losers', async () => {
		const c = compareRuns(base, tilt);
		const wb = await read(await writeCompareXlsx([c]));
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Changed 改变的参数', 'Province Δ 全省', 'Units Δ 各市', 'Programs 资金分配', 'Targets 目标']);
		const changed = rowsOf(wb.getWorksheet('Changed 改变的参数')!).slice(2);
		expect(changed.find((r) => r[1] === 'parameters.transfers.townTilt.values')!.slice(5, 9)).toEqual([1.2, 2, 'coefficient', 'user']);
		const units = rowsOf(wb.getWorksheet('Units Δ 各市')!).slice(2);
		const d = c.deltas.series['transfers']!;
		const zz = units.find((r) => r[1] === 'zhengzhou' && r[3] === 'transfers' && r[8] === 2020)!;
		expect(close(zz[9], d.base[0]![4]! / 1e8)).toBe(true);
		expect(close(zz[10], d.alt[0]![4]! / 1e8)).toBe(true);
		expect(close(zz[11], d.abs[0]![4]! / 1e8)).toBe(true);
		expect(zz[12]).toBe(d.pct[0]![4]);
		const programs = rowsOf(wb.getWorksheet('Programs 资金分配')!).slice(2);
		const total = programs.filter((r) => r[1] === 'centralReward' && r[4] === 'total');
		expect(total.length).toBe(base.result.nUnits);
		const p = c.programs.find((x) => x.id === 'centralReward')!;
		expect(total.map((r) => r[5])).toEqual(p.total.map((r) => r.unit));
		// Targets in the plan's units: the annual gain in 百分点, met as ✓/✗.
		const targets = rowsOf(wb.getWorksheet('Targets 目标')!).slice(2);
		const gain = targets.find((r) => r[1] === 'hukouRateAnnualGain' && r[4] === 2018)!;
		const t = c.targets.find((x) => x.id === 'hukouRateAnnualGain' && x.year === 2018)!;
		expect(gain[6]).toBeCloseTo(2, 12);
		expect(gain[7]).toBeCloseTo(t.base!.value * 100, 12);
		expect(gain[8]).toBe('✗');
		expect(gain[12]).toBe('百分点 points');
	});
});

describe('sweep workbook', () => {
	it('puts runs, indices and metadata on their sheets, numbers as numbers', async () => {
		const wb = await read(
			await writeSweepXlsx({
				runsCsv: 'run,willingness,hukouRate2020,error\n0,0.3,0.361,\n1,0.4,0.372,\n2,0.35,,diverged\n',
				indicesCsv: 'outcome,input,S1,ST\nhukouRate2020,willingness,0.91,0.93\n',
				metadata: {method: 'sobol', runs: 3, seed: 42, inputs: ['willingness']},
			}),
		);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Runs 运行', 'Indices 敏感性指标', 'Metadata 元数据']);
		const runs = rowsOf(wb.getWorksheet('Runs 运行')!);
		expect(runs[1]).toEqual(['run', 'willingness', 'hukouRate2020', 'error']);
		expect(runs[2]!.slice(0, 3)).toEqual([0, 0.3, 0.361]);
		expect(runs[4]![3]).toBe('diverged');
		const meta = rowsOf(wb.getWorksheet('Metadata 元数据')!).slice(2);
		expect(meta).toContainEqual(['runs', 3]);
		expect(meta).toContainEqual(['inputs', 'willingness']);
	});
});
