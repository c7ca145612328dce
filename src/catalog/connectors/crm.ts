import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, pattern, secretField, selectField, textField } from './field-kit.js';

const SALESFORCE_LOGIN_HOST = '^(?:(?:login|test)\\.salesforce\\.com|[a-z0-9-]+(?:--[a-z0-9]+\\.sandbox)?\\.my\\.salesforce\\.com)$';

const salesforce: ConnectorDefinition = {
  key: 'salesforce',
  name: 'Salesforce',
  category: 'crm',
  docs: [
    'https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_endpoints.htm&language=en_US&type=5',
    'https://developer.salesforce.com/docs/atlas.en-us.188.0.api_rest.meta/api_rest/intro_understanding_web_server_oauth_flow.htm',
    'https://jsforce.github.io/jsforce/types/oauth2.TokenResponse.html',
  ],
  checked: '2026-12-02',
  auth: OAUTH2_AUTH_CODE,
  fields: [
    {
      ...textField('login_host', 'Login host', {
        placeholder: 'login.salesforce.com',
        description:
          'login.salesforce.com, test.salesforce.com for a sandbox, or your My Domain, e.g. acme.my.salesforce.com or acme--uat.sandbox.my.salesforce.com.',
        // Salesforce's own hosts only: the value becomes the host the browser and the server are sent to.
        validation: pattern(
          SALESFORCE_LOGIN_HOST,
          'Enter login.salesforce.com, test.salesforce.com or a My Domain host such as acme.my.salesforce.com (no https://).',
        ),
      }),
      value: 'login.salesforce.com',
    },
  ],
  support: { link: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm' },
  oauth: {
    authorize_url: 'https://{{login_host}}/services/oauth2/authorize',
    token_url: 'https://{{login_host}}/services/oauth2/token',
    token_auth: 'client_secret_post',
    // API calls go to the org's instance_url, not the login host.
    token_fields: ['instance_url'],
    scopes: ['api', 'refresh_token'],
  },
};

const hubspot: ConnectorDefinition = {
  key: 'hubspot',
  name: 'HubSpot',
  category: 'crm',
  docs: [
    'https://developers.hubspot.com/changelog/v1-oauth-api-deprecation',
    'https://developers.hubspot.com/docs/api-reference/legacy/authentication/oauth-tokens/v1/migration-guide',
    'https://developers.hubspot.com/docs/api-reference/auth-oauth-v3/guide',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'hubspot' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://developers.hubspot.com/docs/api/oauth-quickstart-guide' },
  oauth: {
    authorize_url: 'https://app.hubspot.com/oauth/authorize',
    token_url: 'https://api.hubapi.com/oauth/2026-03/token',
    token_auth: 'client_secret_post',
    scopes: [
      'oauth',
      'crm.objects.contacts.read',
      'crm.objects.companies.read',
      'crm.objects.deals.read',
      'crm.objects.owners.read',
    ],
  },
};

const pipedrive: ConnectorDefinition = {
  key: 'pipedrive',
  name: 'Pipedrive',
  category: 'crm',
  docs: [
    'https://pipedrive.readme.io/docs/core-api-concepts-authentication',
    'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    secretField('api_token', 'Personal API token', {
      placeholder: '40 hexadecimal characters',
      description: 'In Pipedrive click your profile picture → Personal preferences → API, then copy "Your personal API token".',
      validation: pattern('^[0-9a-f]{40}$', 'A Pipedrive API token is 40 hexadecimal characters.'),
    }),
  ],
  support: { link: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token' },
  verify: {
    method: 'GET',
    url: 'https://api.pipedrive.com/v1/users/me',
    // A header, not ?api_token=: query strings end up in logs.
    headers: { 'x-api-token': '{{api_token}}' },
    success_statuses: [200],
  },
};

const zohoCrm: ConnectorDefinition = {
  key: 'zoho_crm',
  name: 'Zoho CRM',
  category: 'crm',
  docs: [
    'https://www.zoho.com/accounts/protocol/oauth/multi-dc.html',
    'https://www.zoho.com/crm/developer/docs/api/v8/multi-dc.html',
    'https://zoho.com/accounts/protocol/oauth/multi-dc/client-authorization.html',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'zoho' },
  auth: OAUTH2_AUTH_CODE,
  fields: [
    selectField(
      'accounts_host',
      'Data centre',
      [
        { value: 'accounts.zoho.com', label: 'United States (zoho.com)' },
        { value: 'accounts.zoho.eu', label: 'Europe (zoho.eu)' },
        { value: 'accounts.zoho.in', label: 'India (zoho.in)' },
        { value: 'accounts.zoho.com.au', label: 'Australia (zoho.com.au)' },
        { value: 'accounts.zoho.jp', label: 'Japan (zoho.jp)' },
        { value: 'accounts.zohocloud.ca', label: 'Canada (zohocloud.ca)' },
        { value: 'accounts.zoho.sa', label: 'Saudi Arabia (zoho.sa)' },
        { value: 'accounts.zoho.uk', label: 'United Kingdom (zoho.uk)' },
        { value: 'accounts.zoho.com.cn', label: 'China (zoho.com.cn)' },
      ],
      {
        placeholder: 'Choose your data centre',
        value: 'accounts.zoho.com',
        description: 'The domain you sign in to Zoho at, e.g. crm.zoho.eu means Europe.',
      },
    ),
  ],
  support: { link: 'https://www.zoho.com/crm/developer/docs/api/v8/oauth-overview.html' },
  oauth: {
    authorize_url: 'https://{{accounts_host}}/oauth/v2/auth',
    token_url: 'https://{{accounts_host}}/oauth/v2/token',
    token_auth: 'client_secret_post',
    // API calls go to api_domain (e.g. https://www.zohoapis.eu), which the token response names.
    token_fields: ['api_domain'],
    scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.settings.READ', 'ZohoCRM.users.READ'],
    scope_separator: ',',
    authorize_params: { access_type: 'offline', prompt: 'consent' },
  },
};

const close: ConnectorDefinition = {
  key: 'close',
  name: 'Close',
  category: 'crm',
  docs: [
    'https://developer.close.com/api/overview/api-key-authentication',
    'https://developer.close.com/api/resources/users/get-me',
  ],
  checked: '2026-12-02',
  auth: { type: 'basic' },
  fields: [
    secretField('api_key', 'API key', {
      placeholder: 'api_…',
      description: 'In Close go to Settings → Developer → API Keys → New API Key, then copy it.',
      validation: pattern('^api_[A-Za-z0-9.]+$', 'Close API keys start with "api_".'),
    }),
  ],
  support: { link: 'https://developer.close.com/topics/authentication/' },
  verify: {
    method: 'GET',
    url: 'https://api.close.com/api/v1/me/',
    basic: { username: '{{api_key}}', password: '' },
    success_statuses: [200],
  },
};

const attio: ConnectorDefinition = {
  key: 'attio',
  name: 'Attio',
  category: 'crm',
  docs: [
    'https://docs.attio.com/rest-api/guides/authentication',
    'https://docs.attio.com/docs/oauth/introspect.md',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    secretField('access_token', 'Access token', {
      placeholder: 'a1b2c3…',
      description: 'In Attio go to Workspace settings → Developers → New access token, grant read access to records and to object configuration.',
    }),
  ],
  support: { link: 'https://docs.attio.com/rest-api/guides/authentication' },
  verify: {
    method: 'GET',
    // /v2/self answers 200 with active:false for a revoked token, so ask for something that needs a valid one.
    url: 'https://api.attio.com/v2/objects',
    headers: { authorization: 'Bearer {{access_token}}' },
    success_statuses: [200],
  },
};

export const CRM_CONNECTORS: ConnectorDefinition[] = [salesforce, hubspot, pipedrive, zohoCrm, close, attio];
