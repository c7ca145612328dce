import type { OAuthClient, OAuthClientWrite } from '../contract/oauth.js';
import { callApi, type ApiTarget } from './api.js';
import { formatDate } from './duration.js';
import { printTable } from './table.js';

function scopeList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text.split(/[\s,]+/).filter(Boolean);
}

/** `connect-hub oauth set <provider>`: stores the project's OAuth app, prints the callback URL to register. */
export async function setOAuthClient(
  target: ApiTarget,
  provider: string,
  opts: { clientId: string; clientSecret?: string; scopes?: string; json?: boolean },
): Promise<void> {
  const body: OAuthClientWrite = { client_id: opts.clientId, client_secret: opts.clientSecret, scopes: scopeList(opts.scopes) };
  const client = await callApi<OAuthClient>(target, 'PUT', `/oauth_clients/${encodeURIComponent(provider)}`, body);
  if (opts.json) return console.log(JSON.stringify(client, null, 2));
  console.log(`${client.name} OAuth client saved (client id ${client.client_id}; scopes: ${client.scopes.join(' ') || 'none'})`);
  console.log('Register this redirect URL in the provider app:');
  console.log(`  ${client.redirect_uri}`);
}

export async function listOAuthClients(target: ApiTarget, opts: { json?: boolean }): Promise<void> {
  const clients = await callApi<OAuthClient[]>(target, 'GET', '/oauth_clients');
  if (opts.json) return console.log(JSON.stringify(clients, null, 2));
  printTable(
    ['provider', 'name', 'client id', 'redirect URL to register', 'updated'],
    clients.map((c) => [c.provider, c.name, c.client_id ?? '(not set)', c.redirect_uri, c.updated_at ? formatDate(c.updated_at) : '']),
  );
}

export async function removeOAuthClient(target: ApiTarget, provider: string): Promise<void> {
  await callApi<null>(target, 'DELETE', `/oauth_clients/${encodeURIComponent(provider)}`);
  console.log(`${provider} OAuth client removed`);
}
