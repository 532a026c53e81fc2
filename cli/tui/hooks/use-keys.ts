/**
 * useInput that never asks for raw mode when stdin cannot give it: `isRawModeSupported` is really
 * `stdin.isTTY`, undefined on a pipe, and useInput only skips on `isActive === false`
 * (TOOLCHAIN §3.1), hence the `=== true`. The app subscribes once (app.tsx); the handler is read
 * through a ref, and what it does reads the store (state/store.ts), never the last frame drawn.
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
