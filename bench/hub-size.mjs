// Bundle size: gzip -9 of our minified ESM library build (Lit, zod/mini, every view, English strings),
// beside the same measure of StackOne's published web component (@stackone/hub dist/webcomponent.js).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const LIB_DIR = join(REPO_ROOT, 'dist/lib');
const BUDGET_KB = 25;
const TARGET_KB = 20;

const gzip9 = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every ESM chunk `define.js` pulls in (static imports), so shared chunks count once. */
function esmClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), match[1]));
    }
  };
  visit(entry);
  return [...seen];
}

const entry = join(LIB_DIR, 'define.js');
const iife = join(LIB_DIR, 'connect-hub.iife.js');
const stackone = join(REPO_ROOT, 'node_modules/@stackone/hub/dist/webcomponent.js');
if (!existsSync(entry) || !existsSync(iife)) {
  console.error('dist/lib is missing: run `npm run build` first');
  process.exit(1);
}

const chunks = esmClosure(entry);
const esmRaw = chunks.reduce((sum, file) => sum + readFileSync(file).length, 0);
const esmGzip = gzip9(Buffer.concat(chunks.map((file) => readFileSync(file))));
const iifeGzip = gzip9(readFileSync(iife));
const stackoneRaw = readFileSync(stackone);
const stackoneGzip = gzip9(stackoneRaw);

console.log('hub bundle size (minified, gzip -9)');
console.log(
  `  connect-hub ESM (${chunks.map((file) => file.slice(LIB_DIR.length + 1)).join(' + ')}): ${kb(esmGzip)} gzip (${kb(esmRaw)} raw)` +
    `  budget ${BUDGET_KB} KB, aim ${TARGET_KB} KB: ${esmGzip <= BUDGET_KB * 1024 ? (esmGzip <= TARGET_KB * 1024 ? 'within aim' : 'within budget') : 'OVER BUDGET'}`,
);
console.log(`  connect-hub IIFE (connect-hub.iife.js): ${kb(iifeGzip)} gzip`);
console.log(`  @stackone/hub 1.11.4 webcomponent.js: ${kb(stackoneGzip)} gzip (${kb(stackoneRaw.length)} raw)`);
console.log(`  ratio: connect-hub is ${(esmGzip / stackoneGzip * 100).toFixed(1)}% of StackOne's size (${(stackoneGzip / esmGzip).toFixed(1)}x smaller)`);
