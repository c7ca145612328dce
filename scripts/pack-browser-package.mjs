#!/usr/bin/env node
// `npm run pack:browser`: packs the built browser package (packages/connect-hub, built by
// `npm run build:browser-package`) to the stable path dist/tarballs/connect-hub-<version>.tgz, which the
// framework host apps under test/hosts/ install. Prints that path.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const pkg = join(root, 'packages/connect-hub');
const out = join(root, 'dist/tarballs');
mkdirSync(out, { recursive: true });
const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const [{ filename, size, unpackedSize, entryCount }] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: pkg, encoding: 'utf8' }),
);
if (filename !== `connect-hub-${version}.tgz`) throw new Error(`unexpected tarball name ${filename}`);
console.log(`${join(out, filename)} (${entryCount} files, ${(size / 1024).toFixed(0)} KB packed, ${(unpackedSize / 1024).toFixed(0)} KB unpacked)`);
