/**
 * Property tests draw from a fixed seed, so that `npm test` (and CI) is reproducible; set FC_SEED to
 * explore other draws (FC_SEED=random for a fresh one), e.g. FC_SEED=random npx vitest run test/engine.
 * Stress runs this way found two rounding bugs in the allocation's breakpoint walk (fixed 2026-11-29).
 */
import fc from 'fast-check';

const seed = process.env['FC_SEED'];
if (seed !== 'random') fc.configureGlobal({seed: seed === undefined ? 20_261_129 : Number(seed)});
