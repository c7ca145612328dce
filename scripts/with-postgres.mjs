#!/usr/bin/env node
// Runs a command against a throwaway PostgreSQL cluster: initdb into a temp dir, start it on a free loopback
// port (trust auth and fsync off: test data only), run the command with CONNECT_HUB_TEST_DATABASE_URL set,
// then stop the cluster and delete it. Uses Debian's binaries (/usr/lib/postgresql/<version>/bin, what
// `apt-get install postgresql` brings) or those on PATH; as root, the cluster runs as the `postgres` user,
// since PostgreSQL refuses to run as root.
//
//   node scripts/with-postgres.mjs [--skip-report reports/postgres.xml] -- <command> [args…]
//
// Without PostgreSQL binaries it says so and exits 0, writing a JUnit report with one skipped case when
// asked: `npm test` shows "1 skipped" instead of failing a machine that has no PostgreSQL (CI installs it).
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

const args = process.argv.slice(2);
const separator = args.indexOf('--');
const skipReport = args.includes('--skip-report') ? args[args.indexOf('--skip-report') + 1] : undefined;
const [command, ...commandArgs] = args.slice(separator + 1);
if (separator < 0 || !command) {
  console.error('usage: with-postgres.mjs [--skip-report <junit.xml>] -- <command> [args…]');
  process.exit(2);
}

function postgresBinDir() {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (existsSync(join(debian, version, 'bin', 'initdb'))) return join(debian, version, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found ? found.replace(/\/initdb$/, '') : undefined;
}

function skip(reason) {
  console.log(`postgres: skipped: ${reason}`);
  if (!skipReport) process.exit(0);
  writeFileSync(
    skipReport,
    `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="postgres" tests="1" skipped="1">` +
      `<testcase name="the server suites on PostgreSQL"><skipped message="${reason.replace(/[<>&"]/g, '')}"/></testcase>` +
      `</testsuite></testsuites>\n`,
  );
  process.exit(0);
}


const bin = postgresBinDir();
if (!bin) skip('no PostgreSQL binaries (apt-get install postgresql)');

const asRoot = userInfo().uid === 0;
if (asRoot && spawnSync('id', ['-u', 'postgres']).status !== 0) skip('running as root and there is no `postgres` user to run the cluster');
// As root, each PostgreSQL program runs as `postgres`; otherwise as whoever runs the tests.
const run = (program, programArgs, options = {}) =>
  spawnSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...programArgs] : programArgs, {
    encoding: 'utf8',
    ...options,
  });

const root = mkdtempSync(join(tmpdir(), 'connect-hub-pg-'));
const dataDir = join(root, 'data');
if (asRoot) {
  chmodSync(root, 0o755);
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  chownSync(root, id('-u'), id('-g'));
}

let status = 1;
let started = false;
try {
  const init = run('initdb', ['-D', dataDir, '--auth=trust', '--username=postgres', '--no-sync', '--encoding=UTF8', '--locale=C.UTF-8']);
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = run('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(root, 'postgres.log'), '-w', '-t', '60', 'start']);
  if (start.status !== 0) {
    const log = existsSync(join(root, 'postgres.log')) ? readFileSync(join(root, 'postgres.log'), 'utf8') : '';
    throw new Error(`pg_ctl start failed:\n${start.stdout}${start.stderr}${log}`);
  }
  started = true;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`postgres: throwaway cluster at ${url} (${bin})`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, CONNECT_HUB_TEST_DATABASE_URL: url } });
  status = result.status ?? 1;
} catch (error) {
  console.error(`postgres: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (started) run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
  rmSync(root, { recursive: true, force: true });
}
process.exit(status);
