import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CATALOG, getConnector, isOAuthConnector, type ConnectorDefinition } from '../../src/catalog/index.js';
import { GuardedClient, type Send } from '../../src/server/outbound/guarded-client.js';
import { renderOAuthUrl } from '../../src/server/oauth/templates.js';
import { TokenClient, tokenEndpointOf } from '../../src/server/oauth/token-client.js';
import { CredentialVerifier } from '../../src/server/services/credential-verifier.js';
import { allValues, mergeCredentials } from '../../src/server/services/credentials.js';
import { createSession, startTestServer, type TestServer } from '../server/harness.js';

/**
 * Every connector's requests as the server really builds them (the credential verifier, the OAuth start
 * route, the token client), from sample values that pass the connector's own field rules, compared with
 * the request its provider documents (docs/CONNECTORS.md, the "Documented" line of each connector).
 */

const SELF = 'https://hub.example.com';
const SANDBOX_OAUTH = 'https://sandbox-oauth.example.com/oauth';

/** Sample values per connector; each must pass the connector's validation. OAuth connectors without fields take none. */
const SAMPLES: Record<string, Record<string, string>> = {
  sandbox_hris: { subdomain: 'acme', api_key: 'sandbox_good' },
  sandbox_ats: { region: 'us', company_id: '4200', username: 'demo', password: 'sandbox_good' },
  sandbox_crm: { outcome: 'approve' },
  activecampaign: { account_name: 'acme', api_key: 'ac-key-1' },
  asana: { personal_access_token: '2/1200/asana-pat' },
  ashby: { api_key: 'ashby-key-1' },
  attio: { access_token: 'attio-token-1' },
  auth0: { auth0_domain: 'acme.eu.auth0.com', client_id: 'auth0-client', client_secret: 'auth0-secret' },
  bamboohr: { company_domain: 'acme', api_key: 'bamboo-key-1' },
  brevo: { api_key: 'xkeysib-abc123' },
  cal_com: { api_key: 'cal_live_abc123' },
  calendly: { personal_access_token: 'calendly-pat-1' },
  canvas: { canvas_domain: 'acme.instructure.com', access_token: '1234~canvas' },
  close: { api_key: 'api_close1' },
  confluence: { site: 'acme', email: 'jane@acme.com', api_token: 'ATATT-conf' },
  deel: { api_key: 'deel_token_1' },
  docebo: { platform_domain: 'acme.docebosaas.com', client_id: 'docebo-client', client_secret: 'docebo-secret' },
  freshdesk: { domain: 'acme', api_key: 'fd-key-1' },
  greenhouse: { client_id: 'gh-client', client_secret: 'gh-secret' },
  hibob: { service_user_id: 'SERVICE-123', service_user_token: 'bob-token-1' },
  humaans: { api_access_token: 'hum_token_1' },
  jira: { site: 'acme', email: 'jane@acme.com', api_token: 'ATATT-jira' },
  jumpcloud: { api_host: 'console.eu.jumpcloud.com', api_key: 'jca_key_1' },
  klaviyo: { private_api_key: 'pk_abc123' },
  lever: { api_key: 'lever-key-1' },
  linear: { api_key: 'lin_api_abc123' },
  mailchimp: { api_key: '0123456789abcdef0123456789abcdef-us21', data_center: 'us21' },
  notion: { integration_secret: 'ntn_abc123' },
  okta: { okta_domain: 'acme.okta.com', api_token: '00okta-token' },
  onelogin: { subdomain: 'acme', client_id: 'ol-client', client_secret: 'ol-secret' },
  personio: { client_id: 'papi-client', client_secret: 'papi-secret' },
  pipedrive: { api_token: '0123456789abcdef0123456789abcdef01234567' },
  recruitee: { company_id: '12345', api_token: 'recruitee-token' },
  salesforce: { login_host: 'acme--uat.sandbox.my.salesforce.com' },
  servicenow: { instance: 'acme', username: 'integration.user', password: 'sn-password' },
  smartrecruiters: { api_key: 'DCRA1-key' },
  talentlms: { domain: 'acme', api_key: 'tlms-key-1' },
  teamtailor: { api_host: 'api.na.teamtailor.com', api_key: 'tt-key-1' },
  twilio: { account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: 'twilio-token' },
  workable: { subdomain: 'acme', access_token: 'workable-token' },
  zendesk: { subdomain: 'acme', email: 'jane@acme.com', api_token: 'zd-token-1' },
  zoho_crm: { accounts_host: 'accounts.zoho.eu' },
};

