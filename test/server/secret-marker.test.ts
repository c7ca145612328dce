import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { addEndpoint, waitUntil, WebhookReceiver } from '../webhooks/support.js';
import { createSession, startTestServer, storedText, type TestServer } from './harness.js';

/** One random marker; every credential below carries it, in the plain form and the forms that once crashed. */
const MARKER = `mk${randomBytes(6).toString('hex')}`;
const FORMS = [`${MARKER}-plain`, `${MARKER}\r\nX-Injected: 1`, `${MARKER}\n`, `${MARKER}\u0000nul`, `${MARKER}-😀`, `${MARKER}-\u0100`, `${MARKER}-ж`];

describe('a secret marker through every credential path appears in no log line, response, payload or stored byte', () => {
  let t: TestServer;
  let receiver: WebhookReceiver;
  /** What the pretend providers were sent, so the marker is known to have reached them. */
  const providerRequests: string[] = [];

  before(async () => {
    receiver = await WebhookReceiver.start();
    t = await startTestServer({
      overrides: {
        clock: () => new Date(),
        // Providers on the public internet, played here: Okta takes any token; Auth0 echoes what it was sent.
        resolve: async () => [{ address: '93.184.216.34', family: 4 }],
        fetch: async (url, init) => {
          const href = String(url instanceof Request ? url.url : url);
          if (href.startsWith(t.server.url) || href.startsWith(new URL(receiver.url).origin)) return fetch(url, init);
          providerRequests.push(`${JSON.stringify(init?.headers ?? {})} ${typeof init?.body === 'string' ? init.body : ''}`);
          if (href.includes('auth0.com') && typeof init?.body === 'string' && init.body.includes('reject')) {
            return Response.json({ error: 'access_denied', error_description: `Unauthorized: ${init.body}` }, { status: 401 });
          }
          return Response.json({ id: 'me', echo: typeof init?.body === 'string' ? init.body : '' }, { status: 200 });
        },
      },
    });
    for (const key of ['okta', 'auth0']) assert.equal((await t.call('PUT', `/project/connectors/${key}`, { json: { enabled: true } })).status, 200);
    await addEndpoint(t, { url: receiver.url, events: ['account.created', 'account.updated'] });
  });
  after(async () => {
    await t.stop();
    await receiver.stop();
  });

  it('goes through hub create and patch, the Accounts API, OAuth client settings and a rejecting provider', async () => {
    const { token } = await createSession(t, { origin_owner_id: 'marker-owner', multiple: true });
    const statuses: number[] = [];
    let oktaAccount = '';
    let auth0Account = '';
    for (const form of FORMS) {
      // Hub create: header-bound (Okta) and body-bound (Auth0) secrets.
      const okta = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'okta', credentials: { okta_domain: 'acme.okta.com', api_token: form } } });
      statuses.push(okta.status);
      if (okta.status === 201) oktaAccount = String(okta.body.id);
      const auth0 = await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'auth0', credentials: { auth0_domain: 'acme.eu.auth0.com', client_id: 'cid', client_secret: form } } });
      statuses.push(auth0.status);
      if (auth0.status === 201) auth0Account = String(auth0.body.id);
      // A provider that rejects and quotes the request back.
      statuses.push((await t.call('POST', '/hub/accounts', { token, json: { integration_id: 'auth0', credentials: { auth0_domain: 'acme.eu.auth0.com', client_id: 'reject', client_secret: form } } })).status);
    }
    assert.ok(oktaAccount && auth0Account, 'the plain forms were linked');
    for (const form of FORMS) {
      // Hub edit, and the Accounts API's secrets and credentials.
      statuses.push((await t.call('PATCH', `/hub/accounts/${oktaAccount}`, { token, json: { integration_id: 'okta', credentials: { api_token: form } } })).status);
      statuses.push((await t.call('PATCH', `/accounts/${auth0Account}`, { json: { secrets: { client_secret: form } } })).status);
      statuses.push((await t.call('PATCH', `/accounts/${oktaAccount}`, { json: { credentials: { api_token: form } } })).status);
      // The OAuth app secret an operator (or the dashboard) sets.
      statuses.push((await t.call('PUT', '/oauth_clients/sandbox_crm', { json: { client_id: 'crm-client', client_secret: form } })).status);
    }
    assert.ok(statuses.every((status) => status < 500), `no 5xx: ${statuses.join(' ')}`);
    assert.ok(statuses.filter((status) => status === 400).length >= 6, 'the forms a header cannot carry were refused');
    assert.ok(providerRequests.some((request) => request.includes(MARKER)), 'the marker did reach the providers, so the hunt below means something');
    await t.call('GET', `/accounts/${oktaAccount}`);
    await t.call('GET', '/accounts');
    await t.call('GET', `/hub/accounts/${auth0Account}`, { token });
    await t.call('GET', '/oauth_clients/sandbox_crm');
    await waitUntil('the account webhooks arrived', () => receiver.received.length >= 2);
  });

  it('…and is in none of them', async () => {
    // The lines are the server's JSON: the marker is looked for in every field, escaped or not.
    const entries = t.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.ok(entries.some((entry) => entry.route === '/hub/accounts' && typeof entry.request_id === 'string'), 'request lines were captured');
    for (const entry of entries) {
      const fields = Object.values(entry).map(String).join(' ');
      assert.equal(fields.includes(MARKER), false, `the marker is in a log field: ${fields.slice(0, 200)}`);
    }
    const places: [string, string][] = [
      ['log lines', t.logLines.join('\n')],
      ['responses', t.bodies.join('\n')],
      ['webhook payloads', receiver.received.map((r) => JSON.stringify(r)).join('\n')],
      ['stored bytes', await storedText(t)],
    ];
    for (const [where, text] of places) {
      assert.ok(text.length > 0, `${where} were captured`);
      assert.equal(text.includes(MARKER), false, `the marker is in the ${where}: …${text.slice(Math.max(0, text.indexOf(MARKER) - 80), text.indexOf(MARKER) + 40)}…`);
    }
  });
});
