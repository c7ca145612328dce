// Mutation testing of the modules that guard data and access (issue 19): `npm run mutation`.
// Not in CI (a full run takes long); like a benchmark, it prints the score per file and every surviving mutant.
// Scope one run with MUTATE (comma-separated globs), e.g. MUTATE='src/server/crypto/**/*.ts' npm run mutation.
// Incremental: reports/stryker-incremental.json remembers the results, so a rerun only tests what changed.
const guarded = [
  'src/server/http/auth.ts',
  'src/server/crypto/**/*.ts',
  'src/server/services/connect-sessions.ts',
  'src/server/services/credentials.ts',
  'src/server/services/accounts/**/*.ts',
  'src/server/db/stores/{accounts,account-events,connect-sessions,api-keys}.ts',
  'src/server/db/stores/webhook-*.ts',
  'src/server/db/stores/{oauth-*,connection-attempts}.ts',
  'src/server/webhooks/{dispatcher,endpoints,signer}.ts',
  'src/server/oauth/{flow,token-client,token-sealing,account-credentials,pkce}.ts',
];

// The test files that exercise those modules; with per-test-file coverage, a mutant runs only the files that reach it.
const testFiles = [
  'test/server/crypto.test.ts',
  'test/unit/credentials-merge.test.ts',
  'test/server/ssrf.test.ts',
  'test/server/oauth-stores.test.ts',
  'test/server/auth-header.test.ts',
  'test/server/auth-limits.test.ts',
  'test/server/key-check.test.ts',
  'test/server/connect-sessions.test.ts',
  'test/server/accounts.test.ts',
  'test/server/accounts-store.test.ts',
  'test/server/hub.test.ts',
  // The provider's verdicts on stored credentials (accounts/health-writes) and the failed-link counts (hub-writes).
  'test/server/account-health.test.ts',
  'test/server/metrics.test.ts',
  'test/server/secrets-and-restart.test.ts',
  'test/server/rate-limit.test.ts',
  'test/webhooks/*.test.ts',
  'test/oauth/*.test.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  mutate: process.env.MUTATE ? process.env.MUTATE.split(',') : guarded,
  tap: {
    testFiles: process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',') : testFiles,
    // Each test file runs as `node --import tsx <file>`; node:test prints TAP when told to.
    nodeArgs: ['--import', 'tsx', '--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'],
  },
  coverageAnalysis: 'perTest',
  // Module-level constants would run every test file per mutant; they are few and the tests read them anyway.
  ignoreStatic: true,
  // Two cores shared with other work: one test process at a time.
  concurrency: 1,
  timeoutMS: 30_000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  // Stryker rewrites tsconfig paths with the TypeScript 5 API, which TypeScript 7 no longer has; the sandbox's
  // tsconfig.json points nowhere outside it, so it is left as it is.
  tsconfigFile: 'stryker-has-no-tsconfig.json',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 90, low: 80, break: null },
};
