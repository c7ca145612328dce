// Starts the REAL connect server (src/cli.ts serve) on a free loopback port with a fresh data dir,
// for the hub benchmarks and the screenshot script. Not a test helper: the e2e suite uses Playwright's webServer.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../scripts/free-port.mjs';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export { CHROMIUM_LAUNCH } from '../scripts/chromium-launch.mjs';

export function requireBuild(files = ['dist/app/index.html', 'dist/lib/define.js']) {
  const missing = files.filter((file) => !existsSync(join(REPO_ROOT, file)));
  if (missing.length > 0) {
    console.error(`missing ${missing.join(', ')}: run \`npm run build\` first`);
    process.exit(1);
  }
}


/** @param {{env?: Record<string, string>}} [options] extra environment for the server
 * @returns {Promise<{url: string, apiKey: string, createSession: (body: object) => Promise<any>, stop: () => Promise<void>}>} */
export async function startHubServer({ env = {} } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const apiKey = 'chk_bench_key_0123456789abcdefghijklmnopqrst';
  const dataDir = mkdtempSync(join(tmpdir(), 'connect-hub-bench-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--no-link'],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, CONNECT_HUB_API_KEY: apiKey, PUBLIC_URL: url, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    try {
      const health = await fetch(`${url}/healthz`);
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer /healthz within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }

  const authorization = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
  return {
    url,
    apiKey,
    async createSession(body) {
      const response = await fetch(`${url}/connect_sessions`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ origin_owner_name: 'Bench Owner', ...body }),
      });
      if (response.status !== 201) throw new Error(`POST /connect_sessions: ${response.status} ${await response.text()}`);
      return response.json();
    },
    async request(method, path, body, headers = {}) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
