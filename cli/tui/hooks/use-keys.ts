/**
 * useInput that never asks for raw mode when stdin cannot give it: `isRawModeSupported` is really
 * `stdin.isTTY`, undefined on a pipe, and useInput only skips on `isActive === false`
 * (TOOLCHAIN §3.1), hence the `=== true`.
 */
import {type Key, useInput, useStdin} from 'ink';

export type KeyHandler = (input: string, key: Key) => void;

export function useKeys(handler: KeyHandler, active = true): void {
	const {isRawModeSupported} = useStdin();
	useInput(handler, {isActive: isRawModeSupported === true && active});
}
