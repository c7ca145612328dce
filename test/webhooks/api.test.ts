import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { WebhookEndpoint, WebhookEndpointList, WebhookEndpointWithSecret } from '../../src/contract/index.js';
import { assertEncryptedAtRest } from '../server/at-rest.js';
import { CLI_ONCE, assertClientError, storeQuery, storedText, type TestServer } from '../server/harness.js';
import { WebhookReceiver, addEndpoint, linkSandboxAccount, startWebhookServer, waitUntil } from './support.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

describe('/webhooks API: happy, error and security paths', () => {
  let t: TestServer;
  before(async () => {
    t = await startWebhookServer();
  });
  after(() => t.stop());

  it('creates with defaults, shows the secret once, lists/gets/updates/deletes without it', async () => {
    const created = await t.call('POST', '/webhooks', { json: { url: 'https://example.test/hooks?token=abc', description: 'billing' } });
    assert.equal(created.status, 201, created.text);
    const endpoint = WebhookEndpointWithSecret.parse(created.body);
    assert.deepEqual(endpoint.events, ['account.created', 'account.updated', 'account.deleted', 'connect_session.renewal_requested', 'connect_session.renewed']);
    assert.equal(endpoint.enabled, true);
    assert.equal(endpoint.previous_secret_expires_at, null);

    const listed = await t.call('GET', '/webhooks');
    assert.equal(listed.status, 200);
    const list = WebhookEndpointList.parse(JSON.parse(listed.text));
    assert.ok(list.some((e) => e.id === endpoint.id));
    const fetched = await t.call('GET', `/webhooks/${endpoint.id}`);
    assert.equal(fetched.status, 200);
    for (const result of [listed, fetched]) assert.equal(result.text.includes(endpoint.secret), false, 'the secret is shown only once');
    const [stored] = await storeQuery<{ secret_ciphertext: string }>(t, 'select secret_ciphertext from webhook_endpoints where id = ?', endpoint.id);
    assert.equal(assertEncryptedAtRest(t, stored!.secret_ciphertext, endpoint.id), endpoint.secret, 'stored encrypted with the server key, bound to the endpoint');
    assert.equal((await storedText(t)).includes(endpoint.secret.slice('whsec_'.length)), false, 'and in no stored byte in clear');

    const patched = await t.call('PATCH', `/webhooks/${endpoint.id}`, { json: { events: ['account.deleted', 'account.created'], description: null } });
    assert.equal(patched.status, 200, patched.text);
    assert.deepEqual(WebhookEndpoint.parse(patched.body).events, ['account.created', 'account.deleted']);
    assert.equal(patched.body.description, null);

    const deleted = await t.call('DELETE', `/webhooks/${endpoint.id}`);
    assert.equal(deleted.status, 200);
    assertClientError(await t.call('GET', `/webhooks/${endpoint.id}`), 404);
    assertClientError(await t.call('GET', `/webhooks/${endpoint.id}/deliveries`), 404);
  });

  it('rejects bad input with a 400 naming the field', async () => {
    for (const url of ['ftp://example.test/x', 'javascript:alert(1)', 'not a url', 'file:///etc/passwd']) {
      const result = await t.call('POST', '/webhooks', { json: { url } });
      assertClientError(result, 400);
      assert.equal(result.body.field, 'url', url);
    }
    const badEvent = await t.call('POST', '/webhooks', { json: { url: 'https://example.test', events: ['account.exploded'] } });
    assertClientError(badEvent, 400);
    assert.equal(badEvent.body.field, 'events[0]');
    const noEvents = await t.call('POST', '/webhooks', { json: { url: 'https://example.test', events: [] } });
    assertClientError(noEvents, 400, /^events:/);
    assert.equal(noEvents.body.field, 'events');
    assertClientError(await t.call('POST', '/webhooks', { rawBody: '{', headers: { 'content-type': 'application/json' } }), 400, /not valid JSON/);
    const { id } = await addEndpoint(t, { url: 'https://example.test/x' });
    for (const [method, url, json, field] of [
      ['POST', `/webhooks/${id}/rotate`, { overlap_seconds: -1 }, 'overlap_seconds'],
      ['GET', `/webhooks/${id}/deliveries?status=lost`, undefined, 'status'],
      ['GET', `/webhooks/${id}/deliveries?page_size=1000`, undefined, 'page_size'],
    ] as const) {
      const result = await t.call(method, url, json ? { json } : {});
      assertClientError(result, 400, new RegExp(`^${field}:`));
      assert.equal(result.body.field, field, url);
    }
    assertClientError(await t.call('POST', '/webhooks/deliveries/msg_nope/retry'), 404);
  });

  it('needs the API key; a session token is not enough', async () => {
    assertClientError(await t.call('GET', '/webhooks', { apiKey: null }), 401);
    assertClientError(await t.call('GET', '/webhooks', { apiKey: 'chk_wrong' }), 401);
    assertClientError(await t.call('POST', '/webhooks', { apiKey: null, json: { url: 'https://example.test' } }), 401);
    const session = await t.call('POST', '/connect_sessions', { json: { origin_owner_id: 'o', origin_owner_name: 'O' } });
    assertClientError(await t.call('GET', '/webhooks', { token: String(session.body.token) }), 401);
  });

  it('the CLI adds, lists, rotates, shows deliveries and removes through the HTTP API', CLI_ONCE, async () => {
    const receiver = await WebhookReceiver.start();
    try {
      const cli = async (...args: string[]) =>
        (await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'webhooks', ...args, '--url', t.server.url, '--api-key', t.apiKey], { cwd: ROOT })).stdout;
      const added = WebhookEndpointWithSecret.parse(JSON.parse(await cli('add', receiver.url, '--events', 'account.created', '--json')));
      assert.deepEqual(added.events, ['account.created']);
      assert.match(await cli('list'), new RegExp(`${added.id}\\s+${receiver.url.replace(/[/.]/g, '\\$&')}\\s+account.created\\s+yes`));
      const rotated = await cli('rotate', added.id, '--overlap', '1h');
      assert.match(rotated, /signing secret: whsec_/);
      assert.match(rotated, /previous secret keeps signing until/);
      const accountId = await linkSandboxAccount(t);
      await waitUntil('the delivery', () => receiver.received.length >= 1);
      await waitUntil('the log', async () => (await t.call('GET', `/webhooks/${added.id}/deliveries`)).text.includes('"delivered"'));
      assert.match(await cli('deliveries', added.id), new RegExp(`account.created\\s+${accountId}\\s+delivered\\s+1\\s+200`));
      assert.match(await cli('remove', added.id), /removed/);
      await assert.rejects(cli('add', 'ftp://nope'), /url/);
    } finally {
      await receiver.stop();
    }
  });

  it('documents the routes and the signing scheme in /openapi.json', async () => {
    const document = (await t.call('GET', '/openapi.json', { apiKey: null })).body as {
      paths: Record<string, Record<string, { description?: string }>>;
      webhooks: Record<string, unknown>;
    };
    assert.ok(document.paths['/webhooks']?.post);
    assert.ok(document.paths['/webhooks/deliveries/{id}/retry']?.post);
    assert.match(document.paths['/webhooks']?.post?.description ?? '', /x-stackone-signature.*base64url\(HMAC-SHA256/);
    assert.ok(document.webhooks.account);
  });
});
