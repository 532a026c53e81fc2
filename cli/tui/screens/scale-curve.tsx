/** The scaling-curve overlay of a city (c in city detail; c or Esc closes). */
import {useMemo} from 'react';
import {Lines} from '../components/Lines.js';
import {cityCurve, curveLines} from '../lib/curve-lines.js';
import type {ViewProps} from '../lib/screen-props.js';
import {plain, type Line} from '../lib/seg.js';
import {foldLines} from '../lib/wrap.js';

export function ScaleCurveView({ctx, s, run, unit}: ViewProps & {readonly unit: number}) {
	const {scenario, width, height} = ctx;
	// The base year has no flows: the curve starts with the first simulated year.
	const year = scenario.years[Math.max(1, s.t)]!;
	const id = run.result.units[unit]!.id;
	const values = s.levers;
	const lines = useMemo((): Line[] => {
		try {
			return foldLines(curveLines(cityCurve(scenario, values, id, year), width), width);
		} catch (error) {
			return [plain(`规模曲线无法计算 The curve could not be computed: ${error instanceof Error ? error.message : String(error)}`)];
		}
	}, [scenario, values, id, year, width]);
	return <Lines lines={lines} width={width} height={height} />;
}