const basic = (username: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const JSON_ACCEPT = { accept: 'application/json' };

interface VerifyShape {
  method: 'GET' | 'POST';
  url: string;
  /** Every header sent, the credential's among them. */
  headers: Record<string, string>;
  json?: unknown;
  form?: string;
}

/** The documented check request of every credential connector, with the sample values above. */
const VERIFY: Record<string, VerifyShape> = {
  sandbox_hris: { method: 'GET', url: `${SELF}/sandbox/hris/acme/v1/me`, headers: { ...JSON_ACCEPT, ...bearer('sandbox_good') } },
  sandbox_ats: { method: 'GET', url: `${SELF}/sandbox/ats/us/v1/companies/4200/me`, headers: { ...JSON_ACCEPT, ...basic('demo', 'sandbox_good') } },
  activecampaign: { method: 'GET', url: 'https://acme.api-us1.com/api/3/users/me', headers: { ...JSON_ACCEPT, 'api-token': 'ac-key-1' } },
  asana: { method: 'GET', url: 'https://app.asana.com/api/1.0/users/me', headers: { ...JSON_ACCEPT, ...bearer('2/1200/asana-pat') } },
  ashby: {
    method: 'POST',
    url: 'https://api.ashbyhq.com/apiKey.info',
    headers: { accept: 'application/json; version=1', 'content-type': 'application/json', ...basic('ashby-key-1', '') },
    json: {},
  },
  attio: { method: 'GET', url: 'https://api.attio.com/v2/objects', headers: { ...JSON_ACCEPT, ...bearer('attio-token-1') } },
  auth0: {
    method: 'POST',
    url: 'https://acme.eu.auth0.com/oauth/token',
    headers: { ...JSON_ACCEPT, 'content-type': 'application/json' },
    json: { grant_type: 'client_credentials', client_id: 'auth0-client', client_secret: 'auth0-secret', audience: 'https://acme.eu.auth0.com/api/v2/' },
  },
  bamboohr: {
    method: 'GET',
    url: 'https://api.bamboohr.com/api/gateway.php/acme/v1/employees/0?fields=firstName',
    headers: { ...JSON_ACCEPT, ...basic('bamboo-key-1', 'x') },
  },
  brevo: { method: 'GET', url: 'https://api.brevo.com/v3/account', headers: { ...JSON_ACCEPT, 'api-key': 'xkeysib-abc123' } },
  cal_com: { method: 'GET', url: 'https://api.cal.com/v2/me', headers: { ...JSON_ACCEPT, ...bearer('cal_live_abc123') } },
  calendly: { method: 'GET', url: 'https://api.calendly.com/users/me', headers: { ...JSON_ACCEPT, ...bearer('calendly-pat-1') } },
  canvas: { method: 'GET', url: 'https://acme.instructure.com/api/v1/users/self', headers: { ...JSON_ACCEPT, ...bearer('1234~canvas') } },
  close: { method: 'GET', url: 'https://api.close.com/api/v1/me/', headers: { ...JSON_ACCEPT, ...basic('api_close1', '') } },
  confluence: { method: 'GET', url: 'https://acme.atlassian.net/wiki/rest/api/user/current', headers: { ...JSON_ACCEPT, ...basic('jane@acme.com', 'ATATT-conf') } },
  deel: { method: 'GET', url: 'https://api.letsdeel.com/rest/v2/organizations', headers: { ...JSON_ACCEPT, ...bearer('deel_token_1') } },
  freshdesk: { method: 'GET', url: 'https://acme.freshdesk.com/api/v2/agents/me', headers: { ...JSON_ACCEPT, ...basic('fd-key-1', 'X') } },
  greenhouse: {
    method: 'POST',
    url: 'https://auth.greenhouse.io/token',
    headers: { ...JSON_ACCEPT, 'content-type': 'application/x-www-form-urlencoded', ...basic('gh-client', 'gh-secret') },
    form: 'grant_type=client_credentials',
  },
  hibob: { method: 'GET', url: 'https://api.hibob.com/v1/company/people/fields', headers: { ...JSON_ACCEPT, ...basic('SERVICE-123', 'bob-token-1') } },
  humaans: { method: 'GET', url: 'https://app.humaans.io/api/me', headers: { ...JSON_ACCEPT, ...bearer('hum_token_1') } },
  jira: { method: 'GET', url: 'https://acme.atlassian.net/rest/api/3/myself', headers: { ...JSON_ACCEPT, ...basic('jane@acme.com', 'ATATT-jira') } },
  jumpcloud: { method: 'GET', url: 'https://console.eu.jumpcloud.com/api/systemusers?limit=1', headers: { ...JSON_ACCEPT, 'x-api-key': 'jca_key_1' } },
  klaviyo: {
    method: 'GET',
    url: 'https://a.klaviyo.com/api/accounts/',
    headers: { accept: 'application/vnd.api+json', authorization: 'Klaviyo-API-Key pk_abc123', revision: '2026-10-15' },
  },
  lever: { method: 'GET', url: 'https://api.lever.co/v1/users?limit=1', headers: { ...JSON_ACCEPT, ...basic('lever-key-1', '') } },
  // Personal API keys go in Authorization without "Bearer" (OAuth tokens take Bearer).
  linear: {
    method: 'POST',
    url: 'https://api.linear.app/graphql',
    headers: { ...JSON_ACCEPT, 'content-type': 'application/json', authorization: 'lin_api_abc123' },
    json: { query: '{ viewer { id } }' },
  },
  mailchimp: { method: 'GET', url: 'https://us21.api.mailchimp.com/3.0/ping', headers: { ...JSON_ACCEPT, ...basic('connect-hub', '0123456789abcdef0123456789abcdef-us21') } },
  notion: { method: 'GET', url: 'https://api.notion.com/v1/users/me', headers: { ...JSON_ACCEPT, ...bearer('ntn_abc123'), 'notion-version': '2022-06-28' } },
  okta: { method: 'GET', url: 'https://acme.okta.com/api/v1/users/me', headers: { ...JSON_ACCEPT, authorization: 'SSWS 00okta-token' } },
  onelogin: {
    method: 'POST',
    url: 'https://acme.onelogin.com/auth/oauth2/v2/token',
    headers: { ...JSON_ACCEPT, 'content-type': 'application/json', ...basic('ol-client', 'ol-secret') },
    json: { grant_type: 'client_credentials' },
  },
  // Credentials in the body: the query-string form is refused from December 2026.
  personio: {
    method: 'POST',
    url: 'https://api.personio.de/v1/auth',
    headers: { ...JSON_ACCEPT, 'content-type': 'application/json' },
    json: { client_id: 'papi-client', client_secret: 'papi-secret' },
  },
  pipedrive: { method: 'GET', url: 'https://api.pipedrive.com/v1/users/me', headers: { ...JSON_ACCEPT, 'x-api-token': '0123456789abcdef0123456789abcdef01234567' } },
  recruitee: { method: 'GET', url: 'https://api.recruitee.com/c/12345/offers', headers: { ...JSON_ACCEPT, ...bearer('recruitee-token') } },
  servicenow: {
    method: 'GET',
    url: 'https://acme.service-now.com/api/now/table/sys_user?sysparm_limit=1&sysparm_fields=sys_id',
    headers: { ...JSON_ACCEPT, ...basic('integration.user', 'sn-password') },
  },
  smartrecruiters: { method: 'GET', url: 'https://api.smartrecruiters.com/jobs?limit=1', headers: { ...JSON_ACCEPT, 'x-smarttoken': 'DCRA1-key' } },
  talentlms: { method: 'GET', url: 'https://acme.talentlms.com/api/v1/siteinfo', headers: { ...JSON_ACCEPT, ...basic('tlms-key-1', '') } },
  teamtailor: {
    method: 'GET',
    url: 'https://api.na.teamtailor.com/v1/company',
    headers: { ...JSON_ACCEPT, authorization: 'Token token=tt-key-1', 'x-api-version': '20240404' },
  },
  twilio: {
    method: 'GET',
    url: 'https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef.json',
    headers: { ...JSON_ACCEPT, ...basic('AC0123456789abcdef0123456789abcdef', 'twilio-token') },
  },
  workable: { method: 'GET', url: 'https://acme.workable.com/spi/v3/accounts', headers: { ...JSON_ACCEPT, ...bearer('workable-token') } },
  // Not users/me.json: it answers 200 "Anonymous user" to bad credentials.
  zendesk: { method: 'GET', url: 'https://acme.zendesk.com/api/v2/users.json?page%5Bsize%5D=1', headers: { ...JSON_ACCEPT, ...basic('jane@acme.com/token', 'zd-token-1') } },
};

type ClientAuth = 'post' | 'basic';

interface OAuthShape {
  authorize: string;
  token: string;
  /** The `scope` parameter as sent (separator included); undefined: no scope parameter. */
  scope?: string;
  /** Provider-specific authorize parameters. */
  params?: Record<string, string>;
  /** How the provider documents client authentication at the token endpoint (docs/CONNECTORS.md, "OAuth details"). */
  clientAuth: ClientAuth[];
}

const GOOGLE = {
  authorize: 'https://accounts.google.com/o/oauth2/v2/auth',
  token: 'https://oauth2.googleapis.com/token',
  params: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
  clientAuth: ['post', 'basic'] as ClientAuth[],
};
const MICROSOFT = {
  authorize: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  token: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  clientAuth: ['post'] as ClientAuth[],
};

const OAUTH: Record<string, OAuthShape> = {
  sandbox_crm: {
    authorize: `${SANDBOX_OAUTH}/authorize`,
    token: `${SANDBOX_OAUTH}/token`,
    scope: 'contacts.read deals.read offline_access',
    // OpenID Connect Core §11: no refresh token for offline_access without prompt=consent.
    params: { outcome: 'approve', prompt: 'consent' },
    // Registered at our sandbox provider as client_secret_basic, which refuses any other way.
    clientAuth: ['basic'],
  },
  box: { authorize: 'https://account.box.com/api/oauth2/authorize', token: 'https://api.box.com/oauth2/token', scope: 'root_readonly', clientAuth: ['post'] },
  docebo: { authorize: 'https://acme.docebosaas.com/oauth2/authorize', token: 'https://acme.docebosaas.com/oauth2/token', scope: 'api', clientAuth: ['post'] },
  dropbox: {
    authorize: 'https://www.dropbox.com/oauth2/authorize',
    token: 'https://api.dropboxapi.com/oauth2/token',
    scope: 'account_info.read files.metadata.read files.content.read',
    params: { token_access_type: 'offline' },
    clientAuth: ['post', 'basic'],
  },
  factorial: { authorize: 'https://api.factorialhr.com/oauth/authorize', token: 'https://api.factorialhr.com/oauth/token', scope: 'employees contracts', clientAuth: ['post'] },
  freshbooks: {
    authorize: 'https://auth.freshbooks.com/oauth/authorize',
    token: 'https://api.freshbooks.com/auth/oauth/token',
    scope: 'user:profile:read user:clients:read user:invoices:read user:expenses:read',
    clientAuth: ['post'],
  },
  github: { authorize: 'https://github.com/login/oauth/authorize', token: 'https://github.com/login/oauth/access_token', scope: 'repo read:org read:user', clientAuth: ['post'] },
  google_calendar: {
    ...GOOGLE,
    scope: 'openid email https://www.googleapis.com/auth/calendar.readonly https://www.googleapis.com/auth/calendar.events',
  },
  google_drive: { ...GOOGLE, scope: 'openid email https://www.googleapis.com/auth/drive.readonly' },
  google_workspace: {
    ...GOOGLE,
    scope: 'openid email https://www.googleapis.com/auth/admin.directory.user.readonly https://www.googleapis.com/auth/admin.directory.group.readonly',
  },
  gusto: { authorize: 'https://api.gusto.com/oauth/authorize', token: 'https://api.gusto.com/oauth/token', scope: 'companies:read employees:read', clientAuth: ['post'] },
  hubspot: {
    authorize: 'https://app.hubspot.com/oauth/authorize',
    token: 'https://api.hubapi.com/oauth/2026-03/token',
    scope: 'oauth crm.objects.contacts.read crm.objects.companies.read crm.objects.deals.read crm.objects.owners.read',
    clientAuth: ['post'],
  },
  // Intercom grants what the app is configured for: no scope parameter.
  intercom: { authorize: 'https://app.intercom.com/oauth', token: 'https://api.intercom.io/auth/eagle/token', clientAuth: ['post'] },
  microsoft_entra_id: {
    ...MICROSOFT,
    scope: 'openid offline_access https://graph.microsoft.com/User.Read.All https://graph.microsoft.com/Group.Read.All',
  },
  microsoft_teams: {
    ...MICROSOFT,
    scope:
      'openid offline_access https://graph.microsoft.com/User.Read https://graph.microsoft.com/Team.ReadBasic.All https://graph.microsoft.com/Channel.ReadBasic.All https://graph.microsoft.com/ChannelMessage.Send',
  },
  quickbooks: {
    authorize: 'https://appcenter.intuit.com/connect/oauth2',
    token: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
    scope: 'com.intuit.quickbooks.accounting openid email',
    clientAuth: ['post', 'basic'],
  },
  sage_accounting: {
    authorize: 'https://www.sageone.com/oauth2/auth/central',
    token: 'https://oauth.accounting.sage.com/token',
    scope: 'readonly',
    params: { filter: 'apiv3.1' },
    clientAuth: ['post'],
  },
  salesforce: {
    authorize: 'https://acme--uat.sandbox.my.salesforce.com/services/oauth2/authorize',
    token: 'https://acme--uat.sandbox.my.salesforce.com/services/oauth2/token',
    scope: 'api refresh_token',
    clientAuth: ['post'],
  },
  // Slack's bot scopes are comma-separated.
  slack: {
    authorize: 'https://slack.com/oauth/v2/authorize',
    token: 'https://slack.com/api/oauth.v2.access',
    scope: 'channels:read,chat:write,users:read,users:read.email',
    clientAuth: ['post', 'basic'],
  },
  // Xero's examples authenticate with Basic only (client_secret_basic in its definition).
  xero: {
    authorize: 'https://login.xero.com/identity/connect/authorize',
    token: 'https://identity.xero.com/connect/token',
    scope:
      'openid profile email offline_access accounting.settings.read accounting.contacts.read accounting.invoices.read accounting.payments.read accounting.banktransactions.read',
    clientAuth: ['basic'],
  },
  zoho_crm: {
    authorize: 'https://accounts.zoho.eu/oauth/v2/auth',
    token: 'https://accounts.zoho.eu/oauth/v2/token',
    scope: 'ZohoCRM.modules.ALL,ZohoCRM.settings.READ,ZohoCRM.users.READ',
    params: { access_type: 'offline', prompt: 'consent' },
    clientAuth: ['post'],
  },
};

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A real GuardedClient whose network is a recorder answering `answer`: what the server would send, byte for byte. */
function recordingClient(answer: () => Response): { client: GuardedClient; seen: Seen[] } {
  const seen: Seen[] = [];
  const send: Send = async (url, init) => {
    const request = new Request(url, init);
    seen.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() });
    return answer();
  };
  const client = new GuardedClient(
    { resolve: async () => [{ address: '93.184.216.34', family: 4 }], send },
    { trustedPrefixes: [`${SELF}/sandbox/`], allowPrivate: false, allowHttp: false },
  );
  return { client, seen };
}

