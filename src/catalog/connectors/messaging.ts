import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, pattern, secretField, textField, warning } from './field-kit.js';
import { microsoftOAuth } from './oauth-kit.js';

const slack: ConnectorDefinition = {
  key: 'slack',
  name: 'Slack',
  category: 'messaging',
  docs: [
    'https://docs.slack.dev/reference/methods/oauth.v2.access',
    'https://docs.slack.dev/authentication/using-token-rotation',
  ],
  checked: '2026-12-02',
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  notices: [warning('slack_workspace_approval', 'Some workspaces require an admin to approve new apps before they can be installed.')],
  support: { link: 'https://api.slack.com/authentication/oauth-v2' },
  oauth: {
    authorize_url: 'https://slack.com/oauth/v2/authorize',
    token_url: 'https://slack.com/api/oauth.v2.access',
    scopes: ['channels:read', 'chat:write', 'users:read', 'users:read.email'],
    scope_separator: ',',
  },
};

const microsoftTeams: ConnectorDefinition = {
  key: 'microsoft_teams',
  name: 'Microsoft Teams',
  category: 'messaging',
  docs: [
    'https://learn.microsoft.com/en-us/graph/teams-concept-overview',
  ],
  checked: '2026-12-02',
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  notices: [warning('teams_admin_consent', 'Your Microsoft 365 admin may need to grant consent for the organisation.')],
  support: { link: 'https://learn.microsoft.com/en-us/graph/teams-concept-overview' },
  oauth: microsoftOAuth(['User.Read', 'Team.ReadBasic.All', 'Channel.ReadBasic.All', 'ChannelMessage.Send']),
};

const twilio: ConnectorDefinition = {
  key: 'twilio',
  name: 'Twilio',
  category: 'messaging',
  docs: [
    'https://www.twilio.com/docs/usage/requests-to-twilio.md',
    'https://twilio.com/docs/api/errors/20003',
    'https://www.twilio.com/docs/iam/api/',
  ],
  checked: '2026-12-02',
  auth: { type: 'basic' },
  fields: [
    textField('account_sid', 'Account SID', {
      placeholder: 'AC0123456789abcdef0123456789abcdef',
      description: 'On the Twilio Console home page, under "Account Info".',
      validation: pattern('^AC[0-9a-f]{32}$', 'An Account SID is "AC" followed by 32 hexadecimal characters.'),
    }),
    secretField('auth_token', 'Auth token', {
      placeholder: '••••••••',
      description: 'Next to the Account SID on the Console home page; click "Show" to reveal it.',
    }),
  ],
  support: { link: 'https://www.twilio.com/docs/usage/requests-to-twilio' },
  verify: {
    method: 'GET',
    url: 'https://api.twilio.com/2010-04-01/Accounts/{{account_sid}}.json',
    basic: { username: '{{account_sid}}', password: '{{auth_token}}' },
    success_statuses: [200],
  },
};

export const MESSAGING_CONNECTORS: ConnectorDefinition[] = [slack, microsoftTeams, twilio];
