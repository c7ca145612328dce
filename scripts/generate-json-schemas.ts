// Writes src/contract/json-schema/schemas.ts from the zod contract (see generate.ts there), only when it
// changed: an untouched file keeps its modification time, so `npm start` does not think sources moved.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { renderSchemasModule } from '../src/contract/json-schema/generate.js';

const target = new URL('../src/contract/json-schema/schemas.ts', import.meta.url);
const source = renderSchemasModule();
if (!existsSync(target) || readFileSync(target, 'utf8') !== source) {
  writeFileSync(target, source);
  console.log('src/contract/json-schema/schemas.ts rewritten from the contract');
}
