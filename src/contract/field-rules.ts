import type { Field } from './fields.js';

/*
 * The rules about fields that both halves apply. Kept free of zod: the hub imports them, and any import of
 * zod brings its global set-up code into the browser bundle.
 */

/** The field types a client renders (CONTRACT.md §3.1); fields of any other type are not shown. */
export const FIELD_TYPES = ['text', 'number', 'password', 'text_area', 'select'] as const;

/** The key whose value comes from E2's `external_trigger_token`; never secret. */
export const EXTERNAL_TRIGGER_TOKEN_KEY = 'external-trigger-token';

/** A field is secret unless `secret === false`; passwords always are (CONTRACT.md §3.1). */
export function isSecretField(field: Pick<Field, 'key' | 'type' | 'secret'>): boolean {
  if (field.key === EXTERNAL_TRIGGER_TOKEN_KEY) return false;
  if (field.type === 'password') return true;
  return field.secret !== false;
}

/** Redacted secret placeholder, `__secretvalue:**redacted**<suffix>` (CONTRACT.md §E4). */
export const REDACTED_PREFIX = '__secretvalue:**redacted**';
const REDACTED_PATTERN = /^__secretvalue:\*\*redacted\*\*(.*)$/s;

export function isRedacted(value: unknown): value is string {
  return typeof value === 'string' && REDACTED_PATTERN.test(value);
}

/** The suffix a redacted value carries (what the user sees after the bullets). */
export function redactedSuffix(value: string): string {
  return REDACTED_PATTERN.exec(value)?.[1] ?? '';
}

/** Long secrets show their last 4 characters; short ones nothing, so no secret is ever mostly shown. */
export function redact(secret: string): string {
  return REDACTED_PREFIX + (secret.length >= 16 ? secret.slice(-4) : '');
}