/** A JSON answer that has a value at `path` (a verify's `success_json`), or `{}`. */
function answerWith(path: string | undefined): unknown {
  if (!path) return {};
  return path.split('.').reduceRight<unknown>((inner, part) => ({ [part]: inner }), 'value');
}

function definition(key: string): ConnectorDefinition {
  const def = getConnector(key);
  assert.ok(def, key);
  return def;
}

describe('connector requests: the tables cover the whole catalog', () => {
  it('has a sample and a documented shape for every connector, and nothing for connectors that do not exist', () => {
    const credential = CATALOG.filter((def) => !isOAuthConnector(def)).map((def) => def.key).sort();
    const oauth = CATALOG.filter(isOAuthConnector).map((def) => def.key).sort();
    assert.deepEqual(Object.keys(VERIFY).sort(), credential);
    assert.deepEqual(Object.keys(OAUTH).sort(), oauth);
    for (const def of CATALOG) {
      const sample = SAMPLES[def.key] ?? {};
      assert.deepEqual(Object.keys(sample).sort(), def.fields.filter((f) => f.required !== false || sample[f.key] !== undefined).map((f) => f.key).sort(), `${def.key}: samples for its required fields`);
    }
    for (const key of Object.keys(SAMPLES)) assert.ok(getConnector(key), key);
  });

  it('sends form bodies only as flat string templates', () => {
    for (const def of CATALOG) {
      if (def.verify?.body_format !== 'form') continue;
      for (const [name, value] of Object.entries(def.verify.body ?? {})) assert.equal(typeof value, 'string', `${def.key}: body.${name}`);
    }
  });
});

