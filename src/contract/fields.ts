import * as z from 'zod/mini';

/** Field validation (CONTRACT.md §3.2); objects with an unknown `type` are ignored by clients. */
export const FieldValidation = z.object({
  type: z.string(),
  pattern: z.string(),
  error: z.optional(z.string()),
});
export type FieldValidation = z.infer<typeof FieldValidation>;

export const FIELD_TYPES = ['text', 'number', 'password', 'text_area', 'select'] as const;

/** A connector form field (CONTRACT.md §3.1). Values are always strings on the wire. */
export const Field = z.object({
  key: z.string(),
  label: z.string(),
  type: z.optional(z.string()),
  required: z.optional(z.boolean()),
  secret: z.optional(z.boolean()),
  readOnly: z.optional(z.boolean()),
  placeholder: z.optional(z.string()),
  value: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  options: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
  guide: z.optional(
    z.object({ tooltip: z.optional(z.string()), description: z.optional(z.string()) }),
  ),
  tooltip: z.optional(z.string()),
  description: z.optional(z.string()),
  validation: z.optional(z.unknown()),
  display: z.optional(z.boolean()),
  condition: z.optional(z.string()),
});
export type Field = z.infer<typeof Field>;

export const Notice = z.object({
  key: z.string(),
  type: z.string(),
  description: z.string(),
  position: z.optional(z.string()),
  anchor: z.optional(z.string()),
});
export type Notice = z.infer<typeof Notice>;

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
