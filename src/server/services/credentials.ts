import type { ConnectorDefinition } from '../../catalog/index.js';
import { isRedacted, isSecretField, type Field } from '../../contract/fields.js';
import { ApiError } from '../http/api-error.js';

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
      pattern = undefined;
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
    checkFormat(field, value);
    (secret ? merged.secrets : merged.setup)[field.key] = value;
  }
  return merged;
}

export function allValues(values: CredentialValues): Record<string, string> {
  return { ...values.setup, ...values.secrets };
}

/** Replaces every secret value in a provider's answer, in case the provider echoes what it was sent. */
export function scrubSecrets(text: string, secrets: Record<string, string>): string {
  let scrubbed = text;
  for (const secret of Object.values(secrets)) {
    if (secret.length >= 4) scrubbed = scrubbed.split(secret).join('[redacted]');
  }
  return scrubbed;
}
