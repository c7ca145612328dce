import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { listAccounts, uniqueOwner } from './support/connect-api.js';
import { apiKeyInput, pickSandboxHris, watchForBrokenLoads } from './support/hub-flow.js';
import { readmeSnippet } from './support/readme-snippets.js';
import { E2E_API_KEY, E2E_SERVER_URL } from './support/server-config.js';
import { startStaticHost, type StaticHost } from './support/static-host.js';

// Real framework apps (test/hosts: React 19 + TypeScript strict, Vue 3 + vue-tsc strictTemplates, Svelte 5 +
// svelte-check) install the PACKED browser tarball, embed README.md's snippet for their framework, type-check,
// build with Vite, and link Sandbox HRIS in Chromium against the e2e server. The success detail must land in
// the framework's own state (useState / ref / $state), rendered into <output id="linked">.

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const HOSTS_DIR = join(REPO_ROOT, 'test/hosts');
const BIN = join(HOSTS_DIR, 'node_modules/.bin');
/**
 * The tarball the apps install: `npm run pack:browser` packs it from the current sources at every run (a
 * tarball left from an earlier run would test old code); CONNECT_HUB_BROWSER_TARBALL names another one instead.
 */
const GIVEN_TARBALL = process.env.CONNECT_HUB_BROWSER_TARBALL;
const BROWSER_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'packages/connect-hub/package.json'), 'utf8')) as { version: string }).version;
const TARBALL = resolve(GIVEN_TARBALL ?? join(REPO_ROOT, `dist/tarballs/connect-hub-${BROWSER_VERSION}.tgz`));
/** The server address README.md's snippets use (`npm start`'s default). */
const README_SERVER_URL = 'http://localhost:8787';

interface HostApp {
  name: 'react' | 'vue' | 'svelte';
  /** The `### …` heading in README.md's "Embed it" section. */
  heading: string;
  /** Where the extracted snippet is written (gitignored): the app's own code imports it from there. */
  snippetFile: string;
  /** The type-checks the Vite template runs before its build, binaries from test/hosts/node_modules/.bin. */
  checks: Array<[bin: string, args: string[]]>;
}

const APPS: HostApp[] = [
  { name: 'react', heading: 'React', snippetFile: 'src/ConnectHrButton.tsx', checks: [['tsc', ['-b']]] },
  { name: 'vue', heading: 'Vue', snippetFile: 'src/ConnectHr.vue', checks: [['vue-tsc', ['-b']]] },
  {
    name: 'svelte',
    heading: 'Svelte',
    snippetFile: 'src/ConnectHr.svelte',
    checks: [
      ['svelte-check', ['--tsconfig', './tsconfig.app.json', '--fail-on-warnings', '--output', 'human']],
      ['tsc', ['-p', 'tsconfig.node.json']],
    ],
  },
];

const run = promisify(execFile);
/**
 * Children get no Playwright loader (NODE_OPTIONS) and none of the root `npm test`'s own package and script
 * variables; npm settings given in the environment (registry, cache, cafile, …) pass through.
 */
const NOT_PASSED = /^(NODE_OPTIONS|npm_package_.*|npm_lifecycle_.*|npm_command|npm_config_local_prefix|npm_config_call)$/i;
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !NOT_PASSED.test(key))) as NodeJS.ProcessEnv;

