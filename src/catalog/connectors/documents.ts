import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, emailField, pattern, secretField, subdomainField, warning } from './field-kit.js';
import { googleOAuth } from './oauth-kit.js';

const googleDrive: ConnectorDefinition = {
  key: 'google_drive',
  name: 'Google Drive',
  category: 'documents',
  logo: { simple_icon: 'googledrive' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://developers.google.com/workspace/drive/api/guides/api-specific-auth' },
  oauth: googleOAuth(['https://www.googleapis.com/auth/drive.readonly']),
};

const dropbox: ConnectorDefinition = {
  key: 'dropbox',
  name: 'Dropbox',
  category: 'documents',
  logo: { simple_icon: 'dropbox' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://developers.dropbox.com/oauth-guide' },
  oauth: {
    authorize_url: 'https://www.dropbox.com/oauth2/authorize',
    token_url: 'https://api.dropboxapi.com/oauth2/token',
    scopes: ['account_info.read', 'files.metadata.read', 'files.content.read'],
    pkce: true,
    // Without it Dropbox issues only a short-lived access token and no refresh token.
    authorize_params: { token_access_type: 'offline' },
  },
};

const box: ConnectorDefinition = {
  key: 'box',
  name: 'Box',
  category: 'documents',
  logo: { simple_icon: 'box' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://developer.box.com/guides/authentication/oauth2/' },
  oauth: {
    authorize_url: 'https://account.box.com/api/oauth2/authorize',
    token_url: 'https://api.box.com/oauth2/token',
    scopes: ['root_readonly'],
  },
};

const notion: ConnectorDefinition = {
  key: 'notion',
  name: 'Notion',
  category: 'documents',
  logo: { simple_icon: 'notion' },
  auth: { type: 'api_key' },
  fields: [
    secretField('integration_secret', 'Internal integration secret', {
      placeholder: 'ntn_…',
      description: 'At notion.so/profile/integrations create a new internal integration for your workspace and copy its secret.',
      validation: pattern('^(ntn_|secret_)[A-Za-z0-9]+$', 'Notion integration secrets start with "ntn_" (older ones with "secret_").'),
    }),
  ],
  notices: [
    warning(
      'notion_share_pages',
      'The integration only sees pages shared with it: open each page, click ••• → Connections and add the integration.',
    ),
  ],
  support: { link: 'https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up' },
  verify: {
    method: 'GET',
    url: 'https://api.notion.com/v1/users/me',
    headers: { authorization: 'Bearer {{integration_secret}}', 'notion-version': '2022-06-28' },
    success_statuses: [200],
  },
};

const confluence: ConnectorDefinition = {
  key: 'confluence',
  name: 'Confluence',
  category: 'documents',
  logo: { simple_icon: 'confluence' },
  auth: { type: 'basic' },
  fields: [
    subdomainField('site', 'Site', 'atlassian.net', ''),
    emailField('email', 'Atlassian account e-mail', 'The e-mail you sign in to Atlassian with; the token belongs to this account.'),
    secretField('api_token', 'API token', {
      placeholder: 'ATATT3xFfGF0…',
      description: 'Create one at id.atlassian.com → Security → Create and manage API tokens → Create API token.',
    }),
  ],
  support: { link: 'https://developer.atlassian.com/cloud/confluence/basic-auth-for-rest-apis/' },
  verify: {
    method: 'GET',
    url: 'https://{{site}}.atlassian.net/wiki/rest/api/user/current',
    headers: { accept: 'application/json' },
    basic: { username: '{{email}}', password: '{{api_token}}' },
    success_statuses: [200],
  },
};

export const DOCUMENTS_CONNECTORS: ConnectorDefinition[] = [googleDrive, dropbox, box, notion, confluence];
