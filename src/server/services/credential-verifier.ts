import type { ConnectorDefinition, VerifyRequest } from '../../catalog/index.js';
import { ApiError } from '../http/api-error.js';
import { allValues, scrubSecrets, type CredentialValues } from './credentials.js';

const PROVIDER_RESPONSE_LIMIT = 4000;
const TEMPLATE = /\{\{\s*(\$?[A-Za-z0-9_.-]+)\s*\}\}/g;

type Encode = (value: string) => string;

function render(template: string, values: Record<string, string>, baseUrl: string, encode: Encode): string {
  return template.replace(TEMPLATE, (_match, name: string) => {
    if (name === '$base_url') return baseUrl;
    return encode(values[name] ?? '');
  });
}

function renderJson(value: unknown, values: Record<string, string>, baseUrl: string): unknown {
  if (typeof value === 'string') return render(value, values, baseUrl, (v) => v);
  if (Array.isArray(value)) return value.map((item) => renderJson(item, values, baseUrl));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderJson(v, values, baseUrl)]));
  }
  return value;
}

export function buildVerifyRequest(verify: VerifyRequest, values: Record<string, string>, baseUrl: string): Request {
  const url = new URL(render(verify.url, values, baseUrl, encodeURIComponent));
  for (const [name, template] of Object.entries(verify.query ?? {})) {
    url.searchParams.set(name, render(template, values, baseUrl, (v) => v));
  }
  const headers = new Headers({ accept: 'application/json' });
  for (const [name, template] of Object.entries(verify.headers ?? {})) {
    headers.set(name, render(template, values, baseUrl, (v) => v));
  }
  if (verify.basic) {
    const username = render(verify.basic.username, values, baseUrl, (v) => v);
    const password = render(verify.basic.password, values, baseUrl, (v) => v);
    headers.set('authorization', `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`);
  }
  let body: string | undefined;
  if (verify.body && verify.method !== 'GET') {
    body = JSON.stringify(renderJson(verify.body, values, baseUrl));
    headers.set('content-type', 'application/json');
  }
  return new Request(url, { method: verify.method, headers, body });
}

function isSuccess(verify: VerifyRequest, status: number): boolean {
  return verify.success_statuses?.length ? verify.success_statuses.includes(status) : status >= 200 && status < 300;
}

/** Checks credentials with the provider when they are submitted, through its declared verify request. */
export class CredentialVerifier {
  constructor(
    private readonly send: typeof globalThis.fetch,
    private readonly options: { selfUrl: string; timeoutMs: number },
  ) {}

  async verify(definition: ConnectorDefinition, credentials: CredentialValues): Promise<void> {
    if (!definition.verify) return;
    const request = buildVerifyRequest(definition.verify, allValues(credentials), this.options.selfUrl);
    let response: Response;
    let text: string;
    try {
      response = await this.send(request, { signal: AbortSignal.timeout(this.options.timeoutMs) });
      text = await response.text();
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new ApiError('provider_timeout', `${definition.name} did not answer within ${this.options.timeoutMs} ms; try again later`);
      }
      throw new ApiError('provider_unreachable', `Could not reach ${definition.name} to check the credentials (${request.method} ${new URL(request.url).host}); try again later`);
    }
    if (!isSuccess(definition.verify, response.status)) {
      const providerResponse = scrubSecrets(text, credentials.secrets).slice(0, PROVIDER_RESPONSE_LIMIT) || `HTTP ${response.status}`;
      throw new ApiError('provider_rejected', `${definition.name} rejected these credentials (HTTP ${response.status})`, {
        provider_response: providerResponse,
      });
    }
  }
}
