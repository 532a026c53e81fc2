/**
 * Analytic test functions with known Sobol' indices, shipped in the product so users can check the
 * methods themselves (`hukou-sim sweep --model ishigami|sobol-g|linear`).
 * - Ishigami & Homma (1990), "An importance quantification technique in uncertainty analysis for
 *   computer models", ISUMA '90: f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³.
 * - Sobol' G (Saltelli & Sobol' 1995, RESS 50, 225–239): f = ∏ (|4x_i − 2| + a_i)/(1 + a_i) on [0,1]^k.
 * - A linear model f = c0 + Σ c_i x_i: S_i = ST_i = c_i² var(x_i) / Σ c_j² var(x_j), Morris μ* = |c_i|·range.
 */
import {uniformProblem, type Problem} from './problem.js';

export interface TestFunction {
	name: string;
	problem: Problem;
	outputs: string[];
	evaluate(x: ArrayLike<number>): number[];
	/** Closed-form first-order and total indices for uniform inputs. */
	S1: number[];
	ST: number[];
}

export function ishigami(a = 7, b = 0.1): TestFunction {
	const pi = Math.PI;
	const v1 = 0.5 * (1 + (b * pi ** 4) / 5) ** 2;
	const v2 = a ** 2 / 8;
	const v13 = ((b ** 2 * pi ** 8) / 18 - (b ** 2 * pi ** 8) / 50);
	const V = v1 + v2 + v13;
	return {
		name: 'ishigami',
		problem: uniformProblem([['x1', -pi, pi], ['x2', -pi, pi], ['x3', -pi, pi]]),
		outputs: ['y'],
		evaluate: (x) => [Math.sin(x[0]!) + a * Math.sin(x[1]!) ** 2 + b * x[2]! ** 4 * Math.sin(x[0]!)],
		S1: [v1 / V, v2 / V, 0],
		ST: [(v1 + v13) / V, v2 / V, v13 / V],
	};
}

export const SOBOL_G_A = [0, 1, 4.5, 9, 99, 99, 99, 99] as const;

export function sobolG(a: readonly number[] = SOBOL_G_A): TestFunction {
	const Vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
	const prod = Vi.reduce((p, v) => p * (1 + v), 1);
	const V = prod - 1;
	return {
		name: 'sobol-g',
		problem: uniformProblem(a.map((_, i) => [`x${i + 1}`, 0, 1] as const)),
		outputs: ['y'],
		evaluate: (x) => {
			let y = 1;
			for (let i = 0; i < a.length; i++) y *= (Math.abs(4 * x[i]! - 2) + a[i]!) / (1 + a[i]!);
			return [y];
		},
		S1: Vi.map((v) => v / V),
		ST: Vi.map((v) => (v * (prod / (1 + v))) / V),
	};
}

export const LINEAR_COEFFICIENTS = [1, -2, 3, 0.5, 0] as const;
export const LINEAR_BOUNDS: readonly (readonly [number, number])[] = [[0, 1], [0, 2], [-1, 1], [10, 20], [0, 1]];

export function linearModel(c: readonly number[] = LINEAR_COEFFICIENTS, bounds = LINEAR_BOUNDS, c0 = 1): TestFunction {
	const contrib = c.map((ci, i) => (ci ** 2 * (bounds[i]![1] - bounds[i]![0]) ** 2) / 12);
	const V = contrib.reduce((s, v) => s + v, 0);
	const S = contrib.map((v) => v / V);
	return {
		name: 'linear',
		problem: uniformProblem(c.map((_, i) => [`x${i + 1}`, bounds[i]![0], bounds[i]![1]] as const)),
		outputs: ['y'],
		evaluate: (x) => {
			let y = c0;
			for (let i = 0; i < c.length; i++) y += c[i]! * x[i]!;
			return [y];
		},
		S1: S,
		ST: S,
	};
}

export const TEST_FUNCTIONS = {ishigami: () => ishigami(), 'sobol-g': () => sobolG(), linear: () => linearModel()} as const;
export type TestFunctionName = keyof typeof TEST_FUNCTIONS;
