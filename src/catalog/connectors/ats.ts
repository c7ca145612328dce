import type { ConnectorDefinition } from '../schema.js';
import { pattern, secretField, selectField, subdomainField, textField, warning } from './field-kit.js';

const greenhouse: ConnectorDefinition = {
  key: 'greenhouse',
  name: 'Greenhouse',
  category: 'ats',
  docs: [
    'https://nango.dev/docs/api-integrations/greenhouse-harvest-oauth2-cc/connect',
    'https://developers.apideck.com/apis/ats/greenhouse/configuration',
    'https://nango.dev/docs/api-integrations/greenhouse-harvest-partner/how-to-register-your-own-greenhouse-harvest-partner-oauth-app',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'greenhouse' },
  // Harvest v1/v2 and their API keys were retired on 31 Aug 2026; v3 takes OAuth client credentials.
  auth: { type: 'custom' },
  fields: [
    textField('client_id', 'Client ID', {
      placeholder: 'a1b2c3d4…',
      description:
        'In Greenhouse go to Configure → Dev Center → API Credentials → Create new API credentials, type "Harvest V3 (OAuth)"; on its Settings tab tick the Harvest scopes for candidates, applications, jobs and users, then copy the Client ID.',
    }),
    secretField('client_secret', 'Client secret', {
      placeholder: 'e5f6g7h8…',
      description: 'Shown next to the Client ID of the same credential.',
    }),
    textField('user_id', 'User ID (optional)', {
      placeholder: '4080001',
      required: false,
      description:
        "The numeric id of the Greenhouse user the integration acts as (audit log, permissions); leave empty to use the credential's Integration Service User.",
      validation: pattern('^[0-9]+$', 'A Greenhouse user ID is a number.'),
    }),
  ],
  notices: [
    warning(
      'greenhouse_permissions',
      'Harvest v3 credentials only reach the scopes ticked under Manage Scopes: enable read/list for Candidates, Applications, Jobs and Users.',
    ),
  ],
  support: { link: 'https://nango.dev/docs/api-integrations/greenhouse-harvest-oauth2-cc/connect' },
  // Getting a token proves the pair; API calls then go to https://harvest.greenhouse.io/v3 with it as Bearer.
  verify: {
    method: 'POST',
    url: 'https://auth.greenhouse.io/token',
    basic: { username: '{{client_id}}', password: '{{client_secret}}' },
    body_format: 'form',
    // `sub` only when a user id is given: without it Greenhouse uses the Integration Service User.
    body: { grant_type: 'client_credentials', sub: '{{user_id}}' },
    success_statuses: [200],
  },
};

const lever: ConnectorDefinition = {
  key: 'lever',
  name: 'Lever',
  category: 'ats',
  docs: [
    'https://help.merge.dev/en/articles/5442133-lever-api-key',
    'https://nango.dev/docs/integrations/all/lever-basic/connect',
  ],
  checked: '2026-12-02',
  auth: { type: 'basic' },
  fields: [
    secretField('api_key', 'API key', {
      placeholder: 'abc123…',
      description: 'In Lever go to Settings → Integrations and API → API Credentials → Generate new key (super admin only).',
    }),
  ],
  notices: [warning('lever_admin', 'Only Lever super admins can create API keys; tick read permissions for the endpoints you share (users, opportunities, postings).')],
  support: { link: 'https://hire.lever.co/developer/documentation#authentication' },
  verify: {
    method: 'GET',
    url: 'https://api.lever.co/v1/users',
    query: { limit: '1' },
    basic: { username: '{{api_key}}', password: '' },
    success_statuses: [200],
  },
};

const workable: ConnectorDefinition = {
  key: 'workable',
  name: 'Workable',
  category: 'ats',
  docs: [
    'https://wiki.truto.one/integration-guides/workable',
    'https://help.merge.dev/en/articles/5442252-workable-api-key-authentication',
    'https://docs.n8n.io/credentials/workable',
    'https://workable.readme.io/reference/generate-an-access-token',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    subdomainField('subdomain', 'Account subdomain', 'workable.com', 'It is shown in Settings → Company profile.'),
    secretField('access_token', 'API access token', {
      placeholder: 'a1b2c3…',
      description: 'In Workable go to Settings → Integrations → Access token → Generate new token and tick the scopes r_account, r_jobs and r_candidates.',
    }),
  ],
  support: { link: 'https://workable.readme.io/reference/generate-an-access-token' },
  verify: {
    method: 'GET',
    url: 'https://{{subdomain}}.workable.com/spi/v3/accounts',
    headers: { authorization: 'Bearer {{access_token}}' },
    success_statuses: [200],
  },
};

