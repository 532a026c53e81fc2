import ExcelJS from 'exceljs';
import {beforeAll, describe, expect, it} from 'vitest';
import {compareRuns} from '../../src/compare/index.js';
import {sheetUnit, writeCompareXlsx, writeRunXlsx, writeSweepXlsx} from '../../src/xlsx/index.js';
import {openRun, type Opened} from '../fixtures/compare/scenarios.js';

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
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Province 全省', 'Units 各市', 'Programs 资金分配', 'Targets 目标', 'Parameters 参数']);
	});

	it('reads back every unit series value as a number, in the unit its header names', () => {
		const ws = wb.getWorksheet('Units 各市')!;
		const rows = rowsOf(ws);
		const header = rows.slice(1, 5);
		const infos = base.scenario.seriesInfo;
		expect(header[0]!.slice(4)).toEqual(infos.map((s) => s.name));
		expect(header[3]!.slice(4)).toEqual(infos.map((s) => `${sheetUnit(s.measure).zh} ${sheetUnit(s.measure).en}`.trim()));
		const data = rows.slice(1 + header.length); // title row, then the 4 header rows
		expect(data.length).toBe(base.result.nUnits * base.result.nYears);
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
		expect(settled[3]).toBe('万人');
		base.result.years.forEach((_, t) => expect(close(settled[5 + t], base.result.province['settled']![t]! / 1e4)).toBe(true));
		const programs = rowsOf(wb.getWorksheet('Programs 资金分配')!).slice(4);
		const central2018 = programs.find((r) => r[0] === 'centralReward' && r[3] === 2018)!;
		const t = base.result.years.indexOf(2018);
		expect(close(central2018[4], base.result.programs[0]!.pool[t]! / 1e8)).toBe(true);
		const targets = rowsOf(wb.getWorksheet('Targets 目标')!).slice(2);
		const t2020 = targets.find((r) => r[0] === 'hukouRate2020')!;
		const run2020 = base.result.targets.find((r) => r.id === 'hukouRate2020')!;
		expect(t2020[5]).toBe(run2020.value);
		expect(t2020[8]).toBe(run2020.met);
	});

	it('lists parameters with unit, status and source', () => {
		const rows = rowsOf(wb.getWorksheet('Parameters 参数')!).slice(2);
		const w = rows.find((r) => r[0] === 'willingness')!;
		expect(w.slice(0, 6)).toEqual(['willingness', 'settlement', '落户意愿', 'willingness to settle (surveys: 30–40%)', 'share', 'estimate']);
		expect(w[6]).toMatch(/30–40%/);
		expect(w[10]).toBe(0.35);
		const health = rows.find((r) => r[0] === 'healthSubsidy')!;
		expect(health.slice(10)).toEqual([420, 450, 490, 520, 550]);
		const cap = rows.find((r) => r[0] === 'landProvincialCap')!;
		expect(cap[10] ?? null).toBe(null); // none: no limit, an empty cell
	});
});

describe('compare workbook', () => {
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
