import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, info, secretField, subdomainField, textField, warning } from './field-kit.js';

const bamboohr: ConnectorDefinition = {
  key: 'bamboohr',
  name: 'BambooHR',
  category: 'hris',
  docs: [
    'https://documentation.bamboohr.com/docs/getting-started.md',
    'https://documentation.bamboohr.com/reference/getting-started',
    'https://docs.n8n.io/integrations/builtin/credentials/bamboohr.md',
  ],
  checked: '2026-12-02',
  auth: { type: 'basic' },
  fields: [
    subdomainField('company_domain', 'Company domain', 'bamboohr.com', 'It is also shown in the API documentation page of your account.'),
    secretField('api_key', 'API key', {
      placeholder: 'a1b2c3d4e5f6…',
      description: 'In BambooHR, click your name (top right) → API Keys → Add New Key, then copy the key.',
    }),
  ],
  notices: [
    warning(
      'bamboohr_permissions',
      'An API key can read exactly what the user who created it can see. Create it as a user with full admin access.',
    ),
  ],
  support: { link: 'https://documentation.bamboohr.com/docs/getting-started' },
  verify: {
    method: 'GET',
    url: 'https://api.bamboohr.com/api/gateway.php/{{company_domain}}/v1/employees/0',
    query: { fields: 'firstName' },
    headers: { accept: 'application/json' },
    // BambooHR takes the key as the Basic username; the password is ignored.
    basic: { username: '{{api_key}}', password: 'x' },
    success_statuses: [200],
  },
};

const personio: ConnectorDefinition = {
  key: 'personio',
  name: 'Personio',
  category: 'hris',
  docs: [
    'https://developer.personio.de/changelog/deprecated-query-string-credentials-on-post-v1auth',
    'https://developer.personio.de/changelog/authentication-api-improved-bearer-token',
    'https://developer.personio.de/reference/auth',
    'https://nango.dev/docs/integrations/all/personio/connect',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'personio' },
  auth: { type: 'custom' },
  fields: [
    textField('client_id', 'Client ID', {
      placeholder: 'papi-1a2b3c4d-…',
      description: 'In Personio go to Settings → API credentials → Create custom integration, name it, select the read scopes and the employee attributes to share, then copy the Client ID.',
    }),
    secretField('client_secret', 'Client secret', {
      placeholder: 'papi-…',
      description: 'Shown once next to the Client ID when the credential is generated.',
    }),
  ],
  notices: [
    warning(
      'personio_attributes',
      'When generating the credential, grant read access to the employee attributes you want to share; other attributes stay hidden.',
    ),
  ],
  support: { link: 'https://developer.personio.de/reference/auth' },
  verify: {
    method: 'POST',
    url: 'https://api.personio.de/v1/auth',
    headers: { accept: 'application/json' },
    body: { client_id: '{{client_id}}', client_secret: '{{client_secret}}' },
    success_statuses: [200],
  },
};

const hibob: ConnectorDefinition = {
  key: 'hibob',
  name: 'HiBob',
  category: 'hris',
  docs: [
    'https://apidocs.hibob.com/docs/api-service-users.md',
    'https://apidocs.hibob.com/reference/permissions.md',
    'https://help.merge.dev/en/articles/6361857-hibob-service-user-authentication',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'hibob' },
  auth: { type: 'basic' },
  fields: [
    textField('service_user_id', 'Service user ID', {
      placeholder: 'SERVICE-12345',
      description: 'In Bob go to System settings → Integrations → Automation → Service users → Manage, create a service user and copy its ID.',
    }),
    secretField('service_user_token', 'Service user token', {
      placeholder: 'Qe8q89RwbzeS7m…',
      description: 'Shown once when the service user is created; store it before closing the dialog.',
    }),
  ],
  notices: [
    warning(
      'hibob_permissions',
      'Service users start with no permissions: add this one to a permission group that can read People data.',
    ),
  ],
  support: { link: 'https://apidocs.hibob.com/docs/api-service-users' },
  verify: {
    method: 'GET',
    url: 'https://api.hibob.com/v1/company/people/fields',
    headers: { accept: 'application/json' },
    basic: { username: '{{service_user_id}}', password: '{{service_user_token}}' },
    success_statuses: [200],
  },
};

