import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, atlassianCloud, emailField, pattern, secretField, subdomainField, textField, warning } from './field-kit.js';

const zendesk: ConnectorDefinition = {
  key: 'zendesk',
  name: 'Zendesk',
  category: 'ticketing',
  docs: [
    'https://github.com/blakmatrix/node-zendesk/issues/152',
    'https://github.com/zendesk/zendesk_api_client_rb/issues/27',
    'https://github.com/Speedygeek/ZendeskApi_v2/issues/505',
    'https://support.zendesk.com/hc/en-us/articles/4408831452954/comments/5414758461338',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'zendesk' },
  auth: { type: 'basic' },
  fields: [
    subdomainField('subdomain', 'Subdomain', 'zendesk.com', ''),
    emailField('email', 'Agent e-mail', 'The e-mail address of the Zendesk admin or agent the token acts for.'),
    secretField('api_token', 'API token', {
      placeholder: 'aBcD1234…',
      description: 'In Admin Center go to Apps and integrations → APIs → API tokens → Add API token, then copy it.',
    }),
  ],
  notices: [warning('zendesk_token_access', 'Token access must be turned on in Admin Center → Apps and integrations → APIs → Settings.')],
  support: { link: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/' },
  verify: {
    method: 'GET',
    // users/me.json answers 200 "Anonymous user" to bad credentials; listing users needs valid ones.
    url: 'https://{{subdomain}}.zendesk.com/api/v2/users.json',
    query: { 'page[size]': '1' },
    basic: { username: '{{email}}/token', password: '{{api_token}}' },
    success_statuses: [200],
  },
};

const freshdesk: ConnectorDefinition = {
  key: 'freshdesk',
  name: 'Freshdesk',
  category: 'ticketing',
  docs: [
    'https://support.freshdesk.com/en/support/solutions/articles/215517-system-and-browser-requirements-for-freshdesk',
    'https://support.freshdesk.com/support/solutions/articles/225435-where-can-i-find-my-api-key-',
  ],
  checked: '2026-12-02',
  auth: { type: 'basic' },
  fields: [
    subdomainField('domain', 'Helpdesk domain', 'freshdesk.com', ''),
    secretField('api_key', 'API key', {
      placeholder: 'aBcD1234…',
      description: 'In Freshdesk click your profile picture → Profile settings → "View API key" on the right.',
    }),
  ],
  support: { link: 'https://developers.freshdesk.com/api/#authentication' },
  verify: {
    method: 'GET',
    url: 'https://{{domain}}.freshdesk.com/api/v2/agents/me',
    // Freshdesk ignores the password part when the username is an API key.
    basic: { username: '{{api_key}}', password: 'X' },
    success_statuses: [200],
  },
};

const jira: ConnectorDefinition = {
  key: 'jira',
  name: 'Jira',
  category: 'ticketing',
  docs: [
    'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account',
    'https://github.com/sooperset/mcp-atlassian/issues/968',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'jira' },
  ...atlassianCloud('/rest/api/3/myself', 'https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/'),
};

const linear: ConnectorDefinition = {
  key: 'linear',
  name: 'Linear',
  category: 'ticketing',
  docs: [
    'https://smithery.ai/skills/jeremylongshore/linear-common-errors',
    'https://tessl.io/registry/tessl/npm-linear--sdk/files/docs/core-client.md',
    'https://docs.rs/xbp/latest/xbp_cli/commands/linear_cmd/constant.LINEAR_API_KEYS_URL.html',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'linear' },
  auth: { type: 'api_key' },
  fields: [
    secretField('api_key', 'Personal API key', {
      placeholder: 'lin_api_…',
      description: 'In Linear go to Settings → Account → Security & access → Personal API keys → New API key.',
      validation: pattern('^lin_api_[A-Za-z0-9]+$', 'Linear API keys start with "lin_api_".'),
    }),
  ],
  support: { link: 'https://linear.app/developers/graphql#personal-api-keys' },
  verify: {
    method: 'POST',
    url: 'https://api.linear.app/graphql',
    // Personal keys go in the header as they are, without "Bearer".
    headers: { authorization: '{{api_key}}' },
    body: { query: '{ viewer { id } }' },
    success_statuses: [200],
    // GraphQL may answer 200 with `errors` and no data: only a viewer id proves the key.
    success_json: 'data.viewer.id',
  },
};

const servicenow: ConnectorDefinition = {
  key: 'servicenow',
  name: 'ServiceNow',
  category: 'ticketing',
  docs: [
    'https://www.servicenow.com/community/developer-forum/assigning-roles-to-api-users/m-p/3510022',
    'https://www.servicenow.com/community/developer-forum/what-role-do-i-need-to-access-sys-user-table/m-p/2409064',
    'https://www.servicenow.com/community/itom-forum/what-role-does-the-service-account-need-for-rest-api/m-p/934939',
    'https://www.servicenow.com/docs/bundle/latest/page/integrate/inbound-rest/concept/c_RESTAPI.html',
  ],
  checked: '2026-12-02',
  auth: { type: 'basic' },
  fields: [
    subdomainField('instance', 'Instance', 'service-now.com', ''),
    textField('username', 'Username', {
      placeholder: 'integration.user',
      description: 'The user ID of a ServiceNow user created for this integration (System Security → Users).',
    }),
    secretField('password', 'Password', {
      placeholder: '••••••••',
      description: 'The password of that user.',
    }),
  ],
  notices: [
    warning(
      'servicenow_roles',
      'Tick "Web service access only" on the integration user and give it the itil role (or read ACLs on the tables you share) and, if REST API access ACLs are enabled, the snc_platform_rest_api_access role.',
    ),
  ],
  support: { link: 'https://www.servicenow.com/docs/bundle/latest/page/integrate/inbound-rest/concept/c_RESTAPI.html' },
  verify: {
    method: 'GET',
    url: 'https://{{instance}}.service-now.com/api/now/table/sys_user',
    query: { sysparm_limit: '1', sysparm_fields: 'sys_id' },
    headers: { accept: 'application/json' },
    basic: { username: '{{username}}', password: '{{password}}' },
    success_statuses: [200],
  },
};

const asana: ConnectorDefinition = {
  key: 'asana',
  name: 'Asana',
  category: 'ticketing',
  docs: [
    'https://developers.asana.com/docs/personal-access-token',
    'https://docs.blackbox.ai/features/integrations/asana',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'asana' },
  auth: { type: 'api_key' },
  fields: [
    secretField('personal_access_token', 'Personal access token', {
      placeholder: '2/1200000000000000/…',
      description: 'Open the Asana developer console (My settings → Apps → Developer apps) → Create new token.',
    }),
  ],
  support: { link: 'https://developers.asana.com/docs/personal-access-token' },
  verify: {
    method: 'GET',
    url: 'https://app.asana.com/api/1.0/users/me',
    headers: { authorization: 'Bearer {{personal_access_token}}' },
    success_statuses: [200],
  },
};

const github: ConnectorDefinition = {
  key: 'github',
  name: 'GitHub Issues',
  category: 'ticketing',
  docs: [
    'https://github.blog/changelog/2025-07-14-pkce-support-for-oauth-and-github-app-authentication',
    'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'github' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  notices: [
    warning('github_org_access', 'For an organisation\'s repositories, an owner may have to approve the app under "Third-party access".'),
  ],
  support: { link: 'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps' },
  oauth: {
    authorize_url: 'https://github.com/login/oauth/authorize',
    token_url: 'https://github.com/login/oauth/access_token',
    token_auth: 'client_secret_post',
    scopes: ['repo', 'read:org', 'read:user'],
  },
};

const intercom: ConnectorDefinition = {
  key: 'intercom',
  name: 'Intercom',
  category: 'ticketing',
  docs: [
    'https://developers.intercom.com/building-apps/docs/rest-apis',
    'https://nango.dev/docs/api-integrations/intercom/connect.md',
    'https://nango.dev/docs/api-integrations/intercom/how-to-register-your-own-intercom-api-oauth-app',
    'https://developers.intercom.com/docs/references/2.6/rest-api/admins/view-the-current-admin',
    'https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/admins/identifyadmin',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'intercom' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication/setting-up-oauth' },
  oauth: {
    authorize_url: 'https://app.intercom.com/oauth',
    token_url: 'https://api.intercom.io/auth/eagle/token',
    token_auth: 'client_secret_post',
    // Intercom grants the permissions configured on the app in the Developer Hub; it takes no scope parameter.
    scopes: [],
    // Workspaces live in the US, EU or Australia; api.intercom.io routes there, but hosts should call the regional
    // API (api.eu.intercom.io, api.au.intercom.io). GET /me (the app's "Read admins" permission) names the region.
    follow_up: {
      method: 'GET',
      url: 'https://api.intercom.io/me',
      headers: { authorization: 'Bearer {{$access_token}}', accept: 'application/json' },
      keep: { region: 'app.region', workspace_id: 'app.id_code' },
    },
  },
};

export const TICKETING_CONNECTORS: ConnectorDefinition[] = [
  zendesk,
  freshdesk,
  jira,
  linear,
  servicenow,
  asana,
  github,
  intercom,
];
