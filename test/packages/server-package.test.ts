// The server package as a user gets it: built (npm run build:server-package), packed, installed from the tarball
// into an empty directory with --omit=dev, and started with `npx connect-hub serve`. Costly once (better-sqlite3
// compiles from source on these machines, ~1–4 min with the cores shared), so one install serves every check here.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/free-port.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGE_DIR = path.join(ROOT, 'packages/connect-hub-server');
const MANIFEST = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const ROOT_MANIFEST = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** What must never be installed with the server: test tools, TypeScript and its loaders, bundlers. */
const NOT_AT_RUN_TIME = [/^tsx$/, /^oauth2-mock-server$/, /^typescript$/, /^vite$/, /^playwright/, /^@playwright\//, /^esbuild$/, /^@esbuild\//, /^@web\//, /^@open-wc\//];

function run(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): string {
  const result = spawnSync(cmd, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, `\`${cmd} ${args.join(' ')}\` exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(path.join(dir, file)).isFile());
}

/** `hono/factory` → `hono`, `@hono/node-server/conninfo` → `@hono/node-server`; node: built-ins → undefined. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every package the compiled server reaches: static and dynamic imports, and `require.resolve` of package files. */
function compiledImports(): Set<string> {
  const found = new Set<string>();
  const compiled = filesUnder(path.join(PACKAGE_DIR, 'dist')).filter((file) => file.endsWith('.js') && !/^(app|lib|ssr)\//.test(file));
  assert.ok(compiled.includes('cli.js'), 'dist/cli.js is built');
  for (const file of compiled) {
    const text = readFileSync(path.join(PACKAGE_DIR, 'dist', file), 'utf8');
    // Static imports and re-exports start their line in tsc's output (a `from "…"` inside SQL text or a
    // `query('from') === '…'` is not one); dynamic imports and require calls may stand anywhere.
    const statements = /^(?:import|export)\b[^;]*?\bfrom\s*(['"])([^'"\n]+)\1|^import\s*(['"])([^'"\n]+)\3|\bimport\s*\(\s*(['"])([^'"\n]+)\5|\brequire(?:\.resolve)?\(\s*(['"])([^'"\n]+)\7/gm;
    for (const match of text.matchAll(statements)) {
      const name = packageOf((match[2] ?? match[4] ?? match[6] ?? match[8])!);
      if (name) found.add(name);
    }
    for (const match of text.matchAll(/require\.resolve\(\s*`([^`$]+)/g)) {
      const name = packageOf(match[1]!);
      if (name) found.add(name);
    }
  }
  return found;
}

describe('the server package (connect-hub-server)', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-server-package-'));
  const app = path.join(work, 'app');
  let tarball = '';
  let packedFiles: string[] = [];

  before(
    () => {
      // Builds dist/app and dist/lib first when they are missing (npm test's unit pass runs before the e2e build).
      run('npm', ['run', 'build:server-package', '--silent'], { cwd: ROOT });
      const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: PACKAGE_DIR })) as {
        filename: string;
        size: number;
        files: { path: string }[];
      }[];
      tarball = path.join(work, packed[0]!.filename);
      packedFiles = packed[0]!.files.map((file) => file.path);
      console.log(`# ${packed[0]!.filename}: ${(packed[0]!.size / 1024).toFixed(0)} KB packed, ${packedFiles.length} files`);
      rmSync(app, { recursive: true, force: true });
      run('mkdir', ['-p', app], { cwd: work });
      writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'empty-app', private: true }));
      const started = Date.now();
      // No prebuilt better-sqlite3 can be downloaded here: straight to the compile instead of waiting on the download.
      run('npm', ['install', tarball, '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
        cwd: app,
        env: { npm_config_build_from_source: 'true', npm_config_loglevel: 'error' },
      });
      console.log(`# npm install of the tarball: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    },
    { timeout: 15 * 60_000 },
  );

  after(() => rmSync(work, { recursive: true, force: true }));

  it("the manifest's dependencies are exactly the packages the compiled server imports, at the root's ranges", () => {
    assert.deepEqual(Object.keys(MANIFEST.dependencies).sort(), [...compiledImports()].sort());
    assert.equal(MANIFEST.devDependencies, undefined, 'a published package has no devDependencies to drift');
    for (const [name, range] of Object.entries(MANIFEST.dependencies)) {
      assert.equal(range, ROOT_MANIFEST.dependencies[name], `${name}: the package asks for the range the repository is tested with`);
    }
  });

  it('the test kit and the TypeScript loader are devDependencies of the repository only', () => {
    for (const name of ['tsx', 'oauth2-mock-server', 'typescript', 'vite']) {
      assert.equal(ROOT_MANIFEST.dependencies[name], undefined, `${name} is not a runtime dependency`);
      assert.ok(ROOT_MANIFEST.devDependencies[name], `${name} is a devDependency`);
    }
  });

  it('the tarball holds the compiled server, the built pages and bundles, LICENSE; no sources, tests or maps', () => {
    for (const file of ['package.json', 'LICENSE', 'THIRD_PARTY_NOTICES.md', 'README.md', 'bin/connect-hub.js', 'dist/cli.js', 'dist/server/index.js', 'dist/server/oauth/landing/callback.js', 'dist/app/index.html', 'dist/app/dashboard/index.html', 'dist/app/demo/index.html', 'dist/lib/define.js', 'dist/lib/connect-hub.iife.js', 'dist/ssr/auth-link.js']) {
      assert.ok(packedFiles.includes(file), `${file} is packed`);
    }
    const unwanted = packedFiles.filter((file) => /\.ts$|\.map$|^src\/|^test\/|(^|\/)test\/|\.png$|^bench\//.test(file) && !file.endsWith('.d.ts'));
    assert.deepEqual(unwanted, []);
    const bin = readFileSync(path.join(PACKAGE_DIR, MANIFEST.bin['connect-hub']!), 'utf8');
    assert.doesNotMatch(bin, /tsx|\.ts['"]/, 'the bin runs compiled JavaScript');
  });

  it('publint finds nothing to fix in the packed package', () => {
    const output = run(process.execPath, [path.join(ROOT, 'node_modules/publint/src/cli.js'), '--strict', '--pack', 'npm'], { cwd: PACKAGE_DIR });
    assert.match(output, /All good!/, output);
  });

  it('@arethetypeswrong/cli passes with the ESM-only profile: the server API (startServer, readConfig) is typed for importers', () => {
    // run() throws when the command exits non-zero, which attw does on any problem the profile counts.
    const output = run(path.join(ROOT, 'node_modules/.bin/attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], { cwd: PACKAGE_DIR });
    assert.match(output, /connect-hub-server/, output);
    assert.doesNotMatch(output, /❌/, output);
  });

  it('npm ls --omit=dev in the install lists no test tool and no TypeScript loader', () => {
    const listed = run('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: app })
      .split('\n')
      .filter((line) => line.includes(`${path.sep}node_modules${path.sep}`))
      .map((line) => line.slice(line.lastIndexOf(`node_modules${path.sep}`) + 'node_modules/'.length));
    assert.ok(listed.includes('connect-hub-server'), listed.join('\n'));
    assert.ok(listed.includes('better-sqlite3'));
    const offending = listed.filter((name) => NOT_AT_RUN_TIME.some((pattern) => pattern.test(name)));
    assert.deepEqual(offending, []);
  });

  it('`npx connect-hub serve` in the empty directory serves the auth link it prints, /sdk/define.js, /dashboard/ and /readyz', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const dataDir = path.join(work, 'data');
    let output = '';
    const child: ChildProcess = spawn('npx', ['--no-install', 'connect-hub', 'serve', '--port', String(port)], {
      cwd: app,
      env: { ...process.env, FORCE_COLOR: '0', HOST: '127.0.0.1', CONNECT_HUB_DATA_DIR: dataDir, CONNECT_HUB_API_KEY: '', CONNECT_HUB_DEMO: '', PUBLIC_URL: '', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const deadline = Date.now() + 90_000;
      while (!/Connect Hub is running[\s\S]*\n\n/.test(output)) {
        assert.equal(child.exitCode, null, `serve exited:\n${output}`);
        assert.ok(Date.now() < deadline, `serve printed no table:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.doesNotMatch(output, /not built/);
      const authLink = /Auth link\s+(http:\/\/\S+)/.exec(output)?.[1];
      assert.ok(authLink, `an auth link is printed:\n${output}`);
      const base = `http://127.0.0.1:${port}`;
      for (const url of [authLink.replace(`http://localhost:${port}`, base), `${base}/sdk/define.js`, `${base}/dashboard/`, `${base}/readyz`]) {
        const response = await fetch(url);
        assert.equal(response.status, 200, `${url}: ${await response.text()}`);
      }
      const page = await (await fetch(authLink.replace(`http://localhost:${port}`, base))).text();
      assert.match(page, /<script[^>]+src=/, 'the auth link serves the built hub page');
      assert.match(await (await fetch(`${base}/sdk/define.js`)).text(), /customElements/);
    } finally {
      // npx runs the bin in a child of its own: the whole group goes.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    }
  });
});
