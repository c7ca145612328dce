// Installed size of the browser package `connect-hub`: its tarball, and the node_modules of an empty app after
// `npm install connect-hub` (from the packed tarball; lit comes from the registry, or npm's cache with
// --prefer-offline). Builds packages/connect-hub first when it is not built (`npm run build:browser-package`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const pkgDir = join(root, 'packages/connect-hub');
if (!existsSync(join(pkgDir, 'dist/define.js'))) {
  const built = spawnSync('npm', ['run', 'build:browser-package', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

const work = mkdtempSync(join(tmpdir(), 'connect-hub-browser-size-'));
try {
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: pkgDir, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(packed.stderr);
  const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(packed.stdout);
  console.log('browser package connect-hub');
  console.log(`  tarball ${filename}: ${kb(size)}, ${entryCount} files, ${kb(unpackedSize)} unpacked (bound 1024 KB without lit)`);

  const app = join(work, 'app');
  spawnSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const installed = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, filename)], { cwd: app, encoding: 'utf8' });
  if (installed.status !== 0) throw new Error(installed.stderr);
  const modules = join(app, 'node_modules');
  const packages = readdirSync(modules, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .flatMap((e) => (e.name.startsWith('@') ? readdirSync(join(modules, e.name)).map((n) => `${e.name}/${n}`) : [e.name]));
  const sizes = packages.map((name) => [name, bytesUnder(join(modules, name))]).sort((a, b) => b[1] - a[1]);
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`  a consumer's node_modules after npm install connect-hub: ${packages.length} packages, ${kb(total)}`);
  console.log(`    ${sizes.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
