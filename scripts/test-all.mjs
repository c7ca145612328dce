#!/usr/bin/env node
// Runs every suite (unit + server, the server suites again on PostgreSQL, component, e2e) one after another and ends with one line that sums
// them all: `N passed, N failed`. Counts come from each runner's JUnit report, not from scraping its
// console; a runner that exits non-zero without reporting a failure (a file that failed to import, a
// crash) counts as one failure, so a broken suite can never read as green.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'reports');
process.chdir(root);

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

const nodeTestFiles = ['test/unit', 'test/server', 'test/catalog', 'test/cli', 'test/webhooks', 'test/oauth', 'test/fuzz', 'test/packages'].flatMap((d) =>
  filesUnder(d, '.test.ts'),
);
// What touches the database runs a second time on PostgreSQL (test/server/harness.ts picks the engine).
const postgresTestFiles = ['test/server', 'test/webhooks', 'test/oauth', 'test/fuzz'].flatMap((d) => filesUnder(d, '.test.ts'));

/**
 * node's test runner, printing to the console and writing a JUnit report. --test-timeout fails a test that hangs
 * (--test-force-exit would also end a file that leaks a handle, but it exits before the JUnit file is written;
 * the step limit below is the guard for that). Three files at a time: node's default
 * is one fewer than the cores (1 here), but most test files wait on servers, SQLite files and sockets, and each
 * has its own data dir, port and PostgreSQL schema, so overlapping them cuts the suite's wall time without sharing state.
 */
const nodeTest = (report, files) => [
  process.execPath,
  ['--import', 'tsx', '--test', '--test-timeout=600000', '--test-concurrency=3', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=junit', `--test-reporter-destination=${report}`, ...files],
];

const suites = {
  unit: {
    report: 'reports/unit.xml',
    steps: [nodeTest('reports/unit.xml', nodeTestFiles)],
  },
  postgres: {
    report: 'reports/postgres.xml',
    steps: [[process.execPath, ['scripts/with-postgres.mjs', '--skip-report', 'reports/postgres.xml', '--', ...nodeTest('reports/postgres.xml', postgresTestFiles).flat()]]],
  },
  component: {
    report: 'reports/component.xml',
    steps: [['npx', ['wtr', '--config', 'web-test-runner.config.mjs']]],
  },
  e2e: {
    report: 'reports/e2e.xml',
    steps: [
      ['npm', ['run', 'build', '--silent']],
      ['npx', ['playwright', 'test']],
    ],
  },
};

/** Counts test cases in a JUnit XML file: every runner here writes one. */
function countJUnit(file) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (!existsSync(file)) return counts;
  const xml = readFileSync(file, 'utf8');
  for (const m of xml.matchAll(/<testcase\b(?:[^>"]|"[^"]*")*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = m[1] ?? '';
    if (/<(failure|error)\b/.test(body)) counts.failed++;
    else if (/<skipped\b/.test(body)) counts.skipped++;
    else counts.passed++;
  }
  return counts;
}

const wanted = process.argv.slice(2);
const selected = wanted.length ? wanted : Object.keys(suites);
for (const name of selected) if (!suites[name]) throw new Error(`unknown suite ${name}`);

/** CI's hard limit is 90 minutes: a hung step is killed well before, so the summary line is still printed. */
const STEP_LIMIT_MS = 25 * 60_000;
const RUN_LIMIT_MS = 80 * 60_000;
const runStarted = Date.now();

mkdirSync(reports, { recursive: true });
const env = { ...process.env, FORCE_COLOR: '0', CI: process.env.CI ?? '' };
const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const name of selected) {
  const suite = suites[name];
  rmSync(suite.report, { force: true });
  let exitCode = 0;
  let failedStep = '';
  console.log(`\n=== ${name} ===`);
  for (const [cmd, args] of suite.steps) {
    const limit = Math.max(60_000, Math.min(STEP_LIMIT_MS, RUN_LIMIT_MS - (Date.now() - runStarted)));
    const run = spawnSync(cmd, args, { stdio: 'inherit', env, timeout: limit, killSignal: 'SIGKILL' });
    exitCode = run.status ?? 1;
    if (exitCode !== 0) {
      failedStep = [cmd, ...args].join(' ').slice(0, 120);
      if (run.error?.code === 'ETIMEDOUT') console.log(`${name}: \`${failedStep}\` still running after ${Math.round(limit / 60_000)} min: killed`);
      break;
    }
  }
  const counts = countJUnit(suite.report);
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    console.log(`${name}: \`${failedStep}\` exited ${exitCode} without a failing test in its report: counted as 1 failure`);
  }
  if (exitCode === 0 && counts.passed + counts.failed + counts.skipped === 0) {
    counts.failed = 1;
    console.log(`${name}: ran no test: counted as 1 failure`);
  }
  for (const k of Object.keys(total)) total[k] += counts[k];
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

const summary = `${total.passed} passed, ${total.failed} failed`;
console.log('\n' + lines.join('\n'));
console.log(summary);
writeFileSync(join(reports, 'summary.txt'), lines.join('\n') + '\n' + summary + '\n');
process.exit(total.failed > 0 ? 1 : 0);
