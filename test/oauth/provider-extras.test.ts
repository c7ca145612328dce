// Real catalog connectors linked end to end against pretend providers of their shape (test/oauth/pretend-providers.ts):
// QuickBooks' realmId on the callback, Xero's tenants from a follow-up request, a Docebo platform whose OAuth client
// is the end user's own and which names itself with iss (RFC 9207).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccountCredentials, ConnectionAttempt, IntegrationList } from '../../src/contract/index.js';
import { assertEncryptedAtRest } from '../server/at-rest.js';
import { createSession, storedText, startTestServer, type TestServer } from '../server/harness.js';
import { toConnectorView } from '../../src/hub/form-model/connector-view.js';
import type { ConnectorConfig } from '../../src/contract/hub-responses.js';
import { DOCEBO, PretendProvider, pretendDocebo } from './pretend-providers.js';
import { get, newAttempt, query, startUrl } from './support.js';

const quickbooks = new PretendProvider({
  authorizeUrl: 'https://appcenter.intuit.com/connect/oauth2',
  tokenUrl: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
  clientId: 'qb-client',
  clientSecret: 'qb-secret-123',
  auth: 'client_secret_basic',
  callbackExtras: { realmId: '9130357992221046' },
  // Intuit spells the token type in lower case (RFC 6749 §7.1: case-insensitive); the host gets it as sent.
  tokenExtras: { token_type: 'bearer' },
});
const XERO_TENANTS = [
  { id: 'c1', tenantId: '45e4708e-d862-4111-ab3a-dd8cd03913e1', tenantType: 'ORGANISATION', tenantName: 'Demo Company (NZ)' },
  { id: 'c2', tenantId: '7bd5e4a4-13f5-4b8e-9f1c-3f5b6c1d2e0a', tenantType: 'ORGANISATION', tenantName: 'Demo Company (UK)' },
];
const xeroConnections: { value: unknown } = { value: XERO_TENANTS };
const xero = new PretendProvider({
  authorizeUrl: 'https://login.xero.com/identity/connect/authorize',
  tokenUrl: 'https://identity.xero.com/connect/token',
  clientId: 'xero-client',
  clientSecret: 'xero-secret-456',
  auth: 'client_secret_basic',
  api: {
    get 'https://api.xero.com/connections'() {
      return xeroConnections.value;
    },
  },
});
const docebo = pretendDocebo();
const intercom = new PretendProvider({
  authorizeUrl: 'https://app.intercom.com/oauth',
  tokenUrl: 'https://api.intercom.io/auth/eagle/token',
  clientId: 'intercom-client',
  clientSecret: 'intercom-secret-321',
  auth: 'client_secret_post',
  api: { 'https://api.intercom.io/me': { type: 'admin', id: '1295', app: { type: 'app', id_code: 'ecahpwf5', name: 'Acme', region: 'EU' } } },
});
const salesforce = new PretendProvider({
  authorizeUrl: 'https://acme.my.salesforce.com/services/oauth2/authorize',
  tokenUrl: 'https://acme.my.salesforce.com/services/oauth2/token',
  clientId: 'sf-client',
  clientSecret: 'sf-secret-654',
  auth: 'client_secret_post',
  tokenExtras: { instance_url: 'https://acme.my.salesforce.com', id: 'https://login.salesforce.com/id/00D/005', signature: 'sig' },
});
const PROVIDERS = [quickbooks, xero, docebo, intercom, salesforce];

