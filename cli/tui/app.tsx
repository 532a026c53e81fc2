/**
 * The interactive UI: six screens over one scenario, its run as loaded (`base`) and its run with the
 * current levers. Global keys: 1–6 or Tab switch screens, ? help, q quit, Esc closes an overlay.
 * A screen that opens a text prompt sets `captured` so that typing "q" searches instead of quitting.
 */
import {Box, useApp} from 'ink';
import {useCallback, useMemo, useRef, useState} from 'react';
import {simulate, type CompiledScenario} from '../../src/index.js';
import {Footer} from './components/Footer.js';
import {Lines} from './components/Lines.js';
import {TabBar} from './components/TabBar.js';
import {useKeys} from './hooks/use-keys.js';
import {useLevers} from './hooks/use-levers.js';
import {useTerminalSize, type Size} from './hooks/use-terminal-size.js';
import {changedLevers, type LeverValues} from './lib/levers.js';
import {footerKeys, TABS, type ScreenId} from './lib/screens.js';
import type {ScreenProps} from './lib/screen-props.js';
import {seg} from './lib/seg.js';
import {Cities} from './screens/cities.js';
import {CityDetail} from './screens/city-detail.js';
import {ScaleCurveView} from './screens/scale-curve.js';
import {Compare, type Alternative} from './screens/compare.js';
import {Explain} from './screens/explain.js';
import {Help} from './screens/help.js';
import {Levers} from './screens/levers.js';
import {Overview} from './screens/overview.js';
import {Sweep} from './screens/sweep.js';

export interface AppProps {
	readonly scenario: CompiledScenario;
	readonly alternative?: Alternative;
	readonly sweepDir?: string;
	readonly initialScreen?: ScreenId;
	readonly initialLevers?: LeverValues;
	/** Fixed size (tests); otherwise the terminal's, following resizes. */
	readonly size?: Size;
	/** Called when the user quits, before the app exits. */
	readonly onQuit?: () => void;
}

/** Smallest terminal the layout is designed for. */
export const MIN_SIZE: Size = {columns: 80, rows: 24};

export function App({scenario, alternative, sweepDir, initialScreen = 'overview', initialLevers, size, onQuit}: AppProps) {
	const {exit} = useApp();
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;
	const base = useMemo(() => simulate(scenario), [scenario]);
	const levers = useLevers(scenario, initialLevers);
	const [screen, setScreen] = useState<ScreenId>(initialScreen);
	const [help, setHelp] = useState(false);
	const [why, setWhy] = useState<{series: string; u: number} | undefined>();
	const [curve, setCurve] = useState<number | undefined>();
	// A ref as well as state: a key typed right after the one that opened a prompt must not quit.
	const capturedRef = useRef(false);
	const [captured, setCaptured] = useState(false);
	const [message, setMessage] = useState('');
	const [t, setT] = useState(scenario.years.length - 1);
	const [unit, setUnit] = useState(0);
	const changed = changedLevers(scenario, levers.values).length;
	const overlay = help || why !== undefined || curve !== undefined;

	useKeys((input, key) => {
		if (capturedRef.current) return;
		if (input === 'q') {
			onQuit?.();
			exit();
		}
		else if (input === '?') setHelp((h) => !h);
		else if (key.escape && overlay) {
			setHelp(false);
			setWhy(undefined);
			setCurve(undefined);
		} else if (overlay && input === 'w') setWhy(undefined);
		else if (overlay && input === 'c') setCurve(undefined);
		else if (/^[1-6]$/.test(input)) {
			setScreen(TABS[Number(input) - 1]!.id);
			setHelp(false);
			setWhy(undefined);
			setCurve(undefined);
		} else if (key.tab) {
			const i = TABS.findIndex((x) => x.id === screen);
			setScreen(TABS[(i + (key.shift ? TABS.length - 1 : 1)) % TABS.length]!.id);
			setHelp(false);
			setWhy(undefined);
			setCurve(undefined);
		}
	});

	const notify = useCallback((m: string) => setMessage(m), []);
	const setCapturedCb = useCallback((c: boolean) => {
		capturedRef.current = c;
		setCaptured(c);
	}, []);
	const width = Math.max(20, columns - 1);
	// Keep the frame below the terminal's height: Ink 6.8 clears the screen on every frame otherwise (TOOLCHAIN §3.3).
	const height = Math.max(6, rows - 4);
	const props: ScreenProps = {scenario, base, run: levers.run, t, setT, width, height, active: !overlay && !captured, setCaptured: setCapturedCb, notify};
	const small = columns < MIN_SIZE.columns || rows < MIN_SIZE.rows;
	const onWhy = (series: string, u: number) => setWhy({series, u});

	let body;
	if (help) body = <Help width={width} height={height} />;
	else if (why) body = <Explain {...props} active series={why.series} unit={why.u} values={levers.values} />;
	else if (curve !== undefined) body = <ScaleCurveView {...props} active unit={curve} values={levers.values} />;
	else if (screen === 'overview') body = <Overview {...props} changed={changed > 0} />;
	else if (screen === 'cities')
		body = (
			<Cities
				{...props}
				unit={unit}
				setUnit={setUnit}
				onOpen={(u) => {
					setUnit(u);
					setScreen('detail');
				}}
				onWhy={onWhy}
			/>
		);
	else if (screen === 'detail') body = <CityDetail {...props} unit={unit} setUnit={setUnit} onBack={() => setScreen('cities')} onWhy={onWhy} onCurve={setCurve} />;
	else if (screen === 'levers') body = <Levers {...props} levers={levers} />;
	else if (screen === 'compare') body = <Compare {...props} initial={alternative} />;
	else body = <Sweep {...props} initialDir={sweepDir} />;

	const status = small ? `terminal ${columns}×${rows}: the layout needs at least ${MIN_SIZE.columns}×${MIN_SIZE.rows}` : message;
	return (
		<Box flexDirection="column" width={width} height={rows - 1}>
			<TabBar tabs={TABS} active={screen} width={width} changed={changed} />
			<Box flexDirection="column" height={height}>
				{body}
			</Box>
			<Lines lines={[[seg(status || ' ', {role: small ? 'warn' : 'accent'})]]} width={width} />
			<Footer keys={help ? [['Esc ?', 'close help'], ['q', 'quit']] : why ? [['Esc w', 'close'], ['q', 'quit']] : curve !== undefined ? [['Esc c', 'close'], ['←→', 'year (after closing)'], ['q', 'quit']] : footerKeys(screen)} width={width} />
		</Box>
	);
}
