import type { ConnectorDefinition } from '../../catalog/index.js';
import { hostTemplateOf, TEMPLATE, templateFields } from '../../catalog/templates.js';
import { isRedacted, isSecretField, type Field } from '../../contract/fields.js';
import { ApiError } from '../errors.js';

/** An account's credential values, split the way they are stored. */
export interface CredentialValues {
  /** Non-secret values, stored as JSON (shown back to the user). */
  setup: Record<string, string>;
  /** Secret values, stored only encrypted. */
  secrets: Record<string, string>;
}

export const NO_CREDENTIALS: CredentialValues = { setup: {}, secrets: {} };

function invalid(field: string, message: string): ApiError {
  return new ApiError('validation_failed', `credentials.${field}: ${message}`, { field: `credentials.${field}` });
}

function checkFormat(field: Field, value: string): void {
  if (field.type === 'number' && !/^\d+$/.test(value)) throw invalid(field.key, `${field.label} must be a whole number (digits only)`);
  if (field.type === 'select' && field.options?.length && !field.options.some((o) => o.value === value)) {
    throw invalid(field.key, `${field.label} must be one of ${field.options.map((o) => o.value).join(', ')}`);
  }
  const validation = field.validation as { type?: unknown; pattern?: unknown; error?: unknown } | undefined;
  if (validation?.type === 'html-pattern' && typeof validation.pattern === 'string') {
    let pattern: RegExp | undefined;
    try {
      pattern = new RegExp(validation.pattern);
    } catch {
      // A pattern that does not compile checks nothing, as in a browser's `pattern` attribute.
    }
    if (pattern && !pattern.test(value)) {
      throw invalid(field.key, typeof validation.error === 'string' ? validation.error : `${field.label} does not have the expected format`);
    }
  }
}

/**
 * Server-side validation of submitted values against the connector's fields, merged over what is
 * stored (CONTRACT.md §5): unknown keys are rejected, `""` and redacted placeholders mean "unchanged",
 * required fields must be present after the merge.
 */
export function mergeCredentials(
  definition: ConnectorDefinition,
  submitted: Record<string, string>,
  stored: CredentialValues = NO_CREDENTIALS,
): CredentialValues {
  const fieldsByKey = new Map(definition.fields.map((f) => [f.key, f]));
  for (const key of Object.keys(submitted)) {
    if (!fieldsByKey.has(key)) {
      const expected = definition.fields.map((f) => f.key).join(', ') || 'none';
      throw invalid(key, `unknown credential key "${key}" for ${definition.name} (expected: ${expected})`);
    }
  }
  const merged: CredentialValues = { setup: {}, secrets: {} };
  for (const field of definition.fields) {
    const incoming = submitted[field.key];
    const secret = isSecretField(field);
    const previous = secret ? stored.secrets[field.key] : stored.setup[field.key];
    const value = incoming !== undefined && incoming !== '' && !isRedacted(incoming) ? incoming : previous;
    if (value === undefined || value === '') {
      if (field.required) throw invalid(field.key, `${field.label} is required`);
      continue;
    }
    (secret ? merged.secrets : merged.setup)[field.key] = value;
  }
  // Host first: an IP literal in a host field is refused as such (422), not as a format slip.
  const values = allValues(merged);
  assertPublicHosts(definition, values);
  for (const field of definition.fields) if (values[field.key] !== undefined) checkFormat(field, values[field.key]!);
  return merged;
}

/** Top-level domains that never name a host on the public internet (RFC 6761, RFC 6762, ICANN's `.internal`; `.arpa` holds `home.arpa`). */
const INTERNAL_TLDS = new Set(['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'arpa', 'test', 'invalid', 'onion']);
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LABEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Why `host` is not a public DNS name, or undefined. An IP literal in any of the forms a URL parser accepts
 * (`10.0.0.5`, `0x7f.1`, `2130706433`, `[::1]`) ends in a numeric label, so a letters-only top label
 * refuses them all; single-label and internal names are refused by name.
 */
export function hostNameProblem(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  if (host.length > 253 || !labels.every((label) => LABEL.test(label))) return 'is not a host name';
  if (labels.length < 2) return 'is a single word, not a full host name';
  const top = labels[labels.length - 1]!;
  if (!TOP_LABEL.test(top)) return 'is an IP address, not a host name';
  if (INTERNAL_TLDS.has(top)) return 'is an internal name, not on the public internet';
  return undefined;
}

/**
 * Field values a connector puts into the host of a URL the server calls (or sends the user to) must make a
 * public host name: checked before any connection, with a 422 naming the field.
 */
function assertPublicHosts(definition: ConnectorDefinition, values: Record<string, string>): void {
  const templates = [definition.verify?.url, definition.oauth?.authorize_url, definition.oauth?.token_url];
  for (const template of templates) {
    const hostTemplate = template && hostTemplateOf(template);
    if (!hostTemplate || hostTemplate.includes('{{$')) continue;
    const keys = templateFields(hostTemplate);
    if (keys.length === 0) continue;
    const host = hostTemplate.replace(TEMPLATE, (_m, key: string) => values[key] ?? '');
    const problem = hostNameProblem(host);
    if (!problem) continue;
    const field = definition.fields.find((f) => keys.includes(f.key));
    const key = field?.key ?? keys[0]!;
    throw new ApiError('unprocessable', `credentials.${key}: ${field?.label ?? key} must give a public host name, and the address it makes ${problem}`, {
      field: `credentials.${key}`,
    });
  }
}

export function allValues(values: CredentialValues): Record<string, string> {
  return { ...values.setup, ...values.secrets };
}
