/*
 * Category names and their spellings, free of zod: the dashboard imports them, and an import of a zod
 * module brings zod's set-up code into a browser bundle. `categories.ts` re-exports everything here.
 */

/** Connector categories of CONTRACT.md §8.2, in their canonical kebab-case spelling. */
export const CATEGORIES = [
  'ats',
  'hris',
  'hris-legacy',
  'crm',
  'iam',
  'marketing',
  'lms',
  'stackone',
  'documents',
  'ticketing',
  'screening',
  'messaging',
  'accounting',
  'scheduling',
] as const;

/** StackOne's docs also show camelCase spellings (`hrisLegacy`, `stackOne`): accept them. */
export function normaliseCategory(value: string): string {
  return value
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
}

/** How the hub shows a category: `hris-legacy` → pill label "HRIS LEGACY" (CONTRACT.md §E2). */
export function categoryWords(type: string): string {
  return type.split(/[-_\s]+/).filter(Boolean).join(' ').toLowerCase();
}
