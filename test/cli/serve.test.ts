import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI_ONCE } from '../server/harness.js';
import { spawnServe } from '../server/serve-process.js';

const PINNED = 'chk_serve_test_pinned_key_0123456789abcdef';

/** `connect-hub serve` until it has printed its table (on stderr); then SIGTERM. Returns both streams, and stdout alone. */
async function serveOutput(dataDir: string, env: Record<string, string>): Promise<string> {
  return (await serveStreams(dataDir, env)).output;
}

async function serveStreams(
  dataDir: string,
  env: Record<string, string>,
  whileUp?: (output: string) => Promise<void>,
): Promise<{ output: string; stdout: string }> {
  // The table ends with an empty line after its last row.
  const serve = await spawnServe(['--data-dir', dataDir], { FORCE_COLOR: '0', CONNECT_HUB_API_KEY: '', CONNECT_HUB_DEMO: '', ...env }, { timeoutMs: 30_000, ready: /Connect Hub is running[\s\S]*\n\n/ });
  try {
    await whileUp?.(serve.output());
  } finally {
    serve.child.kill('SIGTERM');
    await new Promise((resolve) => (serve.child.exitCode !== null ? resolve(undefined) : serve.child.once('exit', resolve)));
  }
  return { output: serve.output(), stdout: serve.stdout() };
}

describe('connect-hub serve prints', CLI_ONCE, () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-serve-'));
    dirs.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a new key once, on the first start only; the sample auth link where the demo is on', async () => {
    const dir = dataDir();
    const first = await serveOutput(dir, {});
    assert.match(first, /API key\s+chk_\S+\s+\(new project: shown this once/);
    assert.match(first, /Auth link\s+http:\/\/\S+\/embedded\/integrations\?token=chs_\S+\s+\(expires /);
    const second = await serveOutput(dir, {});
    assert.doesNotMatch(second, /chk_/, 'the key is not printed again');
    assert.match(second, /API key\s+printed on the first start only/);
  });

  it('a pinned CONNECT_HUB_API_KEY is never printed; with the demo off, no auth link either', async () => {
    const output = await serveOutput(dataDir(), { CONNECT_HUB_API_KEY: PINNED, CONNECT_HUB_DEMO: 'off' });
    assert.equal(output.includes(PINNED), false, output);
    assert.match(output, /API key\s+set by CONNECT_HUB_API_KEY/);
    assert.doesNotMatch(output, /token=chs_/);
    assert.match(output, /Auth link\s+none printed while the demo is off/);
  });

  it('the table goes to stderr: stdout, when not a terminal, is the JSON log alone, one object a line', async () => {
    const { stdout } = await serveStreams(dataDir(), { CONNECT_HUB_DEMO: 'on' }, async (table) => {
      const base = /(http:\/\/[^/\s]+)\/embedded\//.exec(table)?.[1];
      assert.ok(base, table);
      await (await fetch(`${base}/connect_sessions`, { method: 'POST' })).text(); // a 401, logged
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    assert.doesNotMatch(stdout, /Connect Hub is running|Auth link/);
    const lines = stdout.split('\n').filter(Boolean);
    assert.ok(lines.length > 0, 'the server logs its start');
    for (const line of lines) assert.equal(typeof JSON.parse(line), 'object', line);
  });
});
