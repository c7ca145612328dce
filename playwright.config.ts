import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH } from './scripts/chromium-launch.mjs';
import { E2E_API_KEY, E2E_PROVIDER_URL, E2E_SERVER_PORT, E2E_SERVER_URL } from './test/e2e/support/server-config.js';

const REPO_ROOT = fileURLToPath(new URL('.', import.meta.url));
const REQUIRED_BUILD_FILES = ['dist/app/index.html', 'dist/lib/connect-hub.iife.js', 'dist/lib/define.js'];
const missing = REQUIRED_BUILD_FILES.filter((file) => !existsSync(join(REPO_ROOT, file)));
if (missing.length > 0) {
  throw new Error(
    `The e2e tests run against the built bundle, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.\n` +
      'Run `npm run build` first (npm run test:e2e does it for you).',
  );
}

// Workers re-load this file; they inherit the parent's env, so the data dir is made once per run.
process.env.CONNECT_HUB_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'connect-hub-e2e-'));

export default defineConfig({
  testDir: join(REPO_ROOT, 'test/e2e'),
  testMatch: '*.spec.ts',
  // Screenshot specs write docs/screenshots: they run from `npm run screenshots`, never inside `npm test`.
  testIgnore: process.env.CONNECT_HUB_SCREENSHOTS ? [] : ['**/*screenshots.spec.ts'],
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['junit', { outputFile: 'reports/e2e.xml' }]],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: CHROMIUM_LAUNCH,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node --import tsx src/cli.ts serve --port ${E2E_SERVER_PORT} --host 127.0.0.1 --data-dir "${process.env.CONNECT_HUB_E2E_DATA_DIR}" --no-link`,
      cwd: REPO_ROOT,
      url: `${E2E_SERVER_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        CONNECT_HUB_API_KEY: E2E_API_KEY,
        PUBLIC_URL: E2E_SERVER_URL,
        CONNECT_HUB_DATA_DIR: process.env.CONNECT_HUB_E2E_DATA_DIR,
        // The dashboard's webhook tests deliver to a receiver on 127.0.0.1.
        CONNECT_HUB_WEBHOOK_ALLOW_PRIVATE: 'on',
        // Every spec opens expired links and polls for a session's end from one address, 127.0.0.1: under the default
        // 20 a minute the next test's expired token got a 429 ("We couldn't ask for a new link"), depending on timing.
        // The limit itself is proven in test/server (rate limits), not here.
        CONNECT_HUB_RATE_LIMIT_SESSION_FAILURES: '2000/1m',
        // Every request is a JSON line since pino: only errors reach the CI log, so a failure's lines stand out.
        CONNECT_HUB_LOG_LEVEL: 'error',
        // Sandbox CRM signs in at a provider on its own origin, so no test needs to intercept this server's URLs.
        CONNECT_HUB_SANDBOX_OAUTH_URL: `${E2E_PROVIDER_URL}/sandbox/oauth`,
      },
    },
    {
      command: 'node --import tsx test/e2e/support/sandbox-oauth-provider.ts',
      cwd: REPO_ROOT,
      url: `${E2E_PROVIDER_URL}/sandbox/oauth/.well-known/oauth-authorization-server`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
