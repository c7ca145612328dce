// Bundle size, each file as the server sends it: gzip -9 of every file on its own (what `/sdk/*` serves, see
// src/server/http/compression.ts), summed, beside StackOne's published web component (@stackone/hub
// dist/webcomponent.js). Every figure is printed against its bar; a broken bar prints OVER and the bench exits 1.
// - full hub: every chunk `define.js` can load (static and dynamic imports), the language files excepted;
// - launcher path: the same from `launcher-define.js`, what the README's framework snippets import (launcher-define,
//   define, launcher, connect-hub and the chunks they load on demand: OAuth, hand-off, renewal);
// - IIFE: `connect-hub.iife.js` and every non-language file it loads;
// - each language file: its chunk and what it imports (the plural helper), loaded only for that locale.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const LIB_DIR = join(REPO_ROOT, 'dist/lib');
// The bars of ../shared/DESIGN.md (and issue 15): the full hub, the launcher path. The IIFE is the full hub as
// one file, so it keeps the full hub's bar. A language file has no bar there; 4 KB keeps one from growing unseen.
const BARS_KB = { fullHub: 20, launcherPath: 24, iife: 20, language: 4 };
const LANGUAGE_CHUNK = /^(ar|da|de|es|et|fr|he|hi|it|ja|lt|lv|nb|nl|pl|pt|ro|sv|vi|zh-Hans)-[\w-]{8}\.js$/;
// `plural` is the Intl.PluralRules helper only the catalogs use: it counts with them.
const LANGUAGE_ONLY_CHUNK = /^plural-[\w-]{8}\.js$/;
const isLanguageFile = (file) => LANGUAGE_CHUNK.test(basename(file)) || LANGUAGE_ONLY_CHUNK.test(basename(file));

const gzip9 = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const STATIC_IMPORT = /(?:import|export)\s*(?:[^'"`]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Every file reachable from `entry` (static imports, plus dynamic ones when asked), each counted once. */
function closure(entry, { followDynamic, languages = false }) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(STATIC_IMPORT)];
    if (followDynamic) imports.push(...source.matchAll(DYNAMIC_IMPORT));
    for (const match of imports) {
      const target = resolve(dirname(file), match[1]);
      if (!languages && isLanguageFile(target)) continue;
      visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

/** Each file gzipped on its own, as served, and the sum. */
function measure(files) {
  const each = files.map((file) => ({ name: file.slice(LIB_DIR.length + 1), raw: readFileSync(file).length, gzip: gzip9(readFileSync(file)) }));
  return { each, raw: each.reduce((sum, f) => sum + f.raw, 0), gzip: each.reduce((sum, f) => sum + f.gzip, 0) };
}

const entries = { define: join(LIB_DIR, 'define.js'), launcherDefine: join(LIB_DIR, 'launcher-define.js'), iife: join(LIB_DIR, 'connect-hub.iife.js') };
const stackone = join(REPO_ROOT, 'node_modules/@stackone/hub/dist/webcomponent.js');
if (Object.values(entries).some((file) => !existsSync(file))) {
  console.error('dist/lib is missing: run `npm run build` first');
  process.exit(1);
}

const over = [];
function report(label, what, measured, barKb) {
  const ok = measured.gzip <= barKb * 1024;
  if (!ok) over.push(label);
  console.log(`  ${label} (${what}): ${kb(measured.gzip)} gzip (${kb(measured.raw)} raw), bar ${barKb} KB: ${ok ? 'ok' : 'OVER'}`);
  if (measured.each.length > 1) for (const f of measured.each) console.log(`      ${kb(f.gzip).padStart(8)}  ${f.name}`);
}

console.log('hub bundle size (minified, each file gzip -9 as served, summed)');
const initial = measure(closure(entries.define, { followDynamic: false }));
console.log(`  hub before any lazy chunk (${initial.each.map((f) => f.name).join(' + ')}): ${kb(initial.gzip)} gzip`);
const full = measure(closure(entries.define, { followDynamic: true }));
report('full hub', 'define.js and every chunk it can load, languages excepted', full, BARS_KB.fullHub);
report('launcher path', 'launcher-define.js and every chunk it can load, languages excepted', measure(closure(entries.launcherDefine, { followDynamic: true })), BARS_KB.launcherPath);
report('IIFE', 'connect-hub.iife.js and every file it can load, languages excepted', measure(closure(entries.iife, { followDynamic: true })), BARS_KB.iife);
// Languages: every language file an entry can load, with the chunks it imports (the plural helper).
const languageFiles = new Set(
  [entries.define, entries.iife].flatMap((entry) => closure(entry, { followDynamic: true, languages: true })).filter((file) => LANGUAGE_CHUNK.test(basename(file))),
);
if (languageFiles.size === 0) over.push('no language file found');
console.log(`  language files (${languageFiles.size}; with the plural helper), bar ${BARS_KB.language} KB each:`);
for (const file of [...languageFiles].sort()) {
  const measured = measure(closure(file, { followDynamic: true, languages: true }));
  const ok = measured.gzip <= BARS_KB.language * 1024;
  if (!ok) over.push(basename(file));
  console.log(`      ${kb(measured.gzip).padStart(8)}  ${basename(file)}${ok ? '' : '  OVER'}`);
}
const unreachable = readdirSync(LIB_DIR).filter((name) => LANGUAGE_CHUNK.test(name) && !languageFiles.has(join(LIB_DIR, name)));
if (unreachable.length) console.log(`  (not loaded by any entry: ${unreachable.join(', ')})`);

const stackoneRaw = readFileSync(stackone);
const stackoneGzip = gzip9(stackoneRaw);
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

const parts = breakdown(closure(entries.define, { followDynamic: true }));
// The hub checks responses with the contract's generated JSON Schemas, not zod: any zod here is a regression
// (an import of a zod contract module, even for one constant, brings zod's global set-up code along).
const zod = parts.find(({ part }) => part === 'zod/mini');
console.log(`  zod in the hub: ${zod ? `${kb(zod.gzip)} (something imports a zod contract module: use contract/json-schema or field-rules)` : 'none'}`);
console.log('  full hub by source (each gzipped alone; top 12):');
for (const { part, raw, gzip } of parts.slice(0, 12)) console.log(`    ${kb(gzip).padStart(8)}  ${kb(raw).padStart(8)} raw  ${part}`);
const rest = parts.slice(12);
console.log(`    ${kb(rest.reduce((sum, p) => sum + p.gzip, 0)).padStart(8)}  ${kb(rest.reduce((sum, p) => sum + p.raw, 0)).padStart(8)} raw  ${rest.length} more modules`);

if (over.length) {
  console.log(`OVER: ${over.join('; ')}`);
  process.exit(1);
}
