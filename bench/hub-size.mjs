// Bundle size: gzip -9 of our minified ESM library build (Lit, every view, English strings),
// beside the same measure of StackOne's published web component (@stackone/hub dist/webcomponent.js).
// Two ESM figures: the initial closure (what `define.js` loads up front) and the full hub (that closure plus
// every chunk the hub can load later, e.g. the OAuth view, except the French/German strings). The budget
// verdict uses the full hub.
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const LIB_DIR = join(REPO_ROOT, 'dist/lib');
const BUDGET_KB = 25;
const TARGET_KB = 20;
// Locale chunks other than English are loaded only when a non-English locale is asked for.
// `plural` is the Intl.PluralRules helper only the catalogs use.
const OPTIONAL_LOCALE_CHUNK = /^(ar|da|de|es|et|fr|he|hi|it|ja|lt|lv|nb|nl|pl|pt|ro|sv|vi|zh-Hans|plural)-[\w-]+\.js$/;

const gzip9 = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const STATIC_IMPORT = /(?:import|export)\s*(?:[^'"`]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Every ESM chunk reachable from `entry` (static imports, plus dynamic ones when asked), each counted once. */
function esmClosure(entry, { followDynamic }) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(STATIC_IMPORT)];
    if (followDynamic) imports.push(...source.matchAll(DYNAMIC_IMPORT));
    for (const match of imports) {
      const target = resolve(dirname(file), match[1]);
      if (followDynamic && OPTIONAL_LOCALE_CHUNK.test(basename(target))) continue;
      visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

function measure(files) {
  const contents = files.map((file) => readFileSync(file));
  return {
    names: files.map((file) => file.slice(LIB_DIR.length + 1)).join(' + '),
    raw: contents.reduce((sum, bytes) => sum + bytes.length, 0),
    gzip: gzip9(Buffer.concat(contents)),
  };
}

const entry = join(LIB_DIR, 'define.js');
const iife = join(LIB_DIR, 'connect-hub.iife.js');
const stackone = join(REPO_ROOT, 'node_modules/@stackone/hub/dist/webcomponent.js');
if (!existsSync(entry) || !existsSync(iife)) {
  console.error('dist/lib is missing: run `npm run build` first');
  process.exit(1);
}

const initial = measure(esmClosure(entry, { followDynamic: false }));
const full = measure(esmClosure(entry, { followDynamic: true }));
const iifeGzip = gzip9(readFileSync(iife));
const stackoneRaw = readFileSync(stackone);
const stackoneGzip = gzip9(stackoneRaw);
const verdict =
  full.gzip <= BUDGET_KB * 1024 ? (full.gzip <= TARGET_KB * 1024 ? 'within aim' : 'within budget') : 'OVER BUDGET';

console.log('hub bundle size (minified, gzip -9)');
console.log(`  connect-hub ESM initial (${initial.names}): ${kb(initial.gzip)} gzip (${kb(initial.raw)} raw)`);
console.log(`  connect-hub ESM full hub (${full.names}; other languages excluded): ${kb(full.gzip)} gzip (${kb(full.raw)} raw)`);
console.log(`  budget ${BUDGET_KB} KB, aim ${TARGET_KB} KB (full hub): ${verdict}`);
console.log(`  connect-hub IIFE (connect-hub.iife.js, inlines every language and the OAuth view): ${kb(iifeGzip)} gzip`);
console.log(`  @stackone/hub 1.11.4 webcomponent.js: ${kb(stackoneGzip)} gzip (${kb(stackoneRaw.length)} raw)`);
console.log(`  ratio: connect-hub (full) is ${(full.gzip / stackoneGzip * 100).toFixed(1)}% of StackOne's size (${(stackoneGzip / full.gzip).toFixed(1)}x smaller)`);

// Where the full hub's bytes come from, by the build's source maps: each part's minified code gzipped on its
// own (so the parts add up to more than the whole), to show what a diet could still take.
function breakdown(files) {
  const parts = new Map();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const lines = code.split('\n');
    const segments = [];
    eachMapping(new TraceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))), (segment) => segments.push(segment));
    segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
    segments.forEach((segment, index) => {
      const next = segments[index + 1];
      const line = lines[segment.generatedLine - 1] ?? '';
      const end = next && next.generatedLine === segment.generatedLine ? next.generatedColumn : line.length;
      const part = partOf(segment.source ?? '');
      parts.set(part, (parts.get(part) ?? '') + line.slice(segment.generatedColumn, end));
    });
  }
  return [...parts].map(([part, text]) => ({ part, raw: text.length, gzip: gzip9(text) })).sort((a, b) => b.gzip - a.gzip);
}

function partOf(source) {
  if (/node_modules\/zod\//.test(source)) return 'zod/mini';
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
  const own = /\/src\/(.+)$/.exec(source);
  if (!own) return '(bundler glue)';
  return own[1].replace(/\.styles\.ts$/, '.ts (CSS)');
}

const parts = breakdown(esmClosure(entry, { followDynamic: true }));
// The hub checks responses with the contract's generated JSON Schemas, not zod: any zod here is a regression
// (an import of a zod contract module, even for one constant, brings zod's global set-up code along).
const zod = parts.find(({ part }) => part === 'zod/mini');
console.log(`  zod in the hub: ${zod ? `${kb(zod.gzip)} (something imports a zod contract module: use contract/json-schema or field-rules)` : 'none'}`);
console.log('  full hub by source (each gzipped alone; top 12):');
for (const { part, raw, gzip } of parts.slice(0, 12)) console.log(`    ${kb(gzip).padStart(8)}  ${kb(raw).padStart(8)} raw  ${part}`);
const rest = parts.slice(12);
console.log(`    ${kb(rest.reduce((sum, p) => sum + p.gzip, 0)).padStart(8)}  ${kb(rest.reduce((sum, p) => sum + p.raw, 0)).padStart(8)} raw  ${rest.length} more modules`);
