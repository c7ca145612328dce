// Writes src/contract/json-schema/schemas.ts from the zod contract (see generate.ts there).
import { writeFileSync } from 'node:fs';
import { renderSchemasModule } from '../src/contract/json-schema/generate.js';

const target = new URL('../src/contract/json-schema/schemas.ts', import.meta.url);
writeFileSync(target, renderSchemasModule());