describe('provider extras, end to end against pretend providers of each shape', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({
      overrides: {
        fetch: async (input, init) => {
          const request = new Request(input, init);
          const provider = PROVIDERS.find((candidate) => candidate.handles(request.url));
          return provider ? provider.fetch(request) : fetch(request);
        },
        resolve: async () => [{ address: '93.184.216.34', family: 4 }],
      },
    });
    for (const key of ['quickbooks', 'xero', 'docebo', 'intercom', 'salesforce']) {
      const enabled = await t.call('PUT', `/project/connectors/${key}`, { json: { enabled: true } });
      assert.equal(enabled.status, 200, enabled.text);
    }
    for (const [key, provider] of [['quickbooks', quickbooks], ['xero', xero], ['intercom', intercom], ['salesforce', salesforce]] as const) {
      const put = await t.call('PUT', `/oauth_clients/${key}`, { json: { client_id: provider.options.clientId, client_secret: provider.options.clientSecret } });
      assert.equal(put.status, 200, put.text);
    }
  });
  after(() => t.stop());

  /** Start URL → the provider's consent (approved) → our callback; the attempt as the hub then reads it. */
  async function link(integration: string, provider: PretendProvider, owner: string, fields: Record<string, string> = {}, iss?: string) {
    const { token, attemptId } = await newAttempt(t, { origin_owner_id: owner });
    const start = await get(startUrl(t, { token, attemptId, integration, fields }));
    assert.equal(start.status, 302, await start.text());
    const authorizeUrl = new URL(start.headers.get('location')!);
    const callback = await get(provider.authorize(authorizeUrl, iss ? { iss } : {}).href);
    assert.equal(callback.status, 302, await callback.text());
    const attempt = ConnectionAttempt.parse((await t.call('GET', `/hub/connection_attempts/${attemptId}`, { token })).body);
    return { attempt, authorizeUrl };
  }

  async function account(id: string) {
    const read = await t.call('GET', `/accounts/${id}`);
    assert.equal(read.status, 200, read.text);
    const credentials = await t.call('GET', `/accounts/${id}/credentials`);
    assert.equal(credentials.status, 200, credentials.text);
    return { account: read.body, credentials: AccountCredentials.parse(credentials.body) };
  }

  it('QuickBooks: realmId from the callback reaches the setup information, in the Accounts API and the credentials; Basic client auth; its lower-case token type is kept', async () => {
    quickbooks.seen.length = 0;
    const { attempt } = await link('quickbooks', quickbooks, 'qb-1');
    assert.equal(attempt.status, 'authenticated', JSON.stringify(attempt));
    const exchange = quickbooks.seen.find((seen) => seen.form.grant_type === 'authorization_code')!;
    assert.equal(exchange.authorization, `Basic ${Buffer.from('qb-client:qb-secret-123').toString('base64')}`);
    assert.equal(exchange.form.client_secret, undefined);
    const { account: row, credentials } = await account(attempt.account!.id);
    assert.deepEqual(row.setup_information, { realmId: '9130357992221046' });
    assert.deepEqual(credentials.setup_information, { realmId: '9130357992221046' });
    assert.equal(credentials.credentials.token_type, 'bearer', 'the stored token type, not a default');
  });

  it('Xero: the follow-up GET /connections with the new token keeps the tenant ids; none shared fails the sign-in and stores nothing', async () => {
    xero.seen.length = 0;
    const { attempt } = await link('xero', xero, 'xero-1');
    assert.equal(attempt.status, 'authenticated', JSON.stringify(attempt));
    const followUp = xero.seen.find((seen) => seen.url === 'https://api.xero.com/connections')!;
    assert.equal(followUp.method, 'GET');
    assert.match(followUp.authorization ?? '', /^Bearer at_/);
    const { account: row } = await account(attempt.account!.id);
    assert.deepEqual(row.setup_information, {
      tenant_id: XERO_TENANTS[0]!.tenantId,
      tenant_ids: XERO_TENANTS.map((tenant) => tenant.tenantId).join(','),
    });

    xeroConnections.value = [];
    try {
      const empty = await link('xero', xero, 'xero-2');
      assert.equal(empty.attempt.status, 'error');
      assert.equal(empty.attempt.error?.code, 'provider_incomplete');
      assert.match(empty.attempt.error?.description ?? '', /Xero finished the sign-in without tenant_id/);
      assert.deepEqual(await query(t, "select id from accounts where origin_owner_id = 'xero-2'"), []);
    } finally {
      xeroConnections.value = XERO_TENANTS;
    }
  });

  it('Salesforce: instance_url from the token response is kept (and only the fields the definition names)', async () => {
    const { attempt } = await link('salesforce', salesforce, 'sf-1', { login_host: 'acme.my.salesforce.com' });
    assert.equal(attempt.status, 'authenticated', JSON.stringify(attempt));
    const { account: row, credentials } = await account(attempt.account!.id);
    assert.deepEqual(row.setup_information, { login_host: 'acme.my.salesforce.com', instance_url: 'https://acme.my.salesforce.com' });
    assert.equal(credentials.setup_information.instance_url, 'https://acme.my.salesforce.com');
  });

  it('Intercom: GET /me after the exchange keeps the workspace region (US, EU or AU) and id, so the host calls the regional API', async () => {
    const { attempt } = await link('intercom', intercom, 'intercom-1');
    assert.equal(attempt.status, 'authenticated', JSON.stringify(attempt));
    const { account: row } = await account(attempt.account!.id);
    assert.deepEqual(row.setup_information, { region: 'EU', workspace_id: 'ecahpwf5' });
  });

  it('Docebo: the end user types the client id and secret; the platform host routes; the secret is sealed, never shown, and refreshes', async () => {
    // No operator app: the connector is listed in the hub anyway, and has no operator client to set.
    assert.equal((await t.call('GET', '/oauth_clients/docebo')).status, 404);
    const { token } = await createSession(t, { origin_owner_id: 'docebo-list' });
    const listed = IntegrationList.parse((await t.call('GET', '/hub/connectors', { token })).body);
    const keys = listed.integrations.map((integration) => integration.provider);
    assert.ok(keys.includes('docebo') && keys.includes('xero'), keys.join(','));
    // The hub's own form model reads the definition's fields: an OAuth form with the client id and a masked secret.
    const config = await t.call('GET', '/hub/connectors/docebo', { token });
    assert.equal(config.status, 200, config.text);
    const integration = listed.integrations.find((candidate) => candidate.provider === 'docebo')!;
    const view = toConnectorView((config.body as { config: ConnectorConfig }).config, integration);
    assert.equal(view.isOAuth, true);
    assert.deepEqual(view.fields.map((field) => [field.key, field.secret]), [['platform_domain', false], ['client_id', false], ['client_secret', true]]);
    docebo.seen.length = 0;
    const { attempt, authorizeUrl } = await link('docebo', docebo, 'docebo-1', DOCEBO);
    assert.equal(authorizeUrl.searchParams.get('client_id'), DOCEBO.client_id);
    assert.ok(!authorizeUrl.href.includes(DOCEBO.client_secret), 'the secret never rides the browser to the provider');
    assert.equal(attempt.status, 'authenticated', JSON.stringify(attempt));
    const exchange = docebo.seen.find((seen) => seen.form.grant_type === 'authorization_code')!;
    assert.equal(exchange.form.client_id, DOCEBO.client_id);
    assert.equal(exchange.form.client_secret, DOCEBO.client_secret);
    assert.equal(exchange.authorization, null, 'client_secret_post, as Docebo documents');

    const { account: row, credentials } = await account(attempt.account!.id);
    assert.deepEqual(row.setup_information, { platform_domain: DOCEBO.platform_domain, client_id: DOCEBO.client_id });
    assert.deepEqual(Object.keys(credentials.credentials).sort(), ['access_token', 'token_type']);
    const [stored] = await query<{ credentials_ciphertext: string }>(t, 'select credentials_ciphertext from accounts where id = ?', attempt.account!.id);
    assert.deepEqual(JSON.parse(assertEncryptedAtRest(t, stored!.credentials_ciphertext, attempt.account!.id)), { client_secret: DOCEBO.client_secret });
    assert.equal((await query(t, 'select secrets_ciphertext from connection_attempts where id = ?', attempt.id) as { secrets_ciphertext: unknown }[])[0]!.secrets_ciphertext, null, 'the attempt lets go of the secret');
    assert.ok(!(await storedText(t)).includes(DOCEBO.client_secret), 'nothing stores the secret in the clear');
    assert.ok(!t.logLines.join('\n').includes(DOCEBO.client_secret), 'nor logs it (the start URL carried it here)');

    // A refresh authenticates with the account's own client.
    t.clock.advanceSeconds(2 * 3600);
    const refreshed = await t.call('GET', `/accounts/${attempt.account!.id}/credentials`);
    assert.equal(refreshed.status, 200, refreshed.text);
    assert.equal(refreshed.body.refreshed, true);
    const refresh = docebo.seen.find((seen) => seen.form.grant_type === 'refresh_token')!;
    assert.equal(refresh.form.client_secret, DOCEBO.client_secret);
  });

  it('Docebo: an answer naming another authorization server (iss, RFC 9207) is not used: no token request, the attempt fails', async () => {
    docebo.seen.length = 0;
    const { attempt } = await link('docebo', docebo, 'docebo-mixup', DOCEBO, 'https://evil.docebosaas.com');
    assert.equal(attempt.status, 'error');
    assert.equal(attempt.error?.code, 'invalid_issuer');
    assert.match(attempt.error?.description ?? '', /came from https:\/\/evil\.docebosaas\.com, not from https:\/\/acme\.docebosaas\.com/);
    assert.deepEqual(docebo.seen, [], 'the code never reached a token endpoint');
  });
});
