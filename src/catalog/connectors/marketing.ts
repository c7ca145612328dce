import type { ConnectorDefinition } from '../schema.js';
import { SUBDOMAIN_PATTERN, pattern, secretField, textField } from './field-kit.js';

const mailchimp: ConnectorDefinition = {
  key: 'mailchimp',
  name: 'Mailchimp',
  category: 'marketing',
  docs: [
    'https://mailchimp.com/developer/marketing/guides/quick-start/',
    'https://kestra.io/plugins/plugin-mailchimp/mailchimp-account/io.kestra.plugin.mailchimp.account.ping',
    'https://docs.airbyte.com/ai-agents/connectors/mailchimp/AUTH',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'mailchimp' },
  auth: { type: 'basic' },
  fields: [
    secretField('api_key', 'API key', {
      placeholder: '0123456789abcdef0123456789abcdef-us21',
      description: 'In Mailchimp click your profile → Profile → Extras → API keys → Create A Key.',
      validation: pattern('^[0-9a-f]{32}-[a-z]+[0-9]+$', 'A Mailchimp key looks like 32 hexadecimal characters, a dash and a data centre, e.g. "…-us21".'),
    }),
    textField('data_center', 'Data centre', {
      placeholder: 'us21',
      description: 'The part of the API key after the dash (for "…-us21" enter "us21").',
      validation: pattern('^[a-z]+[0-9]+$', 'Enter the data centre from the end of your key, e.g. "us21".'),
    }),
  ],
  support: { link: 'https://mailchimp.com/developer/marketing/guides/quick-start/' },
  verify: {
    method: 'GET',
    url: 'https://{{data_center}}.api.mailchimp.com/3.0/ping',
    // Mailchimp accepts any Basic username with the key as password.
    basic: { username: 'connect-hub', password: '{{api_key}}' },
    success_statuses: [200],
  },
};

const klaviyo: ConnectorDefinition = {
  key: 'klaviyo',
  name: 'Klaviyo',
  category: 'marketing',
  docs: [
    'https://developers.klaviyo.com/en/docs/api_versioning_and_deprecation_policy',
    'https://developers.klaviyo.com/.well-known/skills/klaviyo-migrate-oauth/references/revision-changes.md',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    secretField('private_api_key', 'Private API key', {
      placeholder: 'pk_…',
      description: 'In Klaviyo go to Settings → Account → API keys → Create Private API Key (read-only access is enough).',
      validation: pattern('^pk_[A-Za-z0-9]+$', 'Private Klaviyo keys start with "pk_" (public site IDs do not work).'),
    }),
  ],
  support: { link: 'https://developers.klaviyo.com/en/docs/authenticate_' },
  verify: {
    method: 'GET',
    url: 'https://a.klaviyo.com/api/accounts/',
    headers: { authorization: 'Klaviyo-API-Key {{private_api_key}}', revision: '2026-10-15', accept: 'application/vnd.api+json' },
    success_statuses: [200],
  },
};

const activecampaign: ConnectorDefinition = {
  key: 'activecampaign',
  name: 'ActiveCampaign',
  category: 'marketing',
  docs: [
    'https://developers.activecampaign.com/docs/authentication',
    'https://developers.frontegg.com/agen-for-work/connectors/marketplace/activecampaign',
    'https://wiki.truto.one/integration-guides/activecampaign/',
  ],
  checked: '2026-12-02',
  auth: { type: 'api_key' },
  fields: [
    // Not subdomainField: people sign in at <account>.activehosted.com, but the API lives on api-us1.com.
    textField('account_name', 'Account name', {
      placeholder: 'acme',
      description: 'In ActiveCampaign go to Settings → Developer and copy the API URL (https://<account>.api-us1.com); enter the <account> part.',
      validation: pattern(SUBDOMAIN_PATTERN, 'Enter only the account part of the API URL, e.g. "acme" for https://acme.api-us1.com.'),
    }),
    secretField('api_key', 'API key', {
      placeholder: '0123abcd…',
      description: 'Shown below the API URL on Settings → Developer.',
    }),
  ],
  support: { link: 'https://developers.activecampaign.com/reference/authentication' },
  verify: {
    method: 'GET',
    url: 'https://{{account_name}}.api-us1.com/api/3/users/me',
    headers: { 'api-token': '{{api_key}}' },
    success_statuses: [200],
  },
};

const brevo: ConnectorDefinition = {
  key: 'brevo',
  name: 'Brevo',
  category: 'marketing',
  docs: [
    'https://developers.brevo.com/docs/api-key-authentication',
    'https://developers.brevo.com/reference/quickstart-reference.md',
  ],
  checked: '2026-12-02',
  logo: { simple_icon: 'brevo' },
  auth: { type: 'api_key' },
  fields: [
    secretField('api_key', 'API key', {
      placeholder: 'xkeysib-…',
      description: 'In Brevo click your account name → SMTP & API → API keys → Generate a new API key.',
      validation: pattern('^xkeysib-[A-Za-z0-9-]+$', 'Brevo API keys start with "xkeysib-" (SMTP keys do not work here).'),
    }),
  ],
  support: { link: 'https://developers.brevo.com/docs/getting-started' },
  verify: {
    method: 'GET',
    url: 'https://api.brevo.com/v3/account',
    headers: { 'api-key': '{{api_key}}', accept: 'application/json' },
    success_statuses: [200],
  },
};

export const MARKETING_CONNECTORS: ConnectorDefinition[] = [mailchimp, klaviyo, activecampaign, brevo];
