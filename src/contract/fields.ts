import * as z from 'zod/mini';

/** Field validation (CONTRACT.md §3.2); objects with an unknown `type` are ignored by clients. */
export const FieldValidation = z.object({
  type: z.string(),
  pattern: z.string(),
  error: z.optional(z.string()),
});
export type FieldValidation = z.infer<typeof FieldValidation>;

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

export * from './field-rules.js';
