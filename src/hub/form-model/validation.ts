import { fieldLabel } from '../strings/field-label.js';
import type { HubStrings } from '../strings/en.js';
import type { FormField } from './connector-view.js';

type ValidationStrings = Pick<HubStrings, 'requiredMessage' | 'numberMessage' | 'patternMessage' | 'domainMessage'> & Partial<Pick<HubStrings, 'fieldLabels'>>;

function safeRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}

/**
 * CONTRACT.md §3.2: required, then digits-only for numbers, then the field's rule. Patterns are tested
 * unanchored, as StackOne's client does; an optional field accepts "" and an optional number ignores its rule.
 */
export function validateField(field: FormField, value: string, strings: ValidationStrings): string | undefined {
  if (value === '') return field.required ? strings.requiredMessage(fieldLabel({ fieldLabels: strings.fieldLabels ?? {} }, field.label)) : undefined;
  if (field.type === 'number') {
    if (!/^\d+$/.test(value)) return strings.numberMessage;
    if (!field.required) return undefined;
  }
  const rule = field.rule;
  if (!rule) return undefined;
  if (rule.kind === 'html-pattern') {
    const pattern = safeRegExp(rule.pattern);
    if (pattern && !pattern.test(value)) return rule.message ?? strings.patternMessage(rule.pattern);
    return undefined;
  }
  const domain = safeRegExp(`.*${rule.pattern}\\.com.*`);
  if (domain && !domain.test(value)) return rule.message ?? strings.domainMessage(rule.pattern);
  return undefined;
}

/** Every field's message, hidden fields included (a hidden invalid field must still block submit). */
export function validateForm(
  fields: readonly FormField[],
  values: Readonly<Record<string, string>>,
  strings: ValidationStrings,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const message = validateField(field, values[field.key] ?? '', strings);
    if (message) errors[field.key] = message;
  }
  return errors;
}