describe('connector requests: credential checks, as the verifier sends them', () => {
  for (const key of Object.keys(VERIFY)) {
    it(key, async () => {
      const def = definition(key);
      const expected = VERIFY[key]!;
      // The server's own validation first: the sample must be a value a user could submit.
      const credentials = mergeCredentials(def, SAMPLES[key] ?? {});
      const { client, seen } = recordingClient(() => new Response(JSON.stringify(answerWith(def.verify?.success_json)), { status: def.verify?.success_statuses?.[0] ?? 200 }));
      await new CredentialVerifier(client, { selfUrl: SELF, timeoutMs: 1000 }).verify(def, credentials);
      assert.equal(seen.length, 1, 'one request');
      const request = seen[0]!;
      assert.equal(request.method, expected.method);
      assert.equal(request.url, expected.url);
      assert.deepEqual(request.headers, expected.headers);
      if (expected.json !== undefined) assert.deepEqual(JSON.parse(request.body), expected.json);
      else if (expected.form !== undefined) assert.equal(request.body, expected.form);
      else assert.equal(request.body, '', 'no body');
      // Secrets travel in headers or bodies, never in the URL (where proxies and logs keep them).
      for (const secret of Object.values(credentials.secrets)) assert.ok(!decodeURIComponent(request.url).includes(secret), `${key}: a secret in the URL`);
    });
  }

  it('linear: a 200 with GraphQL errors and no viewer is a rejected key; only data.viewer.id proves it', async () => {
    const def = definition('linear');
    const credentials = mergeCredentials(def, SAMPLES.linear!);
    const answers = [
      { errors: [{ message: 'Authentication required, not authenticated', extensions: { type: 'authentication error', code: 'AUTHENTICATION_ERROR' } }] },
      { data: { viewer: null } },
    ];
    for (const body of answers) {
      const { client } = recordingClient(() => Response.json(body, { status: 200 }));
      await assert.rejects(new CredentialVerifier(client, { selfUrl: SELF, timeoutMs: 1000 }).verify(def, credentials), /Linear rejected these credentials \(HTTP 200\)/);
    }
    const { client } = recordingClient(() => Response.json({ data: { viewer: { id: 'u-1' } } }, { status: 200 }));
    await new CredentialVerifier(client, { selfUrl: SELF, timeoutMs: 1000 }).verify(def, credentials);
  });

  it('greenhouse: the optional user id becomes sub, and is left out when empty', async () => {
    const def = definition('greenhouse');
    for (const [userId, body] of [['4080001', 'grant_type=client_credentials&sub=4080001'], ['', 'grant_type=client_credentials']] as const) {
      const credentials = mergeCredentials(def, { ...SAMPLES.greenhouse, user_id: userId });
      const { client, seen } = recordingClient(() => new Response('{}', { status: 200 }));
      await new CredentialVerifier(client, { selfUrl: SELF, timeoutMs: 1000 }).verify(def, credentials);
      assert.equal(seen[0]!.body, body);
    }
  });
});

