/** `npm run docs`: rewrite the generated equation tables of docs/model.md from the model declarations. */
import {readFileSync, writeFileSync} from 'node:fs';
import {MODELS} from '../models/index.js';
import {withTables} from '../src/model/docs.js';

const file = new URL('../../docs/model.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withTables(before, MODELS);
if (after !== before) writeFileSync(file, after);
process.stderr.write(after === before ? 'docs/model.md is up to date\n' : 'docs/model.md: equation tables rewritten\n');