async function step(label: string, cwd: string, command: string, args: string[]): Promise<number> {
  const started = Date.now();
  try {
    await run(command, args, { cwd, env: { ...childEnv, FORCE_COLOR: '0', CI: 'true' }, maxBuffer: 32 * 1024 * 1024, timeout: 180_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${label} failed (${command} ${args.join(' ')} in ${cwd}):\n${stdout}\n${stderr}`);
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`[framework-hosts] ${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

/** The README's snippet, aimed at the e2e server instead of `localhost:8787`; returns its token-url. */
function writeSnippet(app: HostApp): string {
  const { code } = readmeSnippet(app.heading);
  expect(code, `README's ${app.heading} snippet imports the package`).toContain("'connect-hub/");
  expect(code, `README's ${app.heading} snippet imports no path into this repository`).not.toMatch(/(from |import )['"][./]/);
  expect(code, `README's ${app.heading} snippet names the server at ${README_SERVER_URL}`).toContain(README_SERVER_URL);
  const tokenUrl = /token-url="([^"]+)"/.exec(code)?.[1];
  if (!tokenUrl) throw new Error(`README's ${app.heading} snippet has no token-url="…"`);
  // The only change to the reader's code: the e2e server listens on its own port (so a developer's
  // `npm start` on 8787 never collides with a test run), and a built app has its base URL baked in.
  writeFileSync(join(HOSTS_DIR, app.name, app.snippetFile), code.replaceAll(README_SERVER_URL, E2E_SERVER_URL));
  return tokenUrl;
}

/** The host backend's token endpoint, as README.md's "Embed it" backend does it: POST /connect_sessions with the API key. */
function tokenRoute(owner: string) {
  return async () => {
    const response = await fetch(`${E2E_SERVER_URL}/connect_sessions`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${E2E_API_KEY}:`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ origin_owner_id: owner, origin_owner_name: `Owner ${owner}` }),
    });
    if (response.status !== 201) return { status: 502, body: { message: `connect_sessions answered ${response.status}` } };
    const { token } = (await response.json()) as { token: string };
    return { status: 200, body: { token } };
  };
}

const hosts: StaticHost[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!GIVEN_TARBALL) await step('npm run pack:browser', REPO_ROOT, 'npm', ['run', 'pack:browser', '--silent']);
  expect(existsSync(TARBALL), `${TARBALL} exists`).toBe(true);
  // One install for the three apps: the committed lockfile plus the tarball, without writing either file.
  await step('npm install (shared) + tarball', HOSTS_DIR, 'npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', TARBALL]);
  // Unpacked from the tarball, as from the registry: not a link into this repository.
  expect(lstatSync(join(HOSTS_DIR, 'node_modules/connect-hub')).isSymbolicLink()).toBe(false);
  const installed = JSON.parse(readFileSync(join(HOSTS_DIR, 'node_modules/connect-hub/package.json'), 'utf8')) as { name: string };
  expect(installed.name).toBe('connect-hub');
});

test.afterAll(async () => {
  await Promise.all(hosts.map((host) => host.close()));
});

for (const app of APPS) {
  test(`${app.heading} app from README's snippet and the packed tarball: type-checks, builds, lists the connectors, links Sandbox HRIS, keeps the detail in its state`, async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000);
    const cwd = join(HOSTS_DIR, app.name);
    const tokenUrl = writeSnippet(app);
    for (const [bin, args] of app.checks) await step(`${app.name}: ${bin} ${args.join(' ')}`, cwd, join(BIN, bin), args);
    await step(`${app.name}: vite build`, cwd, join(BIN, 'vite'), ['build', '--logLevel', 'warn']);
    const owner = uniqueOwner(`host-${app.name}`);
    const host = await startStaticHost(0, { root: join(cwd, 'dist'), routes: { [tokenUrl]: tokenRoute(owner) } });
    hosts.push(host);
    expect(new URL(host.origin).origin).not.toBe(new URL(E2E_SERVER_URL).origin);

    const { problems } = watchForBrokenLoads(page);
    await page.goto(host.origin);
    await expect(page.getByRole('heading', { name: `${app.heading} host` })).toBeVisible();
    await expect(page.locator('#linked')).toHaveText('');

    const listed = page.waitForResponse((response) => new URL(response.url()).pathname === '/hub/connectors');
    await page.getByRole('button', { name: 'Connect your HR system' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect an account' });
    await expect(dialog).toBeVisible();
    const { integrations } = (await (await listed).json()) as { integrations: Array<{ name: string }> };
    expect(integrations.map((integration) => integration.name)).toContain('Sandbox HRIS');
    const names = dialog.locator('[part="item"] .name');
    await expect(names).toHaveCount(integrations.length);
    expect((await names.allTextContents()).map((name) => name.trim()).sort()).toEqual(integrations.map(({ name }) => name).sort());

    await pickSandboxHris(page);
    await page.getByLabel('Subdomain').fill('acme');
    await apiKeyInput(page).fill('sandbox_good');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByText('Connection successful')).toBeVisible();

    const accounts = await listAccounts(request, owner);
    expect(accounts).toHaveLength(1);
    // The framework's own state, rendered by the app (not read off the element or the event).
    await expect(page.locator('#linked')).toHaveText(`${accounts[0]!.id} sandbox_hris`);
    expect(problems).toEqual([]);
  });
}
