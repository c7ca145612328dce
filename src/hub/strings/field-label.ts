import type { HubStrings } from './en.js';

/** A common label ("API key") in the user's language; a connector's own wording is shown as the catalog has it. */
export function fieldLabel(strings: Pick<HubStrings, 'fieldLabels'>, label: string): string {
  return Object.hasOwn(strings.fieldLabels, label) ? (strings.fieldLabels[label] ?? label) : label;
}
