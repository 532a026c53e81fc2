/**
 * Evaluate a block of rows and format their runs.csv lines. Runs on a worker thread (or inline);
 * a run that throws or returns a non-finite output is recorded with its error, and the block goes on.
 * `text` chooses the lines: every column, outputs only (inputs are regenerated from seed + design),
 * or none (runs.parquet is written from the binary outputs).
 */
import {csvField, formatNumber} from './csv.js';
import type {Model} from './model.js';

export interface ChunkResult {
	start: number;
	count: number;
	/** Outputs, count × m row-major; NaN where a run failed. */
	Y: Float64Array;
	/** The block's lines of runs.csv. */
	csv: string;
	failures: {run: number; error: string}[];
}

function errorText(e: unknown): string {
	const s = e instanceof Error ? e.message : String(e);
	return s.replace(/\s+/g, ' ').trim() || 'unknown error';
}

export type ChunkText = 'all' | 'outputs' | 'none';

export function evaluateChunk(model: Model, X: Float64Array, k: number, start: number, text: ChunkText = 'all'): ChunkResult {
	const count = X.length / k;
	const m = model.outputs.length;
	const Y = new Float64Array(count * m).fill(Number.NaN);
	const failures: ChunkResult['failures'] = [];
	const lines: string[] = [];
	// The row handed to the model: a copy (the model may write to it), one array for the block.
	const x = new Float64Array(k);
	// An input column's last number and its text: consecutive rows of a Saltelli or Morris design share
	// most of their inputs, so most inputs need no formatting (the text of 0 and −0 is the same "0").
	const lastValue = new Float64Array(k).fill(Number.NaN);
	const lastText: string[] = new Array<string>(k).fill('');
	for (let r = 0; r < count; r++) {
		for (let j = 0; j < k; j++) x[j] = X[r * k + j]!;
		let error = '';
		try {
			const y = model.evaluate(x);
			let bad: string[] | undefined;
			for (let j = 0; j < m; j++) {
				const v = y[j];
				if (typeof v === 'number' && Number.isFinite(v)) Y[r * m + j] = v;
				else (bad ??= []).push(`${model.outputs[j]}=${v}`);
			}
			if (bad) error = `non-finite output: ${bad.join(', ')}`;
		} catch (e) {
			error = errorText(e);
		}
		if (error) failures.push({run: start + r, error});
		if (text === 'none') continue;
		let line = String(start + r);
		if (text === 'all') {
			for (let j = 0; j < k; j++) {
				const v = X[r * k + j]!;
				if (v !== lastValue[j]) {
					lastValue[j] = v;
					lastText[j] = formatNumber(v);
				}
				line += ',' + lastText[j]!;
			}
		}
		for (let j = 0; j < m; j++) line += ',' + formatNumber(Y[r * m + j]!);
		lines.push(line + ',' + csvField(error) + '\n');
	}
	return {start, count, Y, csv: lines.join(''), failures};
}
