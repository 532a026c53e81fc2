/** The terminal's size, updated on resize (SIGWINCH reaches us as stdout 'resize'). */
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export interface Size {
	readonly columns: number;
	readonly rows: number;
}

export function useTerminalSize(fallback: Size = {columns: 100, rows: 30}): Size {
	const {stdout} = useStdout();
	const read = (): Size => ({columns: stdout.columns || fallback.columns, rows: stdout.rows || fallback.rows});
	const [size, setSize] = useState<Size>(read);
	useEffect(() => {
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [stdout]);
	return size;
}
