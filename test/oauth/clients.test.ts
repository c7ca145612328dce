import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OAuthClient, OAuthClientList } from '../../src/contract/index.js';
import { assertEncryptedAtRest } from '../server/at-rest.js';
import { CLI_ONCE, assertClientError, startTestServer, storeQuery, storedText } from '../server/harness.js';
import { get, newAttempt, startOAuthTestBed, startUrl, type OAuthTestBed } from './support.js';

describe('OAuth client settings (/oauth_clients, connect-hub oauth)', () => {
  let bed: OAuthTestBed;
  before(async () => {
    bed = await startOAuthTestBed();
  });
  after(() => bed.stop());

  it('lists every OAuth connector with the redirect URL to register; the sandbox client is set at boot', async () => {
    const list = await bed.t.call('GET', '/oauth_clients');
    assert.equal(list.status, 200);
    const clients = OAuthClientList.parse(list.body);
    assert.ok(clients.length >= 10);
    const sandbox = clients.find((c) => c.provider === 'sandbox_crm');
    assert.equal(sandbox?.configured, true);
    assert.equal(sandbox?.client_id, 'connect-hub-sandbox');
    const hubspot = clients.find((c) => c.provider === 'hubspot');
    assert.equal(hubspot?.configured, false);
    assert.equal(hubspot?.redirect_uri, `${bed.t.server.publicUrl}/connect/oauth2/hubspot/callback`);
    assert.ok(!clients.some((c) => c.provider === 'sandbox_hris'), 'credential connectors have no OAuth client');
  });

  it('PUT sets a client (secret stored encrypted, never returned) and the flow starts at the real provider with it', async () => {
    const secret = 'hubspot-secret-value-0123456789';
    const put = await bed.t.call('PUT', '/oauth_clients/hubspot', { json: { client_id: 'hub-client-1', client_secret: secret, scopes: ['oauth', 'crm.objects.contacts.read'] } });
    assert.equal(put.status, 200, put.text);
    const client = OAuthClient.parse(put.body);
    assert.deepEqual(client.scopes, ['oauth', 'crm.objects.contacts.read']);
    assert.equal(client.configured, true);
    assert.ok(!put.text.includes(secret));
    const storedSecret = async () => {
      const rows = await storeQuery<{ client_id: string; client_secret_ciphertext: string }>(bed.t, "select client_id, client_secret_ciphertext from oauth_clients where project_id = ? and provider = 'hubspot'", bed.t.server.project.id);
      assert.equal(rows.length, 1);
      return { clientId: rows[0]!.client_id, secret: assertEncryptedAtRest(bed.t, rows[0]!.client_secret_ciphertext, `oauth-client:${bed.t.server.project.id}:hubspot`) };
    };
    assert.deepEqual(await storedSecret(), { clientId: 'hub-client-1', secret }, 'the client secret is encrypted at rest with the server key');
    assert.ok(!(await storedText(bed.t)).includes(secret), 'and in no stored byte in clear');

    // Without a secret, a later PUT keeps the stored one: the same secret still decrypts, under the new client id.
    const rename = await bed.t.call('PUT', '/oauth_clients/hubspot', { json: { client_id: 'hub-client-2' } });
    assert.equal(rename.status, 200, rename.text);
    assert.equal(OAuthClient.parse(rename.body).configured, true);
    assert.deepEqual(await storedSecret(), { clientId: 'hub-client-2', secret });

    const { token, attemptId } = await newAttempt(bed.t);
    const start = await get(startUrl(bed.t, { token, attemptId, integration: 'hubspot', fields: {} }));
    assert.equal(start.status, 302);
    const location = new URL(start.headers.get('location')!);
    assert.equal(location.origin + location.pathname, 'https://app.hubspot.com/oauth/authorize');
    assert.equal(location.searchParams.get('client_id'), 'hub-client-2');
    assert.equal(location.searchParams.get('scope'), 'oauth crm.objects.contacts.read');
  });

  it('a field shapes the provider host (Salesforce sandbox orgs)', async () => {
    await bed.t.call('PUT', '/oauth_clients/salesforce', { json: { client_id: 'sf', client_secret: 'sf-secret' } });
    const { token, attemptId } = await newAttempt(bed.t);
    const start = await get(startUrl(bed.t, { token, attemptId, integration: 'salesforce', fields: { login_host: 'test.salesforce.com' } }));
    assert.equal(start.status, 302, await start.clone().text());
    assert.equal(new URL(start.headers.get('location')!).host, 'test.salesforce.com');
  });

  it('refuses a first PUT without a secret, unknown and non-OAuth providers, and calls without the API key', async () => {
    assertClientError(await bed.t.call('PUT', '/oauth_clients/zoho_crm', { json: { client_id: 'x' } }), 400, /client_secret/);
    assertClientError(await bed.t.call('PUT', '/oauth_clients/nope', { json: { client_id: 'x', client_secret: 'y' } }), 404);
    assertClientError(await bed.t.call('PUT', '/oauth_clients/sandbox_hris', { json: { client_id: 'x', client_secret: 'y' } }), 404);
    assertClientError(await bed.t.call('PUT', '/oauth_clients/hubspot', { json: { client_secret: 'y' } }), 400, /client_id/);
    assertClientError(await bed.t.call('GET', '/oauth_clients', { apiKey: null }), 401);
    assertClientError(await bed.t.call('DELETE', '/oauth_clients/pipedrive'), 404);
  });

  it('connect-hub oauth set / list / remove speak this API and print the redirect URL to register', CLI_ONCE, async () => {
    // Asynchronous on purpose: the server answering the CLI runs in this very process.
    const cli = (...args: string[]) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'src/cli.ts', 'oauth', ...args, '--url', bed.t.server.url, '--api-key', bed.t.apiKey],
          { encoding: 'utf8', timeout: 60_000 },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const set = await cli('set', 'slack', '--client-id', 'slack-id', '--client-secret', 'slack-secret', '--scopes', 'users:read,team:read');
    assert.equal(set.status, 0, set.stderr);
    assert.match(set.stdout, /Slack OAuth client saved/);
    assert.match(set.stdout, new RegExp(`${bed.t.server.publicUrl}/connect/oauth2/slack/callback`));
    const list = await cli('list');
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /^slack\s+Slack\s+slack-id\s+http/m);
    const remove = await cli('remove', 'slack');
    assert.equal(remove.status, 0, remove.stderr);
    const failed = await cli('set', 'nope', '--client-id', 'x', '--client-secret', 'y');
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /404 "nope" is not an OAuth connector/);
  });
});

describe('OAuth clients from CONNECT_HUB_OAUTH_CLIENTS_FILE', () => {
  it('applies the file to the default project at start; a bad file stops the start with a clear error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'connect-hub-oauth-file-'));
    const file = path.join(dir, 'oauth-clients.json');
    writeFileSync(file, JSON.stringify({ zoho_crm: { client_id: 'zoho-id', client_secret: 'zoho-secret', scopes: ['ZohoCRM.users.READ'] } }));
    const bed = await startOAuthTestBed({ config: { oauthClientsFile: file } });
    try {
      const zoho = OAuthClient.parse((await bed.t.call('GET', '/oauth_clients/zoho_crm')).body);
      assert.equal(zoho.client_id, 'zoho-id');
      assert.deepEqual(zoho.scopes, ['ZohoCRM.users.READ']);
    } finally {
      await bed.stop();
    }
    writeFileSync(file, JSON.stringify({ sandbox_hris: { client_id: 'x', client_secret: 'y' } }));
    await assert.rejects(startTestServer({ config: { oauthClientsFile: file } }), /CONNECT_HUB_OAUTH_CLIENTS_FILE entry "sandbox_hris"/);
    rmSync(dir, { recursive: true, force: true });
  });
});
