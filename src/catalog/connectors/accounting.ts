import type { ConnectorDefinition } from '../schema.js';
import { OAUTH2_AUTH_CODE, info } from './field-kit.js';

const xero: ConnectorDefinition = {
  key: 'xero',
  name: 'Xero',
  category: 'accounting',
  docs: [
    'https://github.com/aspnet-contrib/AspNet.Security.OAuth.Providers/issues/547',
    'https://www.apideck.com/blog/xero-scopes',
    'https://help.apideck.com/en/articles/8647746',
    'https://github.com/osodevops/xero-cli/releases/tag/v0.5.0',
    'https://www.skills.sh/okou-ai/vm0-skills/xero',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'xero' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  notices: [info('xero_organisation', 'Xero asks which organisation to share: pick one per connection.')],
  support: { link: 'https://developer.xero.com/documentation/guides/oauth2/auth-flow' },
  oauth: {
    authorize_url: 'https://login.xero.com/identity/connect/authorize',
    token_url: 'https://identity.xero.com/connect/token',
    token_auth: 'client_secret_basic',
    // The organisations the user shared: every API call names one in the xero-tenant-id header.
    follow_up: {
      method: 'GET',
      url: 'https://api.xero.com/connections',
      headers: { authorization: 'Bearer {{$access_token}}', accept: 'application/json' },
      keep: { tenant_id: '0.tenantId', tenant_ids: '*.tenantId' },
    },
    scopes: [
      'openid',
      'profile',
      'email',
      'offline_access',
      'accounting.settings.read',
      'accounting.contacts.read',
      // Apps created from 2 Mar 2026 may not ask for accounting.transactions(.read): its granular parts instead.
      'accounting.invoices.read',
      'accounting.payments.read',
      'accounting.banktransactions.read',
    ],
  },
};

const quickbooks: ConnectorDefinition = {
  key: 'quickbooks',
  name: 'QuickBooks Online',
  category: 'accounting',
  docs: [
    'https://developer.intuit.com/.well-known/openid-sandbox-configuration',
    'https://github.com/intuit/oauth-pythonclient/issues/28',
    'https://oauth-pythonclient.readthedocs.io/en/latest/user-guide.html',
    'https://developer.intuit.com/app/developer/qbpayments/docs/learn/learn-basic-field-definitions',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'quickbooks' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  notices: [info('quickbooks_admin', 'Sign in as the primary admin or a company admin of the QuickBooks company.')],
  support: {
    link: 'https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0',
  },
  oauth: {
    authorize_url: 'https://appcenter.intuit.com/connect/oauth2',
    token_url: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
    // Intuit's examples send Basic; its discovery document lists client_secret_basic and client_secret_post.
    // The callback's realmId is the company id every API URL needs.
    callback_params: ['realmId'],
    scopes: ['com.intuit.quickbooks.accounting', 'openid', 'email'],
  },
};

const freshbooks: ConnectorDefinition = {
  key: 'freshbooks',
  name: 'FreshBooks',
  category: 'accounting',
  docs: [
    'https://www.freshbooks.com/api/scopes',
    'https://docs.unified.to/skills/freshbooks-oauth-app/SKILL.md',
    'https://gist.github.com/reece/36ecf539210d2448e5b29d931fe4054a',
  ],
  checked: '2026-12-02',
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://www.freshbooks.com/api/authentication' },
  oauth: {
    authorize_url: 'https://auth.freshbooks.com/oauth/authorize',
    token_url: 'https://api.freshbooks.com/auth/oauth/token',
    token_auth: 'client_secret_post',
    scopes: ['user:profile:read', 'user:clients:read', 'user:invoices:read', 'user:expenses:read'],
  },
};

const sageAccounting: ConnectorDefinition = {
  key: 'sage_accounting',
  name: 'Sage Accounting',
  category: 'accounting',
  docs: [
    'https://developer.sage.com/accounting/guides/authenticating/authentication',
    'https://developer.sage.com/accounting/guides/migrating/migrate-from-v1-to-v3-1',
    'https://docs.unified.to/skills/sage-accounting-oauth-app/SKILL.md',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'sage' },
  auth: OAUTH2_AUTH_CODE,
  fields: [],
  support: { link: 'https://developer.sage.com/accounting/guides/authenticating/authentication/' },
  oauth: {
    authorize_url: 'https://www.sageone.com/oauth2/auth/central',
    token_url: 'https://oauth.accounting.sage.com/token',
    token_auth: 'client_secret_post',
    scopes: ['readonly'],
    authorize_params: { filter: 'apiv3.1' },
  },
};

export const ACCOUNTING_CONNECTORS: ConnectorDefinition[] = [xero, quickbooks, freshbooks, sageAccounting];
