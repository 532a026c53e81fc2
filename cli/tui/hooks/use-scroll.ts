/** Keep a cursor inside a window of `height` rows: returns the first visible row. */
import {useRef} from 'react';

export function useScroll(cursor: number, height: number, total: number): number {
	const top = useRef(0);
	const h = Math.max(1, height);
	if (cursor < top.current) top.current = cursor;
	if (cursor >= top.current + h) top.current = cursor - h + 1;
	top.current = Math.max(0, Math.min(top.current, Math.max(0, total - h)));
	return top.current;
}
