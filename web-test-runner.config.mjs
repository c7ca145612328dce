// Component tests: real Chromium, real connect server (a child process on a fresh SQLite data dir).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { CHROMIUM_LAUNCH } from './scripts/chromium-launch.mjs';
import { freePort } from './scripts/free-port.mjs';

const API_KEY = 'chk_component_tests_key_0123456789abcdef';


async function waitHealthy(url, child, log) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`connect server exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`connect server did not become healthy at ${url}:\n${log.join('')}`);
}

/**
 * The dashboard calls the API on its own origin (the public API sends no CORS headers): in the tests its
 * page reaches the real server through this prefix, with real requests and real response headers.
 */
const API_PROXY_PREFIX = '/__connect-api';
let apiProxyTarget;
async function apiProxy(ctx, next) {
  if (!apiProxyTarget || !ctx.path.startsWith(`${API_PROXY_PREFIX}/`)) return next();
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const headers = {};
  for (const name of ['authorization', 'content-type', 'accept']) if (ctx.get(name)) headers[name] = ctx.get(name);
  const response = await fetch(apiProxyTarget + ctx.url.slice(API_PROXY_PREFIX.length), {
    method: ctx.method,
    headers,
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  });
  ctx.status = response.status;
  for (const name of ['content-type', 'x-next-page', 'x-total-count', 'link']) {
    const value = response.headers.get(name);
    if (value) ctx.set(name, value);
  }
  ctx.set('cache-control', 'no-store');
  ctx.body = Buffer.from(await response.arrayBuffer());
}

/** Starts the real server for the run and answers the tests' server commands. */
function connectServerPlugin() {
  let child;
  let dataDir;
  let baseUrl;
  const basic = `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`;

  async function api(method, path, body) {
    const response = await fetch(baseUrl + path, {
      method,
      headers: { authorization: basic, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  return {
    name: 'connect-server',
    async serverStart() {
      const port = await freePort();
      dataDir = await mkdtemp(join(tmpdir(), 'connect-hub-wtr-'));
      baseUrl = `http://127.0.0.1:${port}`;
      const log = [];
      // Not the CLI: this script injects the server's clock, so tests move time instead of waiting (advance-clock).
      child = spawn(
        process.execPath,
        ['--import', 'tsx', 'test/component/start-server.ts', String(port), dataDir],
        {
          env: { ...process.env, CONNECT_HUB_API_KEY: API_KEY, PUBLIC_URL: baseUrl, NO_COLOR: '1' },
          stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        },
      );
      child.stdout.on('data', (chunk) => log.push(String(chunk)));
      child.stderr.on('data', (chunk) => log.push(String(chunk)));
      await waitHealthy(baseUrl, child, log);
      apiProxyTarget = baseUrl;
    },
    async serverStop() {
      if (child && child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload }) {
      if (command === 'connect-hub-url') return baseUrl;
      if (command === 'create-session') {
        const result = await api('POST', '/connect_sessions', {
          origin_owner_id: `owner-${Math.random().toString(36).slice(2)}`,
          origin_owner_name: 'Component Tests Inc',
          ...payload,
        });
        if (result.status !== 201) throw new Error(`create-session: ${result.status} ${JSON.stringify(result.body)}`);
        return result.body;
      }
      if (command === 'connect-hub-api') return api(payload.method, payload.path, payload.body);
      if (command === 'advance-clock') {
        const answer = once(child, 'message');
        child.send({ advanceSeconds: payload.seconds });
        return (await answer)[0].advanced;
      }
      return undefined;
    },
  };
}

export default {
  files: ['test/component/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: CHROMIUM_LAUNCH,
    }),
  ],
  middleware: [apiProxy],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), connectServerPlugin()],
  reporters: [defaultReporter(), junitReporter({ outputPath: 'reports/component.xml' })],
};
