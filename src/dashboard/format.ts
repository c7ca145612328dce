import { categoryWords } from '../contract/category-names.js';

const ACRONYMS = new Set(['ats', 'hris', 'crm', 'iam', 'lms']);

/** `hris-legacy` → "HRIS legacy", `documents` → "Documents". */
export function categoryLabel(category: string): string {
  const words = categoryWords(category).split(' ').map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Times carry their zone ("Dec 2, 2026, 2:05 PM UTC"): an operator comparing them with logs must know which.
const dateTime = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
const longDateTime = new Intl.DateTimeFormat('en', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });

/** The browser's time zone, e.g. "Europe/Berlin" (what `datetime-local` inputs mean). */
export function localTimeZone(): string {
  return dateTime.resolvedOptions().timeZone ?? 'UTC';
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatLongDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : longDateTime.format(date);
}

export const DAY_SECONDS = 86_400;
export const EXPIRY_DAYS = [1, 7, 30, 90] as const;
export const DEFAULT_EXPIRY_DAYS = 30;
