/** The warnings found at load (values outside their plausible range), as text lines for the ! overlay. */
import {formatDiagnostic, type Diagnostic} from '../../../src/index.js';
import {displayPath} from '../../paths.js';
import {safe} from './safe-text.js';
import {wrapLines} from './wrap.js';

export function warningLines(warnings: readonly Diagnostic[], width: number): string[] {
	if (warnings.length === 0) return ['no warnings at load 无警告: every value is inside its plausible range'];
	const text = warnings.flatMap((w) => [...formatDiagnostic({...w, file: displayPath(w.file)}).split('\n'), '']);
	return wrapLines(text.map(safe), width);
}

/** The banner: how many warnings and where to read them. */
export const warningBanner = (n: number): string => (n === 0 ? '' : `⚠ ${n} warning${n === 1 ? '' : 's'} at load 加载警告 (values outside the plausible range) — ! lists them`);
