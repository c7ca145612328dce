// The published browser package `connect-hub`, tried as a front-end team gets it: built from src/ (the unit pass
// runs before `npm run build`, so this builds it itself: two Vite passes, tsc, the manifest analyzer), packed
// with npm, checked by publint and @arethetypeswrong/cli (ESM-only profile), installed from the tarball into an
// empty app, and each entry imported under plain Node as an SSR framework would.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const pkgDir = join(root, 'packages/connect-hub');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const MAX_UNPACKED = 1024 * 1024;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], cwd: string, timeout = 180_000): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, timeout, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

interface PackResult {
  filename: string;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

const ENTRIES = ['connect-hub', 'connect-hub/define', 'connect-hub/launcher', 'connect-hub/launcher-define', 'connect-hub/react', 'connect-hub/preact', 'connect-hub/vue', 'connect-hub/svelte'];

describe('browser package connect-hub', () => {
  let work: string;
  let tarball: string;
  let pack: PackResult;
  let consumer: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'connect-hub-browser-package-'));
    const started = performance.now();
    const built = await run(process.execPath, ['--import', 'tsx', 'scripts/build-browser-package.mjs'], root);
    assert.equal(built.code, 0, `build failed:\n${built.stdout}\n${built.stderr}`);
    console.log(`# build:browser-package ${((performance.now() - started) / 1000).toFixed(1)} s\n${built.stdout.replace(/^/gm, '# ')}`);
    const packed = await run('npm', ['pack', '--json', '--pack-destination', work], pkgDir);
    assert.equal(packed.code, 0, packed.stderr);
    [pack] = JSON.parse(packed.stdout) as PackResult[];
    tarball = join(work, pack.filename);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('ships dist, the manifest and the licences; no sources, tests, screenshots or source maps', () => {
    const paths = pack.files.map((f) => f.path).sort();
    for (const expected of [
      'package.json',
      'README.md',
      'LICENSE',
      'THIRD_PARTY_NOTICES.md',
      'custom-elements.json',
      'dist/connect-hub.js',
      'dist/define.js',
      'dist/launcher.js',
      'dist/launcher-define.js',
      'dist/connect-hub.iife.js',
      'dist/connect-hub.iife.d.ts',
      'dist/types/hub/index.d.ts',
      'dist/types/hub/define.d.ts',
      'dist/types/launcher/index.d.ts',
      'dist/types/launcher/define.d.ts',
      'dist/frameworks/react.d.ts',
      'dist/frameworks/preact.d.ts',
      'dist/frameworks/vue.d.ts',
      'dist/frameworks/svelte.d.ts',
    ]) {
      assert.ok(paths.includes(expected), `${expected} is missing from the tarball`);
    }
    const outside = paths.filter((p) => !/^dist\//.test(p) && !['package.json', 'README.md', 'LICENSE', 'THIRD_PARTY_NOTICES.md', 'custom-elements.json'].includes(p));
    assert.deepEqual(outside, [], 'only dist/ and the top-level files ship');
    // We ship no source maps (the ES modules are small and readable enough minified; the IIFE's map is 230 KB).
    const unwanted = paths.filter((p) => /\.map$|\.png$|\.jpe?g$|\.webp$|(^|\/)(src|test|bench|screenshots)\//.test(p) || (/\.ts$/.test(p) && !/\.d\.ts$/.test(p)));
    assert.deepEqual(unwanted, []);
    assert.ok(pack.unpackedSize <= MAX_UNPACKED, `installed size ${pack.unpackedSize} B is over 1 MB`);
    console.log(`# ${pack.filename}: ${pack.files.length} files, ${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked`);
  });

  it('depends on lit alone, runs no install script, and marks only the define modules as side effects', () => {
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    assert.equal(manifest.name, 'connect-hub');
    assert.equal(manifest.version, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    assert.equal(manifest.type, 'module');
    assert.deepEqual(manifest.dependencies, { lit: '^3.3.0' });
    assert.equal(manifest.peerDependencies, undefined);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(manifest.scripts?.[script], undefined);
    // The OAuth view's chunk (loaded on demand) registers its own element, so it counts as a define module too.
    assert.deepEqual(manifest.sideEffects, ['./dist/define.js', './dist/launcher-define.js', './dist/connect-hub.iife.js', './dist/hub-oauth-*.js']);
    assert.ok(pack.files.some((f) => /^dist\/hub-oauth-[\w-]+\.js$/.test(f.path)), 'the OAuth chunk is named hub-oauth-<hash>.js');
    assert.equal(manifest.customElements, 'custom-elements.json');
  });

  it('ES modules import Lit instead of bundling it; the IIFE carries its own and loads only language files beside it', () => {
    const esm = readFileSync(join(pkgDir, 'dist/connect-hub.js'), 'utf8');
    assert.match(esm, /from\s*["']lit["']/);
    assert.doesNotMatch(esm, /reactiveElementVersions|litHtmlVersions/, 'Lit is bundled into the ES module');
    const iife = readFileSync(join(pkgDir, 'dist/connect-hub.iife.js'), 'utf8');
    assert.match(iife, /litHtmlVersions/);
    assert.doesNotMatch(iife, /\bimport\s*[{"']|from\s*["']lit/);
    // The 20 non-English catalogs are not inlined: each is an import() of the ESM build's language file, shipped
    // beside the IIFE, which imports nothing but the plural helper (no Lit: a script-tag page has no import map).
    const loaded = [...iife.matchAll(/\bimport\(([^)]*)\)/g)].map(([, argument]) => /`([\w-]+\.js)`/.exec(argument!)?.[1]);
    assert.equal(loaded.length, 20, 'one import() per non-English language');
    for (const file of loaded) {
      assert.match(file ?? '', /^[a-z]{2}(-Hans)?-[\w-]{8}\.js$/);
      assert.ok(pack.files.some((f) => f.path === `dist/${file}`), `${file} is not shipped beside the IIFE`);
      const language = readFileSync(join(pkgDir, 'dist', file!), 'utf8');
      for (const [, specifier] of language.matchAll(/(?:from\s*|import\s*\(?\s*)["'`]([^"'`]+)["'`]/g)) {
        assert.match(specifier!, /^\.\/plural-[\w-]{8}\.js$/, `${file} imports ${specifier}`);
      }
    }
  });

  it('custom-elements.json describes the public elements from their JSDoc', () => {
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));
    const elements = new Map<string, { attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: unknown[]; cssProperties?: unknown[] }>();
    for (const module of manifest.modules) {
      assert.doesNotMatch(module.path, /^src\//, 'module paths point into the package');
      for (const d of module.declarations ?? []) if (d.customElement) elements.set(d.tagName, d);
    }
    const button = elements.get('connect-link-button');
    const hub = elements.get('connect-hub');
    assert.ok(button && hub, `tags: ${[...elements.keys()].join(', ')}`);
    assert.deepEqual(
      ['token-url', 'base-url', 'mode', 'token'].filter((a) => !button.attributes?.some((x) => x.name === a)),
      [],
    );
    assert.ok(!button.attributes?.some((x) => x.name === 'busy'), 'Lit state is not an attribute');
    assert.ok(hub.events?.some((e) => e.name === 'connect-hub:success'));
    assert.ok((hub.cssParts?.length ?? 0) > 5 && (hub.cssProperties?.length ?? 0) > 5);
    const react = readFileSync(join(pkgDir, 'dist/frameworks/react.d.ts'), 'utf8');
    assert.match(react, /declare module 'react'[\s\S]*IntrinsicElements[\s\S]*"connect-link-button"/);
    assert.match(react, /"token-url"\?:/);
    assert.match(react, /"onconnect-hub:success"\?:/);
    assert.match(readFileSync(join(pkgDir, 'dist/frameworks/vue.d.ts'), 'utf8'), /interface GlobalComponents[\s\S]*"connect-hub": DefineComponent/);
    assert.match(readFileSync(join(pkgDir, 'dist/frameworks/svelte.d.ts'), 'utf8'), /interface SvelteHTMLElements/);
    assert.match(readFileSync(join(pkgDir, 'dist/frameworks/preact.d.ts'), 'utf8'), /declare module 'preact'/);
  });

  it('publint passes (strict: warnings fail too)', async () => {
    const result = await run(bin('publint'), ['--strict'], pkgDir);
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`);
    assert.match(result.stdout, /All good/);
  });

  it('@arethetypeswrong/cli passes on the tarball with the ESM-only profile', async () => {
    const result = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], work);
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`);
  });

  describe('installed from the tarball into an empty app', () => {
    before(async () => {
      consumer = join(work, 'app');
      await run('mkdir', ['-p', consumer], work);
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
      const installed = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], consumer);
      assert.equal(installed.code, 0, installed.stderr);
    });

    it('brings lit and nothing else, well under 1 MB for our part', async () => {
      const list = await run('npm', ['ls', '--all', '--parseable'], consumer);
      const names = list.stdout
        .split('\n')
        .filter((line) => line.includes('node_modules'))
        .map((line) => line.slice(line.lastIndexOf('node_modules/') + 'node_modules/'.length))
        .sort();
      assert.deepEqual(names.filter((n) => !/^(connect-hub|lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-dom-shim|@types\/trusted-types)$/.test(n)), []);
    });

    for (const entry of ENTRIES) {
      it(`SSR: import('${entry}') under plain Node returns and defines nothing`, async () => {
        const probe = `const m = await import(${JSON.stringify(entry)});
          console.log(JSON.stringify({ exports: Object.keys(m).length, window: typeof window, defined: ['connect-hub', 'connect-link-button'].filter((t) => globalThis.customElements?.get(t)) }));`;
        const result = await run(process.execPath, ['--input-type=module', '-e', probe], consumer, 30_000);
        assert.equal(result.code, 0, result.stderr);
        const seen = JSON.parse(result.stdout.trim());
        assert.equal(seen.window, 'undefined');
        assert.deepEqual(seen.defined, []);
        if (!/\/(react|preact|vue|svelte)$/.test(entry)) assert.ok(seen.exports > 0, `${entry} exports nothing`);
      });
    }

    it('types: a strict tsc (skipLibCheck off) sees HTMLElement subclasses, typed events, and the Preact typings', async () => {
      // React, Vue and Svelte are checked in real apps by test/e2e/framework-hosts.spec.ts; Preact here.
      const preact = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-save', 'preact@^10.26'], consumer);
      assert.equal(preact.code, 0, preact.stderr);
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx', jsxImportSource: 'preact', noEmit: true, skipLibCheck: false, types: [] },
          files: ['app.ts', 'preact-app.tsx'],
        }),
      );
      writeFileSync(
        join(consumer, 'app.ts'),
        `import { ConnectLinkButtonElement, openConnectHub, type ConnectedAccount } from 'connect-hub/launcher-define';
import { ConnectHubElement } from 'connect-hub';
import type {} from 'connect-hub/connect-hub.iife.js';
export const button: HTMLElement = new ConnectLinkButtonElement();
export const hub: ConnectHubElement = document.createElement('connect-hub');
button.addEventListener('connect-hub:success', (event) => { const account: ConnectedAccount = event.detail; console.log(account.provider); });
export const launched: Promise<ConnectedAccount> = openConnectHub({ tokenUrl: '/session' });
export const viaScript = window.ConnectHub.defineConnectHub;
`,
      );
      writeFileSync(
        join(consumer, 'preact-app.tsx'),
        `import 'connect-hub/launcher-define';
import type {} from 'connect-hub/preact';
export function Button({ onLinked }: { onLinked: (account: { id: string; provider: string }) => void }) {
  return (
    <connect-link-button token-url="/connect-hub/session" base-url="http://localhost:8787" class="x" onconnect-hub:success={(event) => onLinked(event.detail)}>
      Connect your HR system
    </connect-link-button>
  );
}
// @ts-expect-error: mode is a LaunchMode
export const wrong = <connect-link-button mode="sideways" />;
`,
      );
      const checked = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], consumer, 120_000);
      assert.equal(checked.code, 0, checked.stdout + checked.stderr);
    });

    it('SSR: the classes are Lit elements there, and an explicit registry still gets the tags', async () => {
      const probe = `const { ConnectHubElement, defineConnectHub } = await import('connect-hub/define');
        const { ConnectLinkButtonElement } = await import('connect-hub/launcher');
        const { LitElement } = await import('lit');
        const registry = new Map();
        defineConnectHub({ get: (t) => registry.get(t), define: (t, c) => registry.set(t, c) });
        console.log(JSON.stringify({ lit: ConnectHubElement.prototype instanceof LitElement && ConnectLinkButtonElement.prototype instanceof LitElement, tags: [...registry.keys()] }));`;
      const result = await run(process.execPath, ['--input-type=module', '-e', probe], consumer, 30_000);
      assert.equal(result.code, 0, result.stderr);
      const seen = JSON.parse(result.stdout.trim());
      assert.equal(seen.lit, true);
      assert.ok(seen.tags.includes('connect-hub'));
    });
  });
});
