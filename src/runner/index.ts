/** The batch runner: worker pool, ordered streaming output, checkpoints, shards and merge. */
export * from './atomic-write.js';
export * from './checkpoint.js';
export * from './csv.js';
export * from './evaluate-chunk.js';
export * from './merge-runs.js';
export * from './model.js';
export * from './pool.js';
export * from './progress.js';
export * from './row-source.js';
export * from './run-batch.js';
export * from './shard.js';
export {testFunctionSpec} from './models/test-function-model.js';
