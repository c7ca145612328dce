import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, SUBDOMAIN_PATTERN, info, pattern, secretField, selectField, textField, warning } from './field-kit.js';

/** Offline HRIS served by this server under /sandbox/hris: the only valid key is `sandbox_good`. */
export const sandboxHris: ConnectorDefinition = {
  key: 'sandbox_hris',
  name: 'Sandbox HRIS',
  category: 'hris',
  auth: { type: 'api_key' },
  sandbox: true,
  fields: [
    textField('subdomain', 'Subdomain', {
      placeholder: 'acme',
      description: 'Any subdomain works in the sandbox, e.g. "acme".',
      validation: pattern(SUBDOMAIN_PATTERN, 'Use lower-case letters, digits and dashes, e.g. "acme".'),
    }),
    secretField('api_key', 'API key', {
      placeholder: 'sandbox_good',
      description: 'Use "sandbox_good" to succeed; any other key is rejected.',
    }),
  ],
  support: { description: 'A pretend HR system for trying Connect Hub offline.' },
  verify: {
    method: 'GET',
    url: '{{$base_url}}/sandbox/hris/{{subdomain}}/v1/me',
    headers: { authorization: 'Bearer {{api_key}}' },
    success_statuses: [200],
  },
};

/**
 * Offline ATS under /sandbox/ats with HTTP Basic auth: valid pair `demo` / `sandbox_good`.
 * It uses every field type (text, password, select, number) and every notice placement.
 */
export const sandboxAts: ConnectorDefinition = {
  key: 'sandbox_ats',
  name: 'Sandbox ATS',
  category: 'ats',
  auth: { type: 'basic' },
  sandbox: true,
  fields: [
    selectField(
      'region',
      'Region',
      [
        { value: 'eu', label: 'Europe' },
        { value: 'us', label: 'United States' },
      ],
      { placeholder: 'Choose a region', value: 'eu', description: 'Where the pretend account lives; both regions work.' },
    ),
    {
      ...textField('company_id', 'Company ID', {
        placeholder: '4200',
        description: 'Any whole number, e.g. 4200.',
        validation: pattern('^[0-9]+$', 'The company ID is a whole number.'),
      }),
      type: 'number',
    },
    textField('username', 'Username', {
      placeholder: 'demo',
      description: 'Use "demo".',
    }),
    secretField('password', 'Password', {
      placeholder: 'sandbox_good',
      description: 'Use "sandbox_good" to succeed; anything else is rejected.',
    }),
  ],
  notices: [
    info('sandbox_ats_intro', 'This is a pretend applicant tracking system served by Connect Hub itself. Nothing leaves this server.'),
    warning('sandbox_ats_password', 'Only the password "sandbox_good" is accepted.', 'password'),
    info('sandbox_ats_after', 'Once connected, the account appears in the host app and in the dashboard.', 'bottom'),
  ],
  support: { description: 'A pretend applicant tracking system for trying Connect Hub offline.' },
  verify: {
    method: 'GET',
    url: '{{$base_url}}/sandbox/ats/{{region}}/v1/companies/{{company_id}}/me',
    headers: { accept: 'application/json' },
    basic: { username: '{{username}}', password: '{{password}}' },
    success_statuses: [200],
  },
};

/**
 * Offline CRM that links through OAuth 2.0: the authorization server this server runs itself under
 * `/sandbox/oauth` (or one named by CONNECT_HUB_SANDBOX_OAUTH_URL), reached through `{{$sandbox_oauth_url}}`.
 * It has no login page; the `outcome` field decides what its consent step answers (see src/sandbox/oauth.ts).
 */
export const sandboxCrm: ConnectorDefinition = {
  key: 'sandbox_crm',
  name: 'Sandbox CRM',
  category: 'crm',
  auth: OAUTH2_AUTH_CODE,
  sandbox: true,
  fields: [
    selectField(
      'outcome',
      'Consent',
      [
        { value: 'approve', label: 'Approve' },
        { value: 'approve_short', label: 'Approve, with an access token that expires at once' },
        { value: 'deny', label: 'Deny' },
      ],
      {
        placeholder: 'Choose what the pretend provider answers',
        value: 'approve',
        description: 'The sandbox provider has no login page: this decides what its consent step answers.',
      },
    ),
  ],
  support: { description: 'A pretend CRM that links through the OAuth 2.0 server built into the Connect Hub sandbox; nothing leaves this machine.' },
  oauth: {
    authorize_url: '{{$sandbox_oauth_url}}/authorize?outcome={{outcome}}',
    token_url: '{{$sandbox_oauth_url}}/token',
    scopes: ['contacts.read', 'deals.read', 'offline_access'],
    // OpenID Connect Core §11: offline_access gives a refresh token only after prompt=consent.
    authorize_params: { prompt: 'consent' },
    // Registered at the sandbox provider as client_secret_basic (the default); it answers with iss (RFC 9207).
    issuer: '{{$sandbox_oauth_url}}',
    require_iss: true,
  },
};

export const SANDBOX_CONNECTORS: ConnectorDefinition[] = [sandboxHris, sandboxAts, sandboxCrm];
