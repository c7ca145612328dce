import { TEMPLATE } from '../../catalog/templates.js';
import type { CredentialValues } from '../services/credentials.js';
import type { OAuthConnector } from './clients.js';
import { MissingUrlVariable, renderOAuthUrl, type OAuthUrlVariables } from './templates.js';
import { OAuthProviderError, type TokenClient, type TokenSet } from './token-client.js';

/** A kept value longer than this is cut: setup information is shown back, not a store for blobs. */
const KEPT_VALUE_LIMIT = 1000;

function trimSlash(value: string): string {
  return value.replace(/\/+$/, '');
}

/**
 * RFC 9207: the callback's `iss` against the issuer this attempt's tenant has (`oauth.issuer`, rendered over the
 * attempt's fields). Per-tenant connectors share one callback URL, so a code from another authorization server
 * (a mix-up) must not be sent to this one's token endpoint. Undefined when all is well, else the reason.
 * `variableSets`: the server variables the browser and the server use (the sandbox is reached at two URLs).
 */
export function issuerProblem(
  definition: OAuthConnector,
  setup: Record<string, string>,
  iss: string | undefined,
  variableSets: OAuthUrlVariables[],
): string | undefined {
  const template = definition.oauth.issuer;
  if (!template) return undefined;
  if (iss === undefined || iss === '') {
    return definition.oauth.require_iss ? `${definition.name} answered without naming itself (no iss parameter, RFC 9207).` : undefined;
  }
  const expected = variableSets.flatMap((variables) => {
    try {
      return [trimSlash(renderOAuthUrl(template, setup, variables).href)];
    } catch (error) {
      if (error instanceof MissingUrlVariable) return [];
      throw error;
    }
  });
  if (expected.includes(trimSlash(iss))) return undefined;
  return `The sign-in answer came from ${iss.slice(0, 200)}, not from ${expected[0] ?? definition.name}: it was not used.`;
}

/** The values of `path` in a JSON answer: `0.tenantId` (one item), `*.tenantId` (every item). */
export function pickValues(value: unknown, path: string[]): string[] {
  if (path.length === 0) return typeof value === 'string' || typeof value === 'number' ? [String(value)] : [];
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') return Array.isArray(value) ? value.flatMap((item) => pickValues(item, rest)) : [];
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return /^\d+$/.test(head) ? pickValues(value[Number(head)], rest) : [];
  return pickValues((value as Record<string, unknown>)[head], rest);
}

function renderHeader(template: string, setup: Record<string, string>, accessToken: string): string {
  return template.replace(TEMPLATE, (_match, name: string) => (name === '$access_token' ? accessToken : (setup[name] ?? '')));
}

function incomplete(definition: OAuthConnector, what: string): OAuthProviderError {
  return new OAuthProviderError(
    'invalid_response',
    'provider_incomplete',
    `${definition.name} finished the sign-in without ${what}, which this connection needs; connect again and choose what to share.`,
  );
}

/**
 * What the account keeps besides the tokens, after a code exchange: the form's values, the callback parameters
 * and token-response fields the connector names (QuickBooks' `realmId`, Salesforce's `instance_url`), and the
 * values of its follow-up request (Xero's tenants), made through the guarded client. A named value that is
 * missing fails the sign-in: the account could not be used.
 */
export async function linkValues(input: {
  definition: OAuthConnector;
  values: CredentialValues;
  callbackQuery: Record<string, string>;
  tokens: TokenSet;
  tokenClient: TokenClient;
  urlVariables: OAuthUrlVariables;
}): Promise<CredentialValues> {
  const { definition, values, callbackQuery, tokens } = input;
  const { oauth } = definition;
  const kept: Record<string, string> = {};
  for (const name of oauth.callback_params ?? []) {
    const value = callbackQuery[name];
    if (!value) throw incomplete(definition, name);
    kept[name] = value.slice(0, KEPT_VALUE_LIMIT);
  }
  for (const name of oauth.token_fields ?? []) {
    const value = tokens.extra?.[name];
    if (!value) throw incomplete(definition, name);
    kept[name] = value.slice(0, KEPT_VALUE_LIMIT);
  }
  const setup = { ...values.setup, ...kept };
  if (oauth.follow_up) {
    const { follow_up: followUp } = oauth;
    let url: URL;
    try {
      url = renderOAuthUrl(followUp.url, setup, input.urlVariables);
    } catch (error) {
      if (!(error instanceof MissingUrlVariable)) throw error;
      throw new OAuthProviderError('unreachable', 'provider_unavailable', `${definition.name}'s API is not running next to this server.`);
    }
    const headers = Object.fromEntries(Object.entries(followUp.headers ?? {}).map(([name, value]) => [name, renderHeader(value, setup, tokens.access_token)]));
    const answer = await input.tokenClient.followUp({ method: followUp.method, url, headers, providerName: definition.name }, [tokens.access_token]);
    for (const [key, path] of Object.entries(followUp.keep)) {
      const found = pickValues(answer, path.split('.'));
      if (found.length === 0) throw incomplete(definition, key);
      setup[key] = found.join(',').slice(0, KEPT_VALUE_LIMIT);
    }
  }
  return { setup, secrets: values.secrets };
}