describe('connector requests: OAuth authorize URLs, as the start route builds them', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ config: { sandboxOAuthUrl: SANDBOX_OAUTH } });
  });
  after(() => t.stop());

  for (const key of Object.keys(OAUTH)) {
    it(key, async () => {
      const expected = OAUTH[key]!;
      const enabled = await t.call('PUT', `/project/connectors/${key}`, { json: { enabled: true } });
      assert.equal(enabled.status, 200, enabled.text);
      const endUserClient = definition(key).oauth?.client === 'end_user';
      if (!definition(key).sandbox && !endUserClient) {
        const put = await t.call('PUT', `/oauth_clients/${key}`, { json: { client_id: `client-${key}`, client_secret: `secret-${key}` } });
        assert.equal(put.status, 200, put.text);
      }
      const { token } = await createSession(t, { origin_owner_id: `requests-${key}` });
      const attempt = await t.call('POST', '/hub/connection_attempts', { token, json: { token } });
      assert.equal(attempt.status, 201, attempt.text);
      const query = new URLSearchParams({ redirect_uri: `${t.server.publicUrl}/embedded/accounts/callback`, token, connection_attempt_id: String(attempt.body.id), ...SAMPLES[key] });
      const start = await fetch(`${t.server.url}/connect/oauth2/${key}?${query}`, { redirect: 'manual' });
      assert.equal(start.status, 302, await start.text());
      const location = new URL(start.headers.get('location')!);
      assert.equal(location.origin + location.pathname, expected.authorize);
      const params = Object.fromEntries(location.searchParams);
      const { state, code_challenge: challenge, client_id: clientId, ...rest } = params;
      assert.match(state ?? '', /^[A-Za-z0-9_-]{20,}$/, 'state');
      const pkce = definition(key).oauth?.pkce !== false;
      if (pkce) assert.match(challenge ?? '', /^[A-Za-z0-9_-]{43}$/, 'S256 challenge');
      else assert.equal(challenge, undefined, 'pkce: false sends no challenge');
      assert.ok(clientId, 'client_id');
      // An end-user client (Docebo) is the one typed in the form; else the project's app.
      if (endUserClient) assert.equal(clientId, SAMPLES[key]!.client_id);
      else if (!definition(key).sandbox) assert.equal(clientId, `client-${key}`);
      assert.ok(!location.href.includes(SAMPLES[key]?.client_secret ?? '\u0000'), 'an end-user client secret never goes to the authorize URL');
      assert.deepEqual(rest, {
        ...expected.params,
        response_type: 'code',
        redirect_uri: `${t.server.publicUrl}/connect/oauth2/${key}/callback`,
        ...(pkce ? { code_challenge_method: 'S256' } : {}),
        ...(expected.scope === undefined ? {} : { scope: expected.scope }),
      });
    });
  }
});

