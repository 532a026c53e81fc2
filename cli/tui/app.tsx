/**
 * The interactive UI: six screens over one scenario, its run as loaded (`base`) and its run with the
 * current levers. All state lives in one store (state/); every key goes through keys/dispatch.ts,
 * which reads the state left by the key before, so bursts of keys are never lost. Screens only draw.
 */
import {Box, useApp} from 'ink';
import {useEffect, useMemo, useRef} from 'react';
import {simulate, type CompiledScenario} from '../../src/index.js';
import {Footer} from './components/Footer.js';
import {Lines} from './components/Lines.js';
import {TabBar} from './components/TabBar.js';
import {TextPrompt} from './components/TextPrompt.js';
import {useKeys} from './hooks/use-keys.js';
import {useStore} from './hooks/use-store.js';
import {useTerminalSize, type Size} from './hooks/use-terminal-size.js';
import {confirmQuestion} from './keys/confirm.js';
import {dispatch, finishBackground} from './keys/dispatch.js';
import {openSweep} from './keys/open-sweep.js';
import type {Alternative} from './lib/alternative.js';
import {changedLevers, type LeverValues} from './lib/levers.js';
import {presses} from './lib/keypress.js';
import {promptLabel} from './lib/prompt-label.js';
import {footerKeys, overlayKeys, TABS, type ScreenId} from './lib/screens.js';
import {seg} from './lib/seg.js';
import {safe} from './lib/safe-text.js';
import {warningBanner} from './lib/warning-lines.js';
import {initialState, type AppState} from './state/app-state.js';
import {scenarioContext, type Ctx} from './state/context.js';
import {createStore} from './state/store.js';
import {Cities} from './screens/cities.js';
import {CityDetail} from './screens/city-detail.js';
import {Compare} from './screens/compare.js';
import {Explain} from './screens/explain.js';
import {Help} from './screens/help.js';
import {Levers} from './screens/levers.js';
import {Overview} from './screens/overview.js';
import {ScaleCurveView} from './screens/scale-curve.js';
import {Sweep} from './screens/sweep.js';
import {Warnings} from './screens/warnings.js';

export interface AppProps {
	readonly scenario: CompiledScenario;
	readonly alternative?: Alternative;
	readonly sweepDir?: string;
	readonly initialScreen?: ScreenId;
	readonly initialLevers?: LeverValues;
	/** Fixed size (tests); otherwise the terminal's, following resizes. */
	readonly size?: Size;
	/** Called when the user quits (0) or presses Ctrl+C (130), before the app exits. */
	readonly onQuit?: (code: number) => void;
}

/** Smallest terminal the layout is designed for. */
export const MIN_SIZE: Size = {columns: 80, rows: 24};


export function App({scenario, alternative, sweepDir, initialScreen = 'overview', initialLevers, size, onQuit}: AppProps) {
	const {exit} = useApp();
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;
	const fixed = useMemo(() => scenarioContext(scenario, simulate(scenario)), [scenario]);
	const store = useMemo(
		() =>
			createStore(
				initialState(scenario, {
					screen: initialScreen,
					levers: initialLevers,
					alternative,
					sweepDir,
					detailCursors: fixed.sections.map((sec) => sec.items.findIndex((i) => i.kind === 'series')),
				}),
			),
		// The store is made once per scenario: later prop changes do not reset what the user did.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[scenario],
	);
	const s = useStore(store);
	const width = Math.max(20, columns - 1);
	// Keep the frame below the terminal's height: Ink 6.8 clears the screen on every frame otherwise (TOOLCHAIN §3.3).
	const height = Math.max(6, rows - 4);
	const quitting = useRef(false);
	const ctx: Ctx = {
		...fixed,
		width,
		height,
		quit(code) {
			if (quitting.current) return;
			quitting.current = true;
			onQuit?.(code);
			exit();
		},
		background(work) {
			// After the next frame, so the status line says what is under way first.
			setTimeout(() => {
				void work()
					.catch((error: unknown) => (t: AppState) => ({...t, message: safe((error as Error).message)}))
					.then((apply) => finishBackground(store, apply, ctxRef.current));
			}, 15);
		},
	};
	const ctxRef = useRef(ctx);
	ctxRef.current = ctx;
	useEffect(() => {
		if (sweepDir) store.update((t) => openSweep(t, sweepDir, ctxRef.current));
		// Once, at start (as the store).
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [store]);
	useKeys((input, key) => {
		for (const p of presses(input, key)) if (!quitting.current) dispatch(store, p, ctxRef.current);
	}, !quitting.current);

	const run = fixed.runFor(s.levers);
	const view = {ctx, s, run};
	const top = s.overlays.at(-1);
	let body;
	if (top?.kind === 'help') body = <Help width={width} height={height} top={top.top} />;
	else if (top?.kind === 'warnings') body = <Warnings ctx={ctx} overlay={top} />;
	else if (top?.kind === 'why') body = <Explain {...view} overlay={top} />;
	else if (top?.kind === 'curve') body = <ScaleCurveView {...view} unit={top.unit} />;
	else if (s.screen === 'overview') body = <Overview {...view} />;
	else if (s.screen === 'cities') body = <Cities {...view} />;
	else if (s.screen === 'detail') body = <CityDetail {...view} />;
	else if (s.screen === 'levers') body = <Levers {...view} />;
	else if (s.screen === 'compare') body = <Compare {...view} />;
	else body = <Sweep {...view} />;

	const small = columns < MIN_SIZE.columns || rows < MIN_SIZE.rows;
	const changed = changedLevers(scenario, s.levers).length;
	let status;
	if (s.confirm) status = <Lines lines={[[seg(confirmQuestion(s.confirm), {role: 'warn', bold: true})]]} width={width} />;
	else if (s.prompt) status = <TextPrompt label={promptLabel(s.prompt, s, ctx)} text={s.prompt.text} width={width} />;
	else {
		const text = small ? `terminal ${columns}×${rows}: the layout needs at least ${MIN_SIZE.columns}×${MIN_SIZE.rows}` : (s.busy ?? s.message) || warningBanner(fixed.warnings.length);
		status = <Lines lines={[[seg(text || ' ', {role: small || (s.busy === undefined && (!s.message || s.message.startsWith('⚠'))) ? 'warn' : 'accent'})]]} width={width} />;
	}
	return (
		<Box flexDirection="column" width={width} height={rows - 1}>
			<TabBar tabs={TABS} active={s.screen} width={width} changed={changed} warnings={fixed.warnings.length} />
			<Box flexDirection="column" height={height}>
				{body}
			</Box>
			{status}
			<Footer keys={top ? overlayKeys(top.kind) : footerKeys(s.screen)} width={width} />
		</Box>
	);
}
