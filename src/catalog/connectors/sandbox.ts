import type { ConnectorDefinition } from '../schema.js';

/** Offline HRIS served by this server under /sandbox/hris: the only valid key is `sandbox_good`. */
export const sandboxHris: ConnectorDefinition = {
  key: 'sandbox_hris',
  name: 'Sandbox HRIS',
  category: 'hris',
  auth: { type: 'api_key' },
  sandbox: true,
  fields: [
    {
      key: 'subdomain',
      label: 'Subdomain',
      type: 'text',
      required: true,
      secret: false,
      placeholder: 'acme',
      guide: { description: 'Any subdomain works in the sandbox, e.g. "acme".' },
    },
    {
      key: 'api_key',
      label: 'API key',
      type: 'password',
      required: true,
      secret: true,
      placeholder: 'sandbox_good',
      guide: { description: 'Use "sandbox_good" to succeed; any other key is rejected.' },
    },
  ],
  support: { description: 'A pretend HR system for trying Connect Hub offline.' },
  verify: {
    method: 'GET',
    url: '{{$base_url}}/sandbox/hris/{{subdomain}}/v1/me',
    headers: { authorization: 'Bearer {{api_key}}' },
    success_statuses: [200],
  },
};
