import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { renderAuthLink as RenderAuthLink } from '../../src/standalone/ssr.js';

const SSR_MODULE = new URL('../../src/standalone/ssr.ts', import.meta.url).href;

const input = {
  settings: { enabled_features: [], existing_account_id: null, project_name: 'Acme', expires_at: '2099-01-01T00:00:00.000Z', allowed_origins: [], locale: null },
  connectors: {
    integrations: ['Sandbox HRIS', 'Sandbox ATS'].map((name, i) => ({
      integration_id: `sandbox_${i}`,
      provider: `sandbox_${i}`,
      name,
      logo_url: `http://localhost/logos/sandbox_${i}.svg`,
      type: 'hris',
      version: '1',
      active: true,
      authentication_config_key: 'default',
      environment: 'production',
    })),
    external_trigger_token: 'trigger',
  },
  locale: undefined,
  theme: 'auto',
} as unknown as Parameters<typeof RenderAuthLink>[0];

// The server loads dist/ssr/auth-link.js again after a rebuild (routes/auth-link-ssr.ts): a second copy of the
// module in one process, whose element registry is global. A query string makes Node evaluate the module anew.
test('a second copy of the render (a rebuild while the server runs) refuses to render instead of drawing a hub stuck on loading', async () => {
  const first = (await import(`${SSR_MODULE}?build=first`)) as { renderAuthLink: typeof RenderAuthLink };
  const painted = await first.renderAuthLink(input);
  assert.match(painted.hub, /Sandbox HRIS/);
  assert.doesNotMatch(painted.hub, /tone="loading"/);

  const second = (await import(`${SSR_MODULE}?build=second`)) as { renderAuthLink: typeof RenderAuthLink };
  // Every time, not only the first: the earlier code threw once, then drew the first copy's element, which never
  // sees this copy's session data (a hub on "Loading connectors…").
  for (let i = 0; i < 2; i++) await assert.rejects(second.renderAuthLink(input), /restart the server/);
  // The first copy (the one whose elements are registered) still renders.
  assert.match((await first.renderAuthLink(input)).hub, /Sandbox HRIS/);
});