describe('connector requests: OAuth code exchange, as the token client sends it', () => {
  for (const key of Object.keys(OAUTH)) {
    it(key, async () => {
      const def = definition(key);
      const expected = OAUTH[key]!;
      const setup = allValues(mergeCredentials(def, SAMPLES[key] ?? {}));
      const { client, seen } = recordingClient(() => Response.json({ access_token: 'at-1', token_type: 'Bearer', expires_in: 3600 }));
      const url = renderOAuthUrl(def.oauth!.token_url, setup, { sandbox_oauth_url: SANDBOX_OAUTH });
      const tokens = await new TokenClient(client, () => new Date('2026-12-02T00:00:00Z'), 1000).exchangeCode(
        tokenEndpointOf(def, url, { clientId: 'cid', clientSecret: 'csecret' }),
        { code: 'code-1', redirectUri: `${SELF}/connect/oauth2/${key}/callback`, codeVerifier: 'verifier-1' },
      );
      assert.equal(tokens.access_token, 'at-1');
      const request = seen[0]!;
      assert.equal(request.method, 'POST');
      assert.equal(request.url, expected.token);
      assert.match(request.headers['content-type'] ?? '', /^application\/x-www-form-urlencoded/);
      const form = Object.fromEntries(new URLSearchParams(request.body));
      assert.equal(form.grant_type, 'authorization_code');
      assert.equal(form.code, 'code-1');
      assert.equal(form.redirect_uri, `${SELF}/connect/oauth2/${key}/callback`);
      assert.equal(form.code_verifier, 'verifier-1');
      const used: ClientAuth =
        request.headers.authorization === `Basic ${Buffer.from('cid:csecret').toString('base64')}` ? 'basic' : form.client_secret === 'csecret' && form.client_id === 'cid' ? 'post' : assert.fail('no client authentication');
      assert.ok(expected.clientAuth.includes(used), `${key} documents ${expected.clientAuth.join(' or ')}; the token client used ${used}`);
      if (used === 'basic') assert.equal(form.client_secret, undefined, 'the secret is not sent twice');
    });
  }
});
