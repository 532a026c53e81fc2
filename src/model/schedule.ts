/**
 * The order of a year. Every equation reads the unit's own values, so equations that need no
 * province figure in between are computed in one loop over the units (fused); a phase ends where
 * an equation needs a sum over units or an allocation of values computed in it. Phases:
 *   per-unit series   max(phase of the series it reads, phase of the province figures it reads + 1)
 *   sum over units    accumulated in the loop of the phase of what it sums
 *   province formula  after the loop of the phase of what it reads (before the first loop if none)
 *   allocation        after the loop of its inputs; the series it writes is read from the next phase
 * A cycle (a series that needs itself this year) is reported with the names on it.
 */
import {ExpressionError} from '../errors/expression-error.js';
import {blockInputs, type ModelGraph, type Origin, type Step} from './graph.js';
import {dependencies, type RAst} from './rast.js';

type Graph = Omit<ModelGraph, 'baseSteps' | 'yearSteps'>;
type Report = (origin: Origin, error: ExpressionError, text: string) => void;

export function scheduleOf(graph: Graph, report: Report): {baseSteps: Step[]; yearSteps: Step[]} {
	return {baseSteps: schedule(graph, report, true), yearSteps: schedule(graph, report, false)};
}

function schedule(graph: Graph, report: Report, base: boolean): Step[] {
	const nS = graph.series.length;
	const nQ = graph.scalars.length;
	const sPhase = new Int32Array(nS).fill(-2);
	const qPhase = new Int32Array(nQ).fill(-2);
	const bPhase = new Int32Array(graph.blocks.length).fill(-2);
	const onPath: string[] = [];
	const eqOf = (s: number): RAst | undefined => (base ? graph.series[s]!.initial : graph.series[s]!.eq);
	const active = (s: number): boolean => (base ? graph.series[s]!.initial !== undefined : graph.series[s]!.eq !== undefined || graph.series[s]!.block !== undefined);
	const cycle = (name: string): never => {
		const at = onPath.indexOf(name);
		throw new CycleError([...onPath.slice(at), name]);
	};
	const seriesPhase = (s: number): number => {
		if (sPhase[s] !== -2) {
			if (sPhase[s] === -3) cycle(graph.series[s]!.name);
			return sPhase[s]!;
		}
		// A series with no equation this year (the base year of a flow) is 0, ready before anything.
		if (!active(s)) return (sPhase[s] = -1);
		sPhase[s] = -3;
		onPath.push(graph.series[s]!.name);
		let p = 0;
		const block = graph.series[s]!.block;
		if (!base && block !== undefined) p = blockPhase(block) + 1;
		else {
			const d = dependencies(eqOf(s));
			for (const x of d.series) p = Math.max(p, seriesPhase(x));
			for (const q of d.scalars) p = Math.max(p, scalarPhase(q) + 1);
		}
		onPath.pop();
		return (sPhase[s] = p);
	};
	const scalarPhase = (q: number): number => {
		if (qPhase[q] !== -2) {
			if (qPhase[q] === -3) cycle(graph.scalars[q]!.name);
			return qPhase[q]!;
		}
		qPhase[q] = -3;
		onPath.push(graph.scalars[q]!.name);
		const node = graph.scalars[q]!;
		const d = dependencies(node.body);
		let p = node.kind === 'reduce' ? 0 : -1;
		for (const x of d.series) p = Math.max(p, seriesPhase(x));
		for (const y of d.scalars) p = Math.max(p, scalarPhase(y) + (node.kind === 'reduce' ? 1 : 0));
		onPath.pop();
		return (qPhase[q] = p);
	};
	const blockPhase = (b: number): number => {
		if (bPhase[b] !== -2) return bPhase[b]!;
		// Last year's values are known before the year starts: only this year's inputs order the block.
		const inputs = blockInputs(graph.blocks[b]!);
		let p = 0;
		for (const s of inputs.series) p = Math.max(p, seriesPhase(s));
		for (const q of inputs.scalars) p = Math.max(p, scalarPhase(q));
		return (bPhase[b] = p);
	};
	for (let s = 0; s < nS; s++) {
		try {
			seriesPhase(s);
		} catch (error) {
			if (!(error instanceof CycleError)) throw error;
			const node = graph.series[s]!;
			report(node.origin, new ExpressionError(`needs itself in the same year: ${error.names.join(' → ')}`, 1, 'read last year\'s value with prev(name) somewhere on this cycle'), (base ? node.initialText : node.text) ?? node.name);
			return [];
		}
	}
	// Province figures used only by blocks or other figures get their phases too.
	for (let q = 0; q < nQ; q++) {
		try {
			scalarPhase(q);
		} catch (error) {
			if (!(error instanceof CycleError)) throw error;
			report({model: 'scalars'}, new ExpressionError(`needs itself in the same year: ${error.names.join(' → ')}`, 1, ''), graph.scalars[q]!.text);
			return [];
		}
	}
	if (!base) graph.blocks.forEach((_, b) => blockPhase(b));
	const steps: Step[] = [];
	const maxPhase = Math.max(0, ...sPhase, ...qPhase);
	const usedScalar = new Uint8Array(nQ);
	if (base) {
		// In the base year only sums that an initial value reads are computed.
		for (let s = 0; s < nS; s++) if (active(s)) for (const q of dependencies(eqOf(s)).scalars) markScalar(q);
	} else usedScalar.fill(1);
	function markScalar(q: number): void {
		if (usedScalar[q]) return;
		usedScalar[q] = 1;
		for (const y of dependencies(graph.scalars[q]!.body).scalars) markScalar(y);
	}
	const valueScalars = (p: number) => topo(graph, [...Array(nQ).keys()].filter((q) => usedScalar[q] && qPhase[q] === p && graph.scalars[q]!.kind === 'value'));
	for (const q of valueScalars(-1)) steps.push({k: 'scalar', q});
	for (let p = 0; p <= maxPhase; p++) {
		const series = topoSeries([...Array(nS).keys()].filter((s) => sPhase[s] === p && active(s) && (base || graph.series[s]!.block === undefined)), eqOf);
		const reductions = [...Array(nQ).keys()].filter((q) => usedScalar[q] && qPhase[q] === p && graph.scalars[q]!.kind === 'reduce');
		if (series.length || reductions.length) steps.push({k: 'loop', series, reductions});
		for (const q of valueScalars(p)) steps.push({k: 'scalar', q});
		if (!base) graph.blocks.forEach((_, b) => bPhase[b] === p && steps.push({k: 'block', b}));
	}
	return steps;
}

class CycleError extends Error {
	constructor(readonly names: readonly string[]) {
		super(names.join(' → '));
	}
}

/** Members in an order where each comes after the members it reads (depth first). */
function inOrder(members: readonly number[], reads: (x: number) => readonly number[]): number[] {
	const inSet = new Set(members);
	const done = new Set<number>();
	const out: number[] = [];
	const visit = (x: number) => {
		if (done.has(x)) return;
		done.add(x);
		for (const d of reads(x)) if (inSet.has(d)) visit(d);
		out.push(x);
	};
	for (const x of members) visit(x);
	return out;
}

/** Series of one phase, each after the series of the same phase that it reads. */
const topoSeries = (members: readonly number[], eqOf: (s: number) => RAst | undefined) => inOrder(members, (s) => dependencies(eqOf(s)).series);

/** Province formulas, each after those it reads. */
const topo = (graph: Graph, members: readonly number[]) => inOrder(members, (q) => dependencies(graph.scalars[q]!.body).scalars);
