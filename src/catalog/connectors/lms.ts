import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, hostnameField, secretField, subdomainField, textField, warning } from './field-kit.js';

const talentlms: ConnectorDefinition = {
  key: 'talentlms',
  name: 'TalentLMS',
  category: 'lms',
  docs: [
    'https://nango.dev/docs/api-integrations/talentlms/connect',
    'https://make.com/en/help/app/talentlms.html',
    'https://raw.githubusercontent.com/api-evangelist/epignosis-talentlms-efront-talentcards/refs/heads/main/authentication/epignosis-talentlms-efront-talentcards-authentication.yml',
  ],
  checked: '2026-12-02',
  auth: { type: 'basic' },
  fields: [
    subdomainField('domain', 'Domain', 'talentlms.com', ''),
    secretField('api_key', 'API key', {
      placeholder: 'aBcD1234…',
      description: 'In TalentLMS go to Account & Settings → Integrations → API, enable the API and copy the API key.',
    }),
  ],
  notices: [warning('talentlms_enable_api', 'The API is off by default and not available on the Free plan or a trial: an administrator must enable it.')],
  support: { link: 'https://market.talentlms.com/pages/docs/TalentLMS-API-Documentation.pdf' },
  verify: {
    method: 'GET',
    url: 'https://{{domain}}.talentlms.com/api/v1/siteinfo',
    basic: { username: '{{api_key}}', password: '' },
    success_statuses: [200],
  },
};

const docebo: ConnectorDefinition = {
  key: 'docebo',
  name: 'Docebo',
  category: 'lms',
  docs: [
    'https://unifyapps.com/docs/unify-integrations/docebo',
    'https://docs.descope.com/connectors/connector-configuration-guides/other/docebo',
  ],
  checked: '2026-12-02',
  auth: OAUTH2_AUTH_CODE,
  fields: [
    hostnameField(
      'platform_domain',
      'Platform domain',
      'acme.docebosaas.com',
      'The address of your Docebo platform without https://, e.g. acme.docebosaas.com or learn.acme.com.',
    ),
    textField('client_id', 'Client ID', {
      placeholder: 'connect-hub',
      description: 'Admin Menu → API and SSO → Manage → API Credentials → Add OAuth2 App: the app\'s Client ID.',
    }),
    secretField('client_secret', 'Client secret', {
      placeholder: 'Client secret',
      description: 'The Client Secret Docebo generated for that OAuth2 app.',
    }),
  ],
  notices: [
    warning(
      'docebo_api_app',
      'A Docebo superadmin must enable "API and SSO" and add an application under API Credentials, with the redirect URL the app you are connecting gives for Docebo; then enter its client ID and secret here.',
    ),
  ],
  support: { link: 'https://help.docebo.com/hc/en-us/articles/360020079400-API-and-SSO' },
  oauth: {
    authorize_url: 'https://{{platform_domain}}/oauth2/authorize',
    token_url: 'https://{{platform_domain}}/oauth2/token',
    // Each platform is its own authorization server with its own generated client: the end user's.
    client: 'end_user',
    token_auth: 'client_secret_post',
    issuer: 'https://{{platform_domain}}',
    scopes: ['api'],
  },
};

const canvas: ConnectorDefinition = {
  key: 'canvas',
  name: 'Canvas LMS',
  category: 'lms',
  docs: [
    'https://developerdocs.instructure.com/services/canvas/permissions/details/file.permissions_users_manage_access_tokens',
    'https://developerdocs.instructure.com/services/canvas/oauth/oauth_endpoints',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'canvas' },
  auth: { type: 'api_key' },
  fields: [
    hostnameField(
      'canvas_domain',
      'Canvas domain',
      'acme.instructure.com',
      'The address you sign in to Canvas at, without https://, e.g. acme.instructure.com.',
    ),
    secretField('access_token', 'Access token', {
      placeholder: '1234~aBcD…',
      description: 'In Canvas go to Account → Settings → Approved Integrations → + New Access Token.',
    }),
  ],
  support: { link: 'https://developerdocs.instructure.com/services/canvas' },
  verify: {
    method: 'GET',
    url: 'https://{{canvas_domain}}/api/v1/users/self',
    headers: { authorization: 'Bearer {{access_token}}' },
    success_statuses: [200],
  },
};

export const LMS_CONNECTORS: ConnectorDefinition[] = [talentlms, docebo, canvas];
