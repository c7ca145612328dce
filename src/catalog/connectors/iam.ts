import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, hostnameField, secretField, selectField, subdomainField, textField, warning } from './field-kit.js';
import { googleOAuth, microsoftOAuth } from './oauth-kit.js';

const okta: ConnectorDefinition = {
  key: 'okta',
  name: 'Okta',
  category: 'iam',
  docs: [
    'https://developer.okta.com/docs/guides/create-an-api-token/next-steps/',
    'https://help.okta.com/fr-fr/content/topics/security/api.htm',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'okta' },
  auth: { type: 'api_key' },
  fields: [
    hostnameField(
      'okta_domain',
      'Okta domain',
      'acme.okta.com',
      'The address of your Okta org without https://, e.g. acme.okta.com or a custom domain such as login.acme.com.',
    ),
    secretField('api_token', 'API token', {
      placeholder: '00aBcD…',
      description: 'In the Okta Admin Console go to Security → API → Tokens → Create token, then copy its value.',
    }),
  ],
  notices: [
    warning(
      'okta_admin',
      'A token has the rights of the admin who created it and is revoked if that admin is deactivated, and tokens unused for 30 days are revoked; create it as a read-only admin service account.',
    ),
  ],
  support: { link: 'https://developer.okta.com/docs/guides/create-an-api-token/main/' },
  verify: {
    method: 'GET',
    url: 'https://{{okta_domain}}/api/v1/users/me',
    headers: { authorization: 'SSWS {{api_token}}', accept: 'application/json' },
    success_statuses: [200],
  },
};

const microsoftEntraId: ConnectorDefinition = {
  key: 'microsoft_entra_id',
  name: 'Microsoft Entra ID',
  category: 'iam',
  docs: [
    'https://learn.microsoft.com/graph/permissions-reference',
    'https://support.quest.com/nova/kb/4299875/microsoft-permissions-for-dpc',
    'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow',
  ],
  checked: '2026-12-02',
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  notices: [
    warning(
      'entra_admin_consent',
      'Reading users and groups needs admin consent: sign in as a Global Administrator or Privileged Role Administrator.',
    ),
  ],
  support: { link: 'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow' },
  oauth: microsoftOAuth(['User.Read.All', 'Group.Read.All']),
};

const googleWorkspace: ConnectorDefinition = {
  key: 'google_workspace',
  name: 'Google Workspace',
  category: 'iam',
  docs: [
    'https://developers.google.com/admin-sdk/directory/v1/guides/authorizing',
    'https://developers.google.cn/workspace/admin/directory/v1/guides/authorizing.md.txt',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'google' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  notices: [warning('google_workspace_admin', 'Sign in with a Google Workspace super admin account; other users cannot read the directory.')],
  support: { link: 'https://developers.google.com/workspace/admin/directory/v1/guides/authorizing' },
  oauth: googleOAuth([
    'https://www.googleapis.com/auth/admin.directory.user.readonly',
    'https://www.googleapis.com/auth/admin.directory.group.readonly',
  ]),
};

const jumpcloud: ConnectorDefinition = {
  key: 'jumpcloud',
  name: 'JumpCloud',
  category: 'iam',
  docs: [
    'https://docs.jumpcloud.com/api/1.0/index.yaml',
    'https://docs.jumpcloud.com/api/1.0/index.html',
    'https://nango.dev/docs/integrations/all/jumpcloud/connect',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    selectField(
      'api_host',
      'Region',
      [
        { value: 'console.jumpcloud.com', label: 'United States' },
        { value: 'console.eu.jumpcloud.com', label: 'Europe' },
        { value: 'console.in.jumpcloud.com', label: 'India' },
      ],
      {
        placeholder: 'Choose a region',
        value: 'console.jumpcloud.com',
        description: 'The console you sign in to: console.eu.jumpcloud.com means Europe.',
      },
    ),
    secretField('api_key', 'API key', {
      placeholder: 'jca_…',
      description: 'In the JumpCloud Admin Portal click your account initials (top right) → My API Key → Generate New API Key.',
    }),
  ],
  notices: [
    warning('jumpcloud_regenerate', 'Generating a new key revokes the previous one: any integration still using it stops working.'),
  ],
  support: { link: 'https://docs.jumpcloud.com/api/1.0/index.html#section/Authentication-and-Authorization' },
  verify: {
    method: 'GET',
    url: 'https://{{api_host}}/api/systemusers',
    query: { limit: '1' },
    headers: { 'x-api-key': '{{api_key}}', accept: 'application/json' },
    success_statuses: [200],
  },
};

const auth0: ConnectorDefinition = {
  key: 'auth0',
  name: 'Auth0',
  category: 'iam',
  docs: [
    'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens',
    'https://raw.githubusercontent.com/api-evangelist/auth0/refs/heads/main/examples/auth0-oauth-token-client-credentials-example.json',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'auth0' },
  auth: { type: 'custom' },
  fields: [
    hostnameField(
      'auth0_domain',
      'Domain',
      'acme.eu.auth0.com',
      'In the Auth0 Dashboard open Applications → your Machine-to-Machine application → Settings and copy "Domain".',
    ),
    textField('client_id', 'Client ID', {
      placeholder: 'aBcD1234…',
      description: 'On the same Settings tab, copy "Client ID".',
    }),
    secretField('client_secret', 'Client secret', {
      placeholder: '••••••••',
      description: 'On the same Settings tab, copy "Client Secret".',
    }),
  ],
  notices: [
    warning(
      'auth0_m2m',
      'The application must be a Machine-to-Machine app authorised for the Auth0 Management API with at least read:users.',
    ),
  ],
  support: { link: 'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens' },
  verify: {
    method: 'POST',
    url: 'https://{{auth0_domain}}/oauth/token',
    body: {
      grant_type: 'client_credentials',
      client_id: '{{client_id}}',
      client_secret: '{{client_secret}}',
      audience: 'https://{{auth0_domain}}/api/v2/',
    },
    success_statuses: [200],
  },
};

const onelogin: ConnectorDefinition = {
  key: 'onelogin',
  name: 'OneLogin',
  category: 'iam',
  docs: [
    'https://developers.onelogin.com/api-docs/1/getting-started/working-with-api-credentials',
    'https://gist.github.com/dcaponi/13b0e7187a6a76e459ee8b1a1675f5a3',
    'https://rdrr.io/cran/onelogin/src/R/onelogin.R',
  ],
  checked: '2026-12-02',
  auth: { type: 'custom' },
  fields: [
    subdomainField('subdomain', 'Subdomain', 'onelogin.com', ''),
    textField('client_id', 'Client ID', {
      placeholder: '0123abcd…',
      description: 'In OneLogin go to Administration → Developers → API Credentials → New Credential ("Read users"), then copy the Client ID.',
    }),
    secretField('client_secret', 'Client secret', {
      placeholder: '••••••••',
      description: 'Shown next to the Client ID of the same API credential.',
    }),
  ],
  support: { link: 'https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials' },
  verify: {
    method: 'POST',
    url: 'https://{{subdomain}}.onelogin.com/auth/oauth2/v2/token',
    basic: { username: '{{client_id}}', password: '{{client_secret}}' },
    body: { grant_type: 'client_credentials' },
    success_statuses: [200],
  },
};

export const IAM_CONNECTORS: ConnectorDefinition[] = [okta, microsoftEntraId, googleWorkspace, jumpcloud, auth0, onelogin];