const deel: ConnectorDefinition = {
  key: 'deel',
  name: 'Deel',
  category: 'hris',
  docs: [
    'https://developer.deel.com/api/stable/authentication.md',
    'https://developer.deel.com/changelog/v1-21',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    secretField('api_key', 'Organization API token', {
      placeholder: 'deel_…',
      description: 'In Deel open More → Developer → Access Tokens → Generate new token, choose "Organization token" and copy it.',
    }),
  ],
  support: { link: 'https://developer.deel.com/api/authentication' },
  verify: {
    method: 'GET',
    url: 'https://api.letsdeel.com/rest/v2/organizations',
    headers: { authorization: 'Bearer {{api_key}}', accept: 'application/json' },
    success_statuses: [200],
  },
};

const humaans: ConnectorDefinition = {
  key: 'humaans',
  name: 'Humaans',
  category: 'hris',
  docs: [
    'https://nango.dev/docs/api-integrations/humaans-io/connect',
    'https://help.merge.dev/en/articles/6593197-humaans-io-how-do-i-link-my-account',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    secretField('api_access_token', 'API access token', {
      placeholder: 'hum_…',
      description: 'In Humaans click the arrows next to your name (top left) → API access tokens → Generate new token, tick View public data (public:read) — and View public and private data if you share private fields — then copy it.',
    }),
  ],
  support: { link: 'https://docs.humaans.io/api/#authentication' },
  verify: {
    method: 'GET',
    url: 'https://app.humaans.io/api/me',
    headers: { authorization: 'Bearer {{api_access_token}}' },
    success_statuses: [200],
  },
};

const gusto: ConnectorDefinition = {
  key: 'gusto',
  name: 'Gusto',
  category: 'hris',
  docs: [
    'https://docs.gusto.com/app-integrations/docs/oauth2',
    'https://docs.gusto.com/embedded-payroll/docs/company-access-tokens',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'gusto' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  notices: [info('gusto_admin', 'Sign in as a Gusto admin of the company you want to connect.')],
  support: { link: 'https://docs.gusto.com/app-integrations/docs/authentication' },
  oauth: {
    authorize_url: 'https://api.gusto.com/oauth/authorize',
    token_url: 'https://api.gusto.com/oauth/token',
    token_auth: 'client_secret_post',
    scopes: ['companies:read', 'employees:read'],
  },
};

const factorial: ConnectorDefinition = {
  key: 'factorial',
  name: 'Factorial',
  category: 'hris',
  docs: [
    'https://developer.tryfinch.com/integrations/guides/Factorial-HR',
    'https://www.ibm.com/docs/en/app-connect/saas?topic=hr-obtaining-connection-values-factorial',
    'https://docs.serval.com/sections/integrations/factorial',
    'https://apidoc.factorialhr.com/v2025-04-01/docs/scopes',
    'https://apidoc.factorialhr.com/docs/request-an-authorization-code',
    'https://docs.stackone.com/connectors/factorialhr/guides/connector-profile/oauth-2-0',
  ],
  checked: '2026-12-02',
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://apidoc.factorialhr.com/docs/authentication' },
  oauth: {
    authorize_url: 'https://api.factorialhr.com/oauth/authorize',
    token_url: 'https://api.factorialhr.com/oauth/token',
    token_auth: 'client_secret_post',
    // Scopes are resource names picked on the OAuth app (read and write within each); the old "read,write" is gone.
    scopes: ['employees', 'contracts'],
  },
};

export const HRIS_CONNECTORS: ConnectorDefinition[] = [bamboohr, personio, hibob, deel, humaans, gusto, factorial];
