#!/usr/bin/env node
// Screenshots of every hub view on the standalone auth-link page, light and dark, 1280 px and 375 px,
// into docs/screenshots/<view>-<theme>-<width>.png.
// Usage: node scripts/screenshots.mjs   (builds nothing: run `npm run build` first; starts its own real server)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_LAUNCH, REPO_ROOT, requireBuild, startHubServer } from '../bench/hub-server.js';

const OUT_DIR = join(REPO_ROOT, 'docs/screenshots');
const WIDTHS = [1280, 375];
const THEMES = ['light', 'dark'];

requireBuild();
mkdirSync(OUT_DIR, { recursive: true });
const server = await startHubServer();
const browser = await chromium.launch(CHROMIUM_LAUNCH);

const search = (page) => page.getByRole('searchbox', { name: 'Search connectors' });
async function openForm(page) {
  await search(page).fill('sandbox');
  await page.getByRole('button', { name: /Sandbox HRIS/ }).click();
  await page.getByLabel('Subdomain').waitFor();
}
async function fillAndConnect(page, apiKey) {
  await page.getByLabel('Subdomain').fill('acme');
  await page.getByLabel('API key', { exact: true }).fill(apiKey);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** Each view: how to reach it from a fresh session's auth link. */
const VIEWS = {
  // No 'loading' view: the auth link's first response carries the list (issue 15), so it never shows a skeleton.
  list: { reach: async (page) => { await search(page).waitFor(); await page.waitForTimeout(300); } },
  'search-empty': {
    async reach(page) {
      await search(page).fill('zzz no such thing');
      await page.getByText('No connectors found').waitFor();
    },
  },
  form: { reach: openForm },
  'form-errors': {
    async reach(page) {
      await openForm(page);
      await page.getByLabel('Subdomain').fill('x');
      await page.getByLabel('Subdomain').fill('');
      await page.getByLabel('API key', { exact: true }).focus();
      await page.getByLabel('API key', { exact: true }).blur();
      await page.getByRole('button', { name: 'Connect', exact: true }).click({ force: true, timeout: 2_000 }).catch(() => {});
      await page.getByText('Subdomain is required').waitFor();
    },
  },
  'provider-error': {
    async reach(page) {
      await openForm(page);
      await fillAndConnect(page, 'wrong_key');
      await page.getByText("didn't accept that API key").waitFor();
    },
  },
  success: {
    async reach(page) {
      await openForm(page);
      await fillAndConnect(page, 'sandbox_good');
      await page.getByText('Connection successful').waitFor();
    },
  },
  expired: {
    session: { expires_in: 1 },
    async reach(page) {
      await page.getByText('This link has expired or is invalid').waitFor();
    },
    delayMs: 2_200,
  },
  'edit-mode': {
    async session(owner) {
      const first = await server.createSession({ origin_owner_id: owner });
      const created = await server.request(
        'POST',
        '/hub/accounts',
        { integration_id: 'sandbox_hris', credentials: { subdomain: 'acme', api_key: 'sandbox_good' } },
        { 'x-hub-session-token': first.token },
      );
      if (created.status !== 201) throw new Error(`could not create the account to edit: ${JSON.stringify(created.body)}`);
      return { account_id: created.body.id };
    },
    async reach(page) {
      await page.getByRole('button', { name: 'Update', exact: true }).waitFor();
    },
  },
};

const only = process.argv.slice(2);
let count = 0;
try {
  for (const [name, view] of Object.entries(VIEWS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        const owner = `shots-${name}-${theme}-${width}-${Date.now().toString(36)}`;
        const extra = typeof view.session === 'function' ? await view.session(owner) : (view.session ?? {});
        const session = await server.createSession({ origin_owner_id: owner, ...extra });
        if (view.delayMs) await new Promise((r) => setTimeout(r, view.delayMs));
        const context = await browser.newContext({
          viewport: { width, height: width > 600 ? 860 : 812 },
          deviceScaleFactor: width > 600 ? 1 : 2,
          colorScheme: theme,
        });
        const page = await context.newPage();
        await view.prepare?.(page);
        await page.goto(session.auth_link_url);
        await view.reach(page);
        await page.waitForTimeout(250);
        const file = join(OUT_DIR, `${name}-${theme}-${width}.png`);
        await page.screenshot({ path: file });
        await context.close();
        count += 1;
        console.log(`  ${file.slice(REPO_ROOT.length + 1)}`);
      }
    }
  }
  console.log(`${count} screenshots written to docs/screenshots/`);
} finally {
  await browser.close();
  await server.stop();
}
