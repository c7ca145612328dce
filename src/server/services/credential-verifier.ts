import type { ConnectorDefinition, VerifyRequest } from '../../catalog/index.js';
import { hostTemplateOf, TEMPLATE, templateFields } from '../../catalog/templates.js';
import { ApiError } from '../errors.js';
import { OutboundError, type GuardedClient } from '../outbound/index.js';
import { providerExcerpt } from '../outbound/provider-excerpt.js';
import { allValues, type CredentialValues } from './credentials.js';

/** Bytes of a provider's answer read at most: enough for any error document, never a whole download. */
const PROVIDER_RESPONSE_BYTES = 64 * 1024;
/** What an HTTP header value may hold (RFC 9110 field-value, as Node and undici enforce it). */
const HEADER_UNSAFE = /[^\t\x20-\x7e\x80-\xff]/;

type Encode = (value: string) => string;

export interface VerifyCall {
  url: URL;
  method: VerifyRequest['method'];
  headers: Record<string, string>;
  body?: string;
}

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

/**
 * A value that goes into a header as it is must be a valid header value: a line break there would be a
 * header injection, and Node refuses it with a TypeError that quotes the value.
 */
function assertHeaderSafe(definition: ConnectorDefinition, verify: VerifyRequest, values: Record<string, string>): void {
  for (const template of Object.values(verify.headers ?? {})) {
    for (const key of templateFields(template)) {
      if (!HEADER_UNSAFE.test(values[key] ?? '')) continue;
      const label = definition.fields.find((f) => f.key === key)?.label ?? key;
      throw new ApiError('validation_failed', `credentials.${key}: ${label} contains a line break, a control character or a character above U+00FF, which cannot be sent to ${definition.name}`, {
        field: `credentials.${key}`,
      });
    }
  }
}

export function buildVerifyRequest(verify: VerifyRequest, values: Record<string, string>, baseUrl: string): VerifyCall {
  const url = new URL(render(verify.url, values, baseUrl, encodeURIComponent));
  for (const [name, template] of Object.entries(verify.query ?? {})) {
    url.searchParams.set(name, render(template, values, baseUrl, (v) => v));
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [name, template] of Object.entries(verify.headers ?? {})) {
    headers[name.toLowerCase()] = render(template, values, baseUrl, (v) => v);
  }
  if (verify.basic) {
    const username = render(verify.basic.username, values, baseUrl, (v) => v);
    const password = render(verify.basic.password, values, baseUrl, (v) => v);
    headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  let body: string | undefined;
  if (verify.body && verify.method !== 'GET') {
    if (verify.body_format === 'form') {
      const form = new URLSearchParams();
      for (const [name, template] of Object.entries(verify.body)) {
        const value = render(String(template), values, baseUrl, (v) => v);
        if (value !== '') form.set(name, value);
      }
      body = form.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      body = JSON.stringify(renderJson(verify.body, values, baseUrl));
      headers['content-type'] = 'application/json';
    }
  }
  return { url, method: verify.method, headers, ...(body === undefined ? {} : { body }) };
}

function isSuccess(verify: VerifyRequest, status: number, text: string): boolean {
  const statusOk = verify.success_statuses?.length ? verify.success_statuses.includes(status) : status >= 200 && status < 300;
  return statusOk && (verify.success_json === undefined || hasJsonPath(text, verify.success_json));
}

/** Whether a JSON answer has a non-null value at a dot path (`data.viewer.id`). */
function hasJsonPath(text: string, path: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[part];
  }
  return value !== undefined && value !== null;
}

/** Checks credentials with the provider when they are submitted, through its declared verify request. */
export class CredentialVerifier {
  constructor(
    private readonly client: GuardedClient,
    private readonly options: { selfUrl: string; timeoutMs: number },
  ) {}

  async verify(definition: ConnectorDefinition, credentials: CredentialValues): Promise<void> {
    const answer = await this.probe(definition, credentials);
    if (answer && !answer.success) {
      throw new ApiError('provider_rejected', `${definition.name} rejected these credentials (HTTP ${answer.status})`, {
        provider_response: providerExcerpt(answer.status, answer.text, Object.values(credentials.secrets)),
      });
    }
  }

  /**
   * The connector's verify request with these values and the provider's answer; undefined when the connector
   * declares none. No answer at all is an ApiError (timeout, blocked, unreachable). The health check reads the
   * status itself: only a 401/403 says the credentials are refused.
   */
  async probe(definition: ConnectorDefinition, credentials: CredentialValues): Promise<{ status: number; success: boolean; text: string } | undefined> {
    if (!definition.verify) return undefined;
    const values = allValues(credentials);
    assertHeaderSafe(definition, definition.verify, values);
    const call = buildVerifyRequest(definition.verify, values, this.options.selfUrl);
    let status: number;
    let text: string;
    try {
      ({ status, text } = await this.client.request(call.url, {
        method: call.method,
        headers: call.headers,
        ...(call.body === undefined ? {} : { body: call.body }),
        timeoutMs: this.options.timeoutMs,
        maxBytes: PROVIDER_RESPONSE_BYTES,
      }));
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      if (error.kind === 'timeout') {
        throw new ApiError('provider_timeout', `${definition.name} did not answer within ${this.options.timeoutMs} ms; try again later`);
      }
      if (error.kind === 'blocked') {
        throw new ApiError('unprocessable', `${definition.name} cannot be called at that address: ${error.message}`, hostField(definition));
      }
      throw new ApiError('provider_unreachable', `Could not reach ${definition.name} to check the credentials (${call.method} ${call.url.host}); try again later`);
    }
    return { status, success: isSuccess(definition.verify, status, text), text };
  }
}

/** The field a blocked address came from: the one the verify URL's host is built of. */
function hostField(definition: ConnectorDefinition): { field?: string } {
  const key = templateFields(hostTemplateOf(definition.verify?.url ?? '') ?? '')[0];
  return key ? { field: `credentials.${key}` } : {};
}