const ashby: ConnectorDefinition = {
  key: 'ashby',
  name: 'Ashby',
  category: 'ats',
  docs: [
    'https://developers.ashbyhq.com/reference/authentication',
    'https://developers.ashbyhq.com/reference/api-key',
    'https://docs.unified.to/guides/how_to_get_your_ashby_api_key_step_by_step_guide',
  ],
  checked: '2026-12-02',
  auth: { type: 'basic' },
  fields: [
    secretField('api_key', 'API key', {
      placeholder: 'abc123…',
      description: 'In Ashby go to Admin → Integrations → API Keys → New, then copy the key.',
    }),
  ],
  notices: [
    warning(
      'ashby_permissions',
      'Ashby keys have no permissions by default: enable read access to Candidates, Jobs, Hiring Process and API Keys (the key check, apiKey.info, needs API Keys: Read).',
    ),
  ],
  support: { link: 'https://developers.ashbyhq.com/reference/authentication' },
  verify: {
    method: 'POST',
    url: 'https://api.ashbyhq.com/apiKey.info',
    headers: { accept: 'application/json; version=1', 'content-type': 'application/json' },
    basic: { username: '{{api_key}}', password: '' },
    body: {},
    success_statuses: [200],
  },
};

const smartrecruiters: ConnectorDefinition = {
  key: 'smartrecruiters',
  name: 'SmartRecruiters',
  category: 'ats',
  docs: [
    'https://help.merge.dev/en/articles/5528423-smartrecruiters-how-do-i-link-my-account',
    'https://developers.getknit.dev/docs/smartrecruiters-ats',
    'https://www.servicenow.com/docs/r/australia/integrate-applications/integration-hub/setup-smartrecruiters.html',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    secretField('api_key', 'API key (SmartToken)', {
      placeholder: 'DCRA1-…',
      description: 'In SmartRecruiters go to Settings → Admin → Apps & Integrations → Credentials → New credential → API key.',
    }),
  ],
  notices: [warning('smartrecruiters_admin', 'Only SmartRecruiters administrators can create API credentials.')],
  support: { link: 'https://developers.smartrecruiters.com/docs/authentication' },
  verify: {
    method: 'GET',
    url: 'https://api.smartrecruiters.com/jobs',
    query: { limit: '1' },
    headers: { 'x-smarttoken': '{{api_key}}' },
    success_statuses: [200],
  },
};

const recruitee: ConnectorDefinition = {
  key: 'recruitee',
  name: 'Recruitee',
  category: 'ats',
  docs: [
    'https://support.recruitee.com/en/articles/8213076-faq-api',
    'https://nango.dev/docs/integrations/all/recruitee/connect',
    'https://docs.recruitee.com/reference/authentication-1',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    {
      ...textField('company_id', 'Company ID', {
        placeholder: '12345',
        description: 'Shown on Settings → Apps and plugins → Personal API tokens, and in app URLs after "company=".',
        validation: pattern('^[0-9]+$', 'The company ID is a number.'),
      }),
      type: 'number',
    },
    secretField('api_token', 'Personal API token', {
      placeholder: 'b2F1dGg…',
      description: 'On the same page click "+ New token", give it a label and copy the token.',
    }),
  ],
  notices: [warning('recruitee_role', 'The token can do exactly what its creator can do in Recruitee: create it as an admin.')],
  support: { link: 'https://support.recruitee.com/en/articles/8213076-faq-api' },
  verify: {
    method: 'GET',
    url: 'https://api.recruitee.com/c/{{company_id}}/offers',
    headers: { authorization: 'Bearer {{api_token}}' },
    success_statuses: [200],
  },
};

const teamtailor: ConnectorDefinition = {
  key: 'teamtailor',
  name: 'Teamtailor',
  category: 'ats',
  docs: [
    'https://help.merge.dev/articles/5442416-teamtailor-how-do-i-link-my-account',
    'https://developers.apideck.com/connectors/teamtailor/docs/consumer+connection',
    'https://getknit.dev/blog/developer-guide-to-get-job-application-data-from-teamtailor-ats-api',
    'https://docs.airbyte.com/integrations/sources/teamtailor',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    selectField(
      'api_host',
      'Data region',
      [
        { value: 'api.teamtailor.com', label: 'Europe' },
        { value: 'api.na.teamtailor.com', label: 'North America' },
      ],
      {
        placeholder: 'Choose a region',
        value: 'api.teamtailor.com',
        description: 'Where your Teamtailor account is hosted; accounts created on teamtailor.com in the US use North America.',
      },
    ),
    secretField('api_key', 'API key', {
      placeholder: 'abcdEFGH…',
      description: 'In Teamtailor go to Settings → Integrations → API keys → New API key, scope "Admin", permission "Read".',
    }),
  ],
  support: { link: 'https://docs.teamtailor.com/#authentication' },
  verify: {
    method: 'GET',
    url: 'https://{{api_host}}/v1/company',
    headers: { authorization: 'Token token={{api_key}}', 'x-api-version': '20240404' },
    success_statuses: [200],
  },
};

export const ATS_CONNECTORS: ConnectorDefinition[] = [
  greenhouse,
  lever,
  workable,
  ashby,
  smartrecruiters,
  recruitee,
  teamtailor,
];
