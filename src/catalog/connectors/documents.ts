import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, atlassianCloud, emailField, pattern, secretField, subdomainField, warning } from './field-kit.js';
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
  ...atlassianCloud('/wiki/rest/api/user/current', 'https://developer.atlassian.com/cloud/confluence/basic-auth-for-rest-apis/'),
};

export const DOCUMENTS_CONNECTORS: ConnectorDefinition[] = [googleDrive, dropbox, box, notion, confluence];
