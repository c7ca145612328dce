import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, atlassianCloud, emailField, pattern, secretField, subdomainField, warning } from './field-kit.js';
import { googleOAuth } from './oauth-kit.js';

const googleDrive: ConnectorDefinition = {
  key: 'google_drive',
  name: 'Google Drive',
  category: 'documents',
  docs: [
    'https://developers.google.com/drive/api/guides/about-auth',
    'https://developers.google.cn/workspace/drive/api/terms.md.txt',
    'https://docs.unified.to/skills/google-drive-oauth-app/SKILL.md',
  ],
  checked: '2026-12-02',
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
  docs: [
    'https://dropbox.tech/developers/using-oauth-2-0-with-offline-access',
    'https://docs.unified.to/skills/dropbox-oauth-app/SKILL.md',
  ],
  checked: '2026-12-02',
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
  docs: [
    'https://developer.box.com/reference/get-authorize/',
    'https://nango.dev/docs/api-integrations/box/how-to-register-your-own-box-api-oauth-app',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'box' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://developer.box.com/guides/authentication/oauth2/' },
  oauth: {
    authorize_url: 'https://account.box.com/api/oauth2/authorize',
    token_url: 'https://api.box.com/oauth2/token',
    token_auth: 'client_secret_post',
    scopes: ['root_readonly'],
  },
};

const notion: ConnectorDefinition = {
  key: 'notion',
  name: 'Notion',
  category: 'documents',
  docs: [
    'https://developers.notion.com/reference/authentication',
    'https://developers.notion.com/guides/authorization/overview.md',
    'https://docs.sim.ai/integrations/notion-service-account',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'notion' },
  auth: { type: 'api_key' },
  fields: [
    secretField('integration_secret', 'Internal integration secret', {
      placeholder: 'ntn_…',
      description: 'A workspace owner creates an internal integration at notion.so/profile/integrations (newer workspaces: app.notion.com/developers/connections) and copies its secret.',
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
  docs: [
    'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account',
    'https://support.atlassian.com/confluence/kb/scoped-api-tokens-in-confluence-cloud',
    'https://github.com/sooperset/mcp-atlassian/issues/968',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'confluence' },
  ...atlassianCloud('/wiki/rest/api/user/current', 'https://developer.atlassian.com/cloud/confluence/basic-auth-for-rest-apis/'),
};

export const DOCUMENTS_CONNECTORS: ConnectorDefinition[] = [googleDrive, dropbox, box, notion, confluence];
