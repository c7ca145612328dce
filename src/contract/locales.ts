/*
 * The languages the hub, the auth-link page and the OAuth pages speak. Free of zod: the hub bundle imports it.
 */

/** BCP 47 tags, in the spelling the API accepts and returns (`POST /connect_sessions` `locale`). */
export const LOCALES = [
  'en', 'da', 'nl', 'et', 'fr', 'de', 'hi', 'it', 'lv', 'lt', 'nb',
  'pl', 'pt', 'ro', 'es', 'sv', 'vi', 'ja', 'zh-Hans', 'ar', 'he',
] as const;
export type Locale = (typeof LOCALES)[number];

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'he']);

/** Other spellings of a language we have: Norwegian in general and Nynorsk read Bokmål; old Hebrew code; Chinese. */
const ALIASES: Record<string, Locale> = {
  no: 'nb',
  nn: 'nb',
  iw: 'he',
  zh: 'zh-Hans',
  'zh-hans': 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
};

/**
 * The supported locale a tag asks for, or `undefined`: `fr-CA` → `fr`, `zh-CN` → `zh-Hans`, `NB_no` → `nb`.
 * Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`) is not offered as Simplified: `undefined`.
 */
export function matchLocale(requested: string | null | undefined): Locale | undefined {
  const tag = (requested ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!tag || tag.length > 35) return undefined;
  const parts = tag.split('-');
  const language = parts[0] ?? '';
  if (language === 'zh') {
    if (parts.includes('hant') || parts.includes('tw') || parts.includes('hk') || parts.includes('mo')) return undefined;
    return 'zh-Hans';
  }
  const alias = ALIASES[tag] ?? ALIASES[language];
  if (alias) return alias;
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : undefined;
}

/** The first supported locale among the candidates, else English. */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const match = matchLocale(candidate);
    if (match) return match;
  }
  return 'en';
}

export function localeDirection(locale: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}
