/**
 * useInput that never asks for raw mode when stdin cannot give it: `isRawModeSupported` is really
 * `stdin.isTTY`, undefined on a pipe, and useInput only skips on `isActive === false`
 * (TOOLCHAIN §3.1), hence the `=== true`. The handler is read through a ref set during render, so a
 * key typed right after another sees the state of the latest render, not the one before the
 * effect that re-subscribes runs.
 */
import {type Key, useInput, useStdin} from 'ink';
import {useRef} from 'react';

export type KeyHandler = (input: string, key: Key) => void;

export function useKeys(handler: KeyHandler, active = true): void {
	const {isRawModeSupported} = useStdin();
	const ref = useRef(handler);
	ref.current = handler;
	useInput((input, key) => ref.current(input, key), {isActive: isRawModeSupported === true && active});
}
