import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createSandboxOAuth } from '../../../src/sandbox/oauth.js';
import { E2E_PROVIDER_PORT } from './server-config.js';

/**
 * The sandbox CRM's OAuth provider on an origin of its own, as a real provider is: the very code the connect server
 * mounts at `/sandbox/oauth` (src/sandbox/oauth.ts), run in its own process by playwright.config.ts, with the
 * connect server pointed at it through CONNECT_HUB_SANDBOX_OAUTH_URL. So the e2e tests intercept nothing of ours:
 * the connect server answers every start and callback itself.
 *
 * What it adds is what a real provider has and the sandbox leaves out: a page where the end user is still busy
 * signing in. `POST /e2e/hold-next-sign-in` makes the next authorize request answer that page instead of
 * consenting at once; its Continue link (the same authorize URL) then consents as usual. Tests use it to keep the
 * popup "at the provider" while they cancel or close it.
 *
 * Run as `node --import tsx test/e2e/support/sandbox-oauth-provider.ts` (port: CONNECT_HUB_E2E_PROVIDER_PORT).
 */
const sandbox = createSandboxOAuth();
const app = new Hono();
let held = 0;

app.post('/e2e/hold-next-sign-in', (c) => {
  held = 1;
  return c.body(null, 204);
});

app.get('/sandbox/oauth/authorize', async (c, next) => {
  if (held === 0) return next();
  held = 0;
  const continueUrl = c.req.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return c.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in to Sandbox CRM</title><link rel="icon" href="data:,"></head>` +
      `<body><h1>Sign in to Sandbox CRM</h1><p>Signing in as sandbox-user-0001.</p><p><a href="${continueUrl}">Continue</a></p></body></html>`,
  );
});

app.route('/sandbox/oauth', sandbox.app);

serve({ fetch: app.fetch, port: E2E_PROVIDER_PORT, hostname: '127.0.0.1' });
